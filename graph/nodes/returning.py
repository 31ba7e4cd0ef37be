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


def standing(case: dict) -> str:
    """How a case stands, as the customer was or would be told it ("resolved:refunded")."""
    return f"{case.get('status') or 'open'}:{case.get('outcome') or ''}"


def latest_earlier_case(profile: dict, thread_id: str, now: datetime | None = None) -> dict | None:
    """The newest remembered case of another conversation, recent and not a safety case, unless the customer
    was already told how it stands now (a case still open is mentioned once, not in every conversation; it
    comes up again when the team claims or resolves it)."""
    now = now or datetime.now(UTC)
    for case in reversed(profile.get("escalations") or []):
        if isinstance(case, dict) and case.get("thread_id") not in (None, thread_id) and not case.get("safety") \
                and case.get("handoff_id") and _recent(case, now):
            return None if case.get("told") == standing(case) else case
    return None


def earlier_case_sentence(case: dict, language: str | None) -> str:
    status = case.get("status") or "open"
    key = OUTCOME_PHRASES.get(case.get("outcome") or "") if status == "resolved" else None
    return phrases.say(key or STATUS_PHRASES.get(status, "earlier_case_open"), language, id=case["handoff_id"])


def case_to_mention(profile: dict, thread_id: str, exchanges: int) -> dict | None:
    """The case to open the first reply of a conversation with, or None. `profile`: the customer's memory as
    it was before this reply (empty for a visitor)."""
    return None if exchanges else latest_earlier_case(profile, thread_id)


def with_note(note: str | None, reply: str) -> str:
    return f"{note}\n\n{reply}" if note and reply else reply
