"""The `auth` handler `langgraph dev` loads (langgraph.json): app/auth.py's rules in langgraph_sdk's hooks.

Deny by default: a global handler refuses every (resource, action) not allowed below, so an endpoint a
future langgraph-api adds is closed until someone decides otherwise. Studio's LangSmith bypass is off
(`disable_studio_auth`), so Studio authenticates like any client: with a Bearer token in a custom header.
"""

from __future__ import annotations

from typing import Any

from langgraph_sdk import Auth

from app.auth import (
    Principal,
    Unauthenticated,
    auth_user,
    may_create_thread,
    may_read_assistants,
    owner_filter,
    owner_metadata,
    principal_from_auth_user,
    principal_from_authorization,
)
from app.handoff_lookup import has_open_handoff
from app.run_request import keep_only_context, run_request_problem
from graph.config import SupportContext

auth = Auth()
CANCEL_ACTIONS = ("interrupt", "rollback")


@auth.authenticate
async def authenticate(authorization: str | None) -> dict[str, Any]:
    """Every request: a valid `Authorization: Bearer <token>` or 401."""
    try:
        return auth_user(principal_from_authorization(authorization))
    except Unauthenticated as exc:
        raise Auth.exceptions.HTTPException(status_code=401, detail=str(exc)) from None


def _principal(ctx: Auth.types.AuthContext) -> Principal:
    principal = principal_from_auth_user(ctx.user)
    if principal is None:  # e.g. a Studio/LangSmith user: not one of ours
        raise Auth.exceptions.HTTPException(status_code=403, detail="Unknown caller.")
    return principal


def _refuse(detail: str, status_code: int = 403) -> Auth.exceptions.HTTPException:
    return Auth.exceptions.HTTPException(status_code=status_code, detail=detail)


@auth.on
async def deny_everything_else(ctx: Auth.types.AuthContext, value: Any) -> bool:
    """Store, crons, assistant writes and anything not named below."""
    return False


@auth.on.threads.create
async def on_thread_create(ctx: Auth.types.AuthContext, value: Auth.types.on.threads.create.value):
    principal = _principal(ctx)
    if not may_create_thread(principal):
        raise _refuse("Staff tokens cannot create conversations.")
    metadata = value.get("metadata")
    if metadata is None:
        value["metadata"] = metadata = {}
    # In place: the server stores this very dict. A caller-supplied owner is overwritten.
    stamped = owner_metadata(principal, metadata)
    metadata.clear()
    metadata.update(stamped)
    # An existing thread with the same id answers 409 unless it is the caller's own.
    return owner_filter(principal)


@auth.on.threads.read
async def on_thread_read(ctx: Auth.types.AuthContext, value: Auth.types.on.threads.read.value):
    """Get, state, history, runs, join and stream: the owner, or staff while a handoff is open."""
    principal = _principal(ctx)
    if principal.kind == "staff":
        thread_id = value.get("thread_id")
        return bool(thread_id) and await has_open_handoff(str(thread_id))
    return owner_filter(principal)


@auth.on.threads.search
async def on_thread_search(ctx: Auth.types.AuthContext, value: Auth.types.on.threads.search.value):
    """Listing (threads or a thread's runs) shows own threads only; staff own none."""
    return owner_filter(_principal(ctx))


@auth.on.threads.delete
async def on_thread_delete(ctx: Auth.types.AuthContext, value: Auth.types.on.threads.delete.value):
    principal = _principal(ctx)
    if principal.kind == "staff":
        return False
    return owner_filter(principal)


@auth.on.threads.update
async def on_thread_update(ctx: Auth.types.AuthContext, value: Auth.types.on.threads.update.value):
    """Only cancelling one's own run. State updates and metadata patches could set identity, counters
    or escalation, or hand a thread to another owner: refused for everyone."""
    principal = _principal(ctx)
    if value.get("action") in CANCEL_ACTIONS and principal.kind != "staff":
        return owner_filter(principal)
    raise _refuse("Conversation state and metadata cannot be changed through the API.")


@auth.on.threads.create_run
async def on_run_create(ctx: Auth.types.AuthContext, value: Auth.types.on.threads.create_run.value):
    """A new message on one's own thread (creating it if needed), carrying the customer's text only."""
    principal = _principal(ctx)
    if not may_create_thread(principal):
        raise _refuse("Staff tokens cannot send messages.")
    kwargs = value.get("kwargs") or {}
    problem = run_request_problem(kwargs)
    if problem:
        raise _refuse(f"Run refused: {problem}.", status_code=422)
    keep_only_context(kwargs, tuple(SupportContext.model_fields))
    metadata = value.get("metadata")
    if metadata is not None:  # also the metadata a thread created by this run is stored with
        stamped = owner_metadata(principal, metadata)
        metadata.clear()
        metadata.update(stamped)
    return owner_filter(principal)


@auth.on.assistants.read
async def on_assistant_read(ctx: Auth.types.AuthContext, value: Any) -> bool:
    return may_read_assistants(_principal(ctx))


@auth.on.assistants.search
async def on_assistant_search(ctx: Auth.types.AuthContext, value: Any) -> bool:
    return may_read_assistants(_principal(ctx))
