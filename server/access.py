"""app.auth's rules applied to HTTP requests: who is calling, and may they touch this thread."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from app import auth
from app.auth import Principal, Unauthenticated
from server.jsonio import BadRequest
from server.records import Records


class Forbidden(Exception):
    """Authenticated, but this action is not theirs to take (HTTP 403)."""


def principal_of(request: Request) -> Principal:
    """Raises Unauthenticated (HTTP 401); the header value is never logged or stored."""
    return auth.principal_from_authorization(request.headers.get("authorization"))


async def thread_for(
    records: Records, principal: Principal, thread_id: str, action: str, row: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The thread row if `principal` may `action` ('read', 'run', 'delete') it. Someone else's thread is
    answered exactly like a missing one (404), so ids cannot be probed. `row`: already fetched."""
    row = row or await records.thread(thread_id)
    if row is None:
        raise BadRequest(f"Thread {thread_id} not found.", status=404)
    metadata = row["metadata"]
    if action == "read":
        handoff = principal.kind == "staff" and await records.open_handoff(thread_id)
        allowed = auth.may_read_thread(principal, metadata, handoff)
    elif action == "run":
        allowed = auth.may_run_thread(principal, metadata)
    elif action == "delete":
        allowed = auth.may_delete_thread(principal, metadata)
    else:  # pragma: no cover - programming error
        raise ValueError(action)
    if allowed:
        return row
    if principal.kind == "staff" and auth.may_read_thread(
        principal, metadata, principal.kind == "staff" and await records.open_handoff(thread_id)
    ):
        raise Forbidden("Staff may read a thread with an open handoff, nothing else.")
    raise BadRequest(f"Thread {thread_id} not found.", status=404)


__all__ = ["Forbidden", "Principal", "Unauthenticated", "principal_of", "thread_for"]
