"""The whole conversation of a case, as the person picking it up reads it.

The thread's checkpoint holds every message: what came before the handoff, the customer's follow-ups,
the agent's holding replies and staff replies. Each message is dated by the first checkpoint it appears
in (the end of the run that wrote it); staff replies carry their own time. When the customer deleted
the conversation, the case's own copy (the transcript taken at handoff plus the messages recorded on
the case since) is what remains.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import BaseMessage

from graph.message_log import is_refused_replay
from graph.messages import is_staff, text_of

HISTORY_LIMIT = 500  # checkpoints read to date messages (one per run with durability "exit")
CASE_ROLES = {"customer": "customer", "agent": "agent", "human": "staff"}


def _entry(message: BaseMessage, at: Any) -> dict[str, Any]:
    if message.type == "human":
        return {"role": "customer", "text": text_of(message), "at": at}
    if is_staff(message):
        extra = message.additional_kwargs or {}
        return {"role": "staff", "text": text_of(message), "at": extra.get("sent_at") or at,
                "name": extra.get("staff_name")}
    return {"role": "agent", "text": text_of(message), "at": at}


async def thread_transcript(graph: Any, thread_id: str) -> list[dict[str, Any]] | None:
    """The conversation from the thread's checkpoints, oldest first; None when the thread has none."""
    config = {"configurable": {"thread_id": thread_id}}
    snapshots = [s async for s in graph.aget_state_history(config, limit=HISTORY_LIMIT)]
    if not snapshots or not (snapshots[0].values or {}).get("messages"):
        return None
    first_seen: dict[str, Any] = {}
    for snapshot in reversed(snapshots):
        for message in (snapshot.values or {}).get("messages") or []:
            first_seen.setdefault(message.id, snapshot.created_at)
    return [
        _entry(m, first_seen.get(m.id))
        for m in snapshots[0].values["messages"]
        if m.type in ("human", "ai") and not is_refused_replay(m) and text_of(m)
    ]


def case_transcript(handoff: dict[str, Any], messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The case's own copy: the transcript taken at handoff, then what was recorded on the case."""
    taken = [{"role": m.get("role", "customer"), "text": m.get("text", ""), "at": None}
             for m in handoff.get("transcript") or [] if isinstance(m, dict)]
    later = [{"role": CASE_ROLES.get(m["role"], m["role"]), "text": m["text"], "at": m["created_at"]}
             for m in messages]
    return taken + later
