"""How threads, states and assistants look on the wire (the LangGraph Platform API shapes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from server.payloads import ASSISTANT_ID, GRAPH_ID

_EPOCH = "2025-01-01T00:00:00+00:00"


def assistant_view() -> dict[str, Any]:
    return {
        "assistant_id": ASSISTANT_ID,
        "graph_id": GRAPH_ID,
        "name": GRAPH_ID,
        "description": None,
        "config": {},
        "context": {},
        "metadata": {"created_by": "system"},
        "version": 1,
        "created_at": _EPOCH,
        "updated_at": _EPOCH,
    }


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def thread_view(row: dict[str, Any], values: Any = None, busy: bool = False) -> dict[str, Any]:
    return {
        "thread_id": str(row["thread_id"]),
        "created_at": _iso(row["created_at"]),
        "updated_at": _iso(row["updated_at"]),
        "metadata": row["metadata"],
        "status": "busy" if busy else "idle",
        "values": values if values is not None else {},
        "interrupts": {},
    }


def _checkpoint(config: dict | None) -> dict[str, Any] | None:
    if not config:
        return None
    configurable = config.get("configurable", {})
    return {
        "thread_id": configurable.get("thread_id"),
        "checkpoint_ns": configurable.get("checkpoint_ns", ""),
        "checkpoint_id": configurable.get("checkpoint_id"),
    }


def state_view(snapshot) -> dict[str, Any]:
    """A StateSnapshot as GET /threads/{id}/state returns it."""
    checkpoint = _checkpoint(snapshot.config)
    parent = _checkpoint(snapshot.parent_config)
    return {
        "values": snapshot.values,
        "next": list(snapshot.next),
        "tasks": [
            {"id": t.id, "name": t.name, "error": str(t.error) if t.error else None, "interrupts": [],
             "checkpoint": None, "state": None, "result": t.result}
            for t in snapshot.tasks
        ],
        "metadata": snapshot.metadata,
        "created_at": snapshot.created_at,
        "checkpoint": checkpoint,
        "parent_checkpoint": parent,
        "checkpoint_id": checkpoint["checkpoint_id"] if checkpoint else None,
        "parent_checkpoint_id": parent["checkpoint_id"] if parent else None,
        "interrupts": [],
    }
