"""A resolved case joins the ticket history the engine learns from (table `tickets`, source 'handoff').

The history is what `support-agent learn` trains on and what `support-agent index` turns into redacted
past-ticket evidence (graph/reasoning/offline/training_data.py, tools/knowledge/index.py): a case enters
it exactly like an imported helpdesk ticket, through the same upsert and the same by-date learn/test
split, so it is redacted and split like every other past ticket. The ticket keeps the customer's words
and the staff replies; the agent's own holding replies are not how the case was resolved.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from graph.intents import INTENTS, tier_of
from tools.knowledge.ingest.tickets import UNKNOWN_INTENT, Ticket, assign_splits, upsert_ticket

HANDOFF_SOURCE = "handoff"
OUTCOME_ACTIONS = {"refunded": "issue_refund", "replaced": "reship_correct_item", "no_action": "no_action",
                   "other": "human_review"}


def ticket_id(handoff_id: int) -> str:
    return f"handoff-{handoff_id}"


def resolution_action(outcome: str, intent: str) -> str:
    """What closed the case, in the history's vocabulary (graph/intents.py resolving actions)."""
    if outcome in OUTCOME_ACTIONS:
        return OUTCOME_ACTIONS[outcome]
    known = INTENTS.get(intent)
    return known.resolving_action if known else "human_review"


def _at(value: Any, default: datetime) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return value if isinstance(value, str) and value else default.isoformat()


def case_ticket(case: dict[str, Any], transcript: list[dict[str, Any]], language: str | None) -> Ticket | None:
    """The resolved case as a history ticket; None when it holds no customer message to learn from."""
    created: datetime = case["created_at"]
    messages = [
        {"role": "customer" if m["role"] == "customer" else "agent", "text": m["text"].strip(),
         "at": _at(m.get("at"), created)}
        for m in transcript
        if m["role"] in ("customer", "staff") and (m.get("text") or "").strip()
    ]
    if not any(m["role"] == "customer" for m in messages):
        return None
    intent = case.get("intent") if case.get("intent") in INTENTS else UNKNOWN_INTENT
    order_ids = list(case.get("order_ids") or [])
    return Ticket(
        id=ticket_id(case["id"]),
        created_at=created,
        messages=messages,
        intent=intent,
        tier=tier_of(intent),
        resolution_action=resolution_action(case["outcome"], intent),
        resolved=True,
        resolved_first_reply=False,
        escalated=True,
        channel="chat",
        language=(language or "en")[:8],
        customer_id=case.get("customer_id"),
        order_id=order_ids[0] if order_ids else None,
        facts={"handoff_id": case["id"], "outcome": case["outcome"], **({"order_id": order_ids[0]} if order_ids else {})},
    )


def record_ticket(ticket: Ticket) -> None:
    """Upsert the ticket and re-split the handoff source by date (blocking: run it off the event loop)."""
    from db.connection import connect

    with connect() as conn:
        upsert_ticket(conn, ticket, HANDOFF_SOURCE)
        assign_splits(conn, HANDOFF_SOURCE)
        conn.commit()
