"""A returning customer whose earlier conversation went to a person is greeted with that case.

The agent's first reply in a new conversation opens with the customer's latest earlier case and how it
stands (with the team, being worked on, resolved and how), from the per-customer memory the escalate
node and the staff inbox keep (graph/memory.py). Safety cases are never brought up this way, and a
visitor has no memory to read.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from graph.reasoning import phrases

RECENT_DAYS = 60  # an earlier case older than this is no longer worth opening with
STATUS_PHRASES = {"open": "earlier_case_open", "claimed": "earlier_case_claimed", "resolved": "earlier_case_resolved"}
OUTCOME_PHRASES = {"refunded": "earlier_case_refunded", "replaced": "earlier_case_replaced"}


def _recent(case: dict, now: datetime) -> bool:
    try:
        at = datetime.fromisoformat(case["at"])
    except (KeyError, TypeError, ValueError):
        return False
    return at >= now - timedelta(days=RECENT_DAYS)


def latest_earlier_case(profile: dict, thread_id: str, now: datetime | None = None) -> dict | None:
    """The newest remembered case of another conversation, recent and not a safety case."""
    now = now or datetime.now(UTC)
    for case in reversed(profile.get("escalations") or []):
        if isinstance(case, dict) and case.get("thread_id") not in (None, thread_id) and not case.get("safety") \
                and case.get("handoff_id") and _recent(case, now):
            return case
    return None


def earlier_case_sentence(case: dict, language: str | None) -> str:
    status = case.get("status") or "open"
    key = OUTCOME_PHRASES.get(case.get("outcome") or "") if status == "resolved" else None
    return phrases.say(key or STATUS_PHRASES.get(status, "earlier_case_open"), language, id=case["handoff_id"])


def earlier_case_note(profile: dict, thread_id: str, exchanges: int, language: str | None) -> str | None:
    """The sentence to open the first reply of a conversation with, or None. `profile`: the customer's
    memory as it was before this reply (empty for a visitor)."""
    if exchanges:
        return None
    case = latest_earlier_case(profile, thread_id)
    return earlier_case_sentence(case, language) if case else None


def with_note(note: str | None, reply: str) -> str:
    return f"{note}\n\n{reply}" if note and reply else reply
