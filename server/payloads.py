"""What a caller may put into a run, reduced to what the graph accepts.

The input is the customer's messages and nothing else (identity, counters, escalation and turn data are
the graph's own); the context keeps only the keys a caller may choose (the engine); the caller's
`config`/`configurable` and `multitask_strategy` are ignored (identity is injected by the server, the
multitask strategy is the deployment's). Every message gets an id here, so a run re-executed after a
crash carries the same ids and the graph recognises it as already answered.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from app.run_request import run_request_problem
from server.jsonio import BadRequest

GRAPH_ID = "support"
ASSISTANT_ID = str(uuid.uuid5(uuid.UUID("6ba7b821-9dad-11d1-80b4-00c04fd430c8"), GRAPH_ID))  # as langgraph_api
STREAM_MODES = ("values", "updates", "messages", "messages-tuple", "custom", "debug")
CALLER_CONTEXT_KEYS = ("engine",)
MAX_METADATA_BYTES = 16_384


@dataclass
class RunRequest:
    messages: list[dict[str, Any]]
    context: dict[str, Any]
    stream_mode: list[str]
    metadata: dict[str, Any] = field(default_factory=dict)
    if_not_exists: str = "reject"
    on_disconnect: str = "continue"
    assistant_id: str = GRAPH_ID


def check_assistant(assistant_id: Any) -> str:
    if assistant_id not in (GRAPH_ID, ASSISTANT_ID):
        raise BadRequest(f"Assistant '{assistant_id}' not found; this server serves '{GRAPH_ID}'.", status=404)
    return str(assistant_id)


def _message(raw: Any) -> dict[str, Any]:
    """One customer message (already checked by app.run_request), with an id."""
    if isinstance(raw, str):
        raw = {"role": "user", "content": raw}
    content = raw.get("content")
    message_id = raw.get("id")
    if message_id is not None and (not isinstance(message_id, str) or not message_id or len(message_id) > 200):
        raise BadRequest("A message id must be a non-empty string of at most 200 characters.")
    return {"type": "human", "content": content, "id": message_id or str(uuid.uuid4())}


def _messages(raw_input: dict[str, Any]) -> list[dict[str, Any]]:
    raw = raw_input["messages"]
    return [_message(m) for m in ([raw] if isinstance(raw, dict | str) else raw)]


def stream_modes(raw: Any, default: list[str]) -> list[str]:
    if raw is None:
        return default
    modes = [raw] if isinstance(raw, str) else raw
    if not isinstance(modes, list) or not all(isinstance(m, str) for m in modes):
        raise BadRequest("stream_mode must be a string or a list of strings.")
    unknown = [m for m in modes if m not in STREAM_MODES]
    if unknown:
        raise BadRequest(f"Unsupported stream_mode {unknown}; use any of {list(STREAM_MODES)}.")
    return list(dict.fromkeys(modes)) or default


def _metadata(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise BadRequest("metadata must be an object.")
    from server.jsonio import dumps

    if len(dumps(raw)) > MAX_METADATA_BYTES:
        raise BadRequest(f"metadata is larger than {MAX_METADATA_BYTES} bytes.")
    return raw


def run_request(body: dict[str, Any], default_modes: list[str]) -> RunRequest:
    """Validate a run-create body (POST /threads/{id}/runs, /runs/wait, /runs/stream)."""
    assistant_id = check_assistant(body.get("assistant_id"))
    config = body.get("config")
    if config is not None and not isinstance(config, dict):
        raise BadRequest("config must be an object.")
    problem = run_request_problem(body)  # the same rules langgraph dev applies (app/run_request.py)
    if problem:
        raise BadRequest(f"Run refused: {problem}.")
    if body.get("checkpoint") or body.get("checkpoint_id"):
        raise BadRequest("Runs continue from the thread's latest state; a checkpoint cannot be chosen.")
    context = body.get("context") or {}
    if not isinstance(context, dict):
        raise BadRequest("context must be an object.")
    if_not_exists = body.get("if_not_exists") or "reject"
    if if_not_exists not in ("create", "reject"):
        raise BadRequest("if_not_exists must be 'create' or 'reject'.")
    on_disconnect = body.get("on_disconnect") or "continue"
    if on_disconnect not in ("cancel", "continue"):
        raise BadRequest("on_disconnect must be 'cancel' or 'continue'.")
    return RunRequest(
        messages=_messages(body["input"]),
        context={k: context[k] for k in CALLER_CONTEXT_KEYS if isinstance(context.get(k), str)},
        stream_mode=stream_modes(body.get("stream_mode"), default_modes),
        metadata=_metadata(body.get("metadata")),
        if_not_exists=if_not_exists,
        on_disconnect=on_disconnect,
        assistant_id=assistant_id,
    )


def thread_id_of(raw: str) -> str:
    """Thread ids are UUIDs on the LangGraph API; anything else is a clear 422."""
    try:
        return str(uuid.UUID(raw))
    except (ValueError, TypeError, AttributeError):
        raise BadRequest(f"Invalid thread id {raw!r}: must be a UUID.") from None
