"""What a handoff webhook says, per endpoint format.

- generic: `{"id", "type": "handoff.created", "created_at", "data": {"handoff": {...}}}`, the whole case.
- zendesk: the body of Zendesk's Create Ticket (`POST /api/v2/tickets.json`): subject, an internal comment
  with the summary, what was tried, the suggested resolution and the transcript, requester, priority,
  tags, and `external_id` = the case, so the brand can find the ticket from the case and back.
- intercom: the body of Intercom's Create Conversation (`POST /conversations`), from the customer as a
  user whose Intercom id is the customer id (point it at a relay if your Intercom ids differ).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

ZENDESK_PRIORITIES = {"urgent": "urgent", "high": "high", "normal": "normal", "low": "low"}
MAX_TRANSCRIPT_LINES = 40


def case_record(handoff_id: int, created_at: datetime, request: Any, customer: dict[str, Any] | None) -> dict[str, Any]:
    """The case as every format reads it (request: tools.handoff.HandoffRequest)."""
    return {
        "id": handoff_id,
        "thread_id": request.thread_id,
        "customer_id": request.customer_id,
        "customer_name": (customer or {}).get("name"),
        "customer_email": (customer or {}).get("email"),
        "intent": request.intent,
        "reasons": list(request.reasons),
        "priority": request.priority,
        "summary": request.summary,
        "tried": request.tried,
        "suggested_resolution": request.suggested_resolution,
        "order_ids": list(request.order_ids),
        "transcript": [{"role": m.get("role"), "text": m.get("text")} for m in request.transcript][-MAX_TRANSCRIPT_LINES:],
        "created_at": created_at.isoformat(),
    }


def generic(event_id: str, case: dict[str, Any]) -> dict[str, Any]:
    return {"id": event_id, "type": "handoff.created", "created_at": case["created_at"], "data": {"handoff": case}}


def _case_text(case: dict[str, Any]) -> str:
    lines = [f"Summary: {case['summary']}", f"Reasons: {', '.join(case['reasons']) or '-'}"]
    if case["order_ids"]:
        lines.append(f"Orders: {', '.join(case['order_ids'])}")
    lines += [f"Tried: {case['tried'] or '-'}", f"Suggested resolution: {case['suggested_resolution']}", "",
              "Conversation:"]
    lines += [f"{m['role']}: {m['text']}" for m in case["transcript"]]
    return "\n".join(lines)


def zendesk(event_id: str, case: dict[str, Any]) -> dict[str, Any]:
    ticket: dict[str, Any] = {
        "subject": f"Handoff #{case['id']}: {(case['intent'] or 'support request').replace('_', ' ')}",
        "comment": {"body": _case_text(case), "public": False},
        "priority": ZENDESK_PRIORITIES.get(case["priority"], "normal"),
        "tags": ["support_agent", "handoff", *case["reasons"]],
        "external_id": f"handoff-{case['id']}",
    }
    if case["customer_email"]:
        ticket["requester"] = {"name": case["customer_name"] or case["customer_email"], "email": case["customer_email"]}
    return {"ticket": ticket}


def intercom(event_id: str, case: dict[str, Any]) -> dict[str, Any]:
    sender = {"type": "user", "id": case["customer_id"]} if case["customer_id"] else {"type": "contact", "id": case["thread_id"]}
    return {"from": sender, "body": _case_text(case)}


BUILDERS = {"generic": generic, "zendesk": zendesk, "intercom": intercom}


def payload(fmt: str, event_id: str, case: dict[str, Any]) -> dict[str, Any]:
    return BUILDERS[fmt](event_id, case)
