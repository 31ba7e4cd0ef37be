"""What staff do to a case that reaches the customer's conversation: reply, and resolve.

Both write the thread's checkpoint directly (graph.aupdate_state, as the `escalate` node, whose next step
is END): nothing runs, so a reply is not an agent exchange, counts toward no rule and triggers no turn.
The write happens while the thread is held (app/inbox/thread_gate.py), never under a run in flight.
- reply: an AI message with name "staff" (the chat shows it as a person from the team) and the staff
  member's name; the customer's next messages still go to the case (the thread stays escalated).
- resolve: the thread is no longer escalated, so the agent answers the customer's next message again;
  the case joins the ticket history and the customer's memory records the outcome.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from langchain_core.messages import AIMessage
from starlette.requests import Request

from app.inbox import queries
from app.inbox.case_ticket import case_ticket, record_ticket
from app.inbox.http import HttpProblem
from app.inbox.thread_gate import ThreadBusy, ThreadGate
from app.inbox.transcript import case_transcript, thread_transcript
from graph.memory import record_case_status
from graph.messages import STAFF_NAME

log = logging.getLogger("inbox")
WRITER_NODE = "escalate"  # a write "as" the node that hands over: its next step is END


def _config(thread_id: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": thread_id}}


Update = dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]]


async def _write_thread(gate: ThreadGate, request: Request, thread_id: str, update: Update) -> bool:
    """Apply `update` (values, or a function of the current values) to the thread while no run executes
    on it; False when the conversation is gone."""
    graph = await gate.graph(request)
    try:
        async with gate.hold(request, thread_id):
            snapshot = await graph.aget_state(_config(thread_id))
            if not (snapshot.values or {}).get("messages"):
                return False
            values = update(snapshot.values) if callable(update) else update
            if values:
                await graph.aupdate_state(_config(thread_id), values, as_node=WRITER_NODE)
    except ThreadBusy:
        raise HttpProblem(409, "The conversation is busy with a long-running turn; try again in a moment.") from None
    return True


async def reply(gate: ThreadGate, request: Request, case: dict[str, Any], staff: str, text: str) -> str:
    """Append the staff reply to the customer's conversation and to the case; its message id."""
    message_id = f"staff-{uuid.uuid4().hex}"
    message = AIMessage(content=text, name=STAFF_NAME, id=message_id,
                        additional_kwargs={"staff_name": staff, "sent_at": datetime.now(UTC).isoformat()})
    if not await _write_thread(gate, request, case["thread_id"], {"messages": [message]}):
        raise HttpProblem(409, "The customer deleted this conversation; the reply cannot reach them here.")
    await queries.add_staff_message(case["id"], text)
    log.info("staff reply", extra={"handoff_id": case["id"], "thread_id": case["thread_id"]})
    return message_id


def _release(handoff_id: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """State update that hands the thread back to the agent, if it is still this case's thread."""

    def values(current: dict[str, Any]) -> dict[str, Any]:
        if current.get("handoff_id") != handoff_id:
            return {}
        return {"escalated": False, "handoff_id": None}

    return values


def _restore(handoff_id: int) -> dict[str, Any]:
    return {"escalated": True, "handoff_id": handoff_id}


async def resolve(gate: ThreadGate, request: Request, case: dict[str, Any], staff: str, outcome: str,
                  resolution: str) -> dict[str, Any]:
    """Close the case: the conversation goes back to the agent, the case to the ticket history."""
    graph = await gate.graph(request)
    transcript = await thread_transcript(graph, case["thread_id"])
    if transcript is None:
        transcript = case_transcript(case, await queries.case_messages(case["id"]))
    else:
        await _write_thread(gate, request, case["thread_id"], _release(case["id"]))
    resolved = await queries.mark_resolved(case["id"], staff, outcome, resolution)
    if resolved is None:  # lost a race: someone else claimed it (it stays with the team) or resolved it
        current = await queries.get_case(case["id"])
        if current is not None and current["status"] != "resolved":
            await _write_thread(gate, request, case["thread_id"], _restore(case["id"]))
        raise HttpProblem(409, "This case was resolved or taken by someone else meanwhile.")
    state = await graph.aget_state(_config(case["thread_id"]))
    language = ((state.values or {}).get("turn") or {}).get("language")
    ticket = case_ticket(resolved, transcript, language)
    if ticket is not None:
        await asyncio.to_thread(record_ticket, ticket)
    await record_case_status(graph.store, resolved.get("customer_id"), resolved["id"], "resolved", outcome)
    log.info("case resolved", extra={"handoff_id": case["id"], "outcome": outcome})
    return resolved


async def record_claim(graph: Any, case: dict[str, Any]) -> None:
    """The customer's memory notes that a person is working on the case."""
    await record_case_status(graph.store, case.get("customer_id"), case["id"], "claimed")
