"""Who may do what through the graph API: one set of rules for `langgraph dev` and `support-agent serve`.

Pure decisions, no web framework, so both servers enforce exactly the same model:
- every request carries `Authorization: Bearer <token>` (core.identity); anything else is Unauthenticated;
- a thread belongs to whoever created it: its metadata key `owner` is set by the server to the creator's
  `Principal.owner` ("customer:C000123", "anonymous:<random id>"), overwriting any caller-supplied value;
- customers and anonymous visitors read, list, run, stream and delete only threads they own, and never
  write state directly (a state update could set identity, counters or escalation);
- staff read a thread only while it has an open handoff, and do nothing else through the graph API;
  they work handoffs (read cases, claim, reply, resolve) through the inbox API, which only staff may use;
- nobody reaches the store or crons from outside (customer profiles live there).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from core.identity import (
    InvalidIdentity,
    Principal,
    auth_user,
    principal_from_auth_user,
    sign_anonymous,
    verify_token,
)
from core.settings import Settings

__all__ = [
    "OWNER_KEY",
    "Principal",
    "Unauthenticated",
    "auth_user",
    "may_create_thread",
    "may_delete_thread",
    "may_read_assistants",
    "may_read_thread",
    "may_run_thread",
    "may_update_state",
    "may_use_inbox",
    "may_use_crons",
    "may_use_store",
    "new_anonymous_session",
    "owner_filter",
    "owner_metadata",
    "principal_from_auth_user",
    "principal_from_authorization",
]

OWNER_KEY = "owner"
OWNING_KINDS = ("customer", "anonymous")


class Unauthenticated(Exception):
    """No usable credentials: answer 401 and say why (missing header, bad scheme, invalid token)."""


def principal_from_authorization(header_value: str | None, settings: Settings | None = None) -> Principal:
    """The verified caller behind an `Authorization: Bearer <token>` header value."""
    if not header_value or not header_value.strip():
        raise Unauthenticated("Missing Authorization header; send 'Authorization: Bearer <token>'.")
    scheme, _, token = header_value.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("Authorization header must be 'Bearer <token>'.")
    try:
        return verify_token(token.strip(), settings)
    except InvalidIdentity as exc:
        raise Unauthenticated(str(exc)) from exc


def new_anonymous_session(settings: Settings | None = None) -> dict[str, Any]:
    """Body of `POST /auth/anonymous`: a fresh visitor token; the threads it creates belong to it alone."""
    token = sign_anonymous(settings=settings)
    expires_at = verify_token(token, settings).expires_at or 0
    return {"token": token, "expires_at": datetime.fromtimestamp(expires_at, UTC).isoformat()}


def owner_metadata(principal: Principal, metadata: Mapping[str, Any] | None) -> dict[str, Any]:
    """The metadata a new thread is stored with: the caller's, with `owner` forced to the caller."""
    return {**dict(metadata or {}), OWNER_KEY: principal.owner}


def owner_filter(principal: Principal) -> dict[str, str]:
    """Metadata filter a thread search is narrowed to: own threads only (staff own none)."""
    return {OWNER_KEY: principal.owner}


def _owns(principal: Principal, metadata: Mapping[str, Any] | None) -> bool:
    return principal.kind in OWNING_KINDS and (metadata or {}).get(OWNER_KEY) == principal.owner


def may_create_thread(principal: Principal) -> bool:
    return principal.kind in OWNING_KINDS


def may_read_thread(principal: Principal, metadata: Mapping[str, Any] | None, open_handoff: bool) -> bool:
    """Read = get, state, history, runs, join/stream an existing run."""
    if principal.kind == "staff":
        return open_handoff
    return _owns(principal, metadata)


def may_run_thread(principal: Principal, metadata: Mapping[str, Any] | None) -> bool:
    """Send a message (create a run) on an existing thread, or cancel its run."""
    return _owns(principal, metadata)


def may_delete_thread(principal: Principal, metadata: Mapping[str, Any] | None) -> bool:
    return _owns(principal, metadata)


def may_update_state(principal: Principal, metadata: Mapping[str, Any] | None = None) -> bool:
    """Nobody writes state through the API: it would set identity, counters or escalation by hand."""
    return False


def may_use_store(principal: Principal) -> bool:
    """Customer profiles live in the store: never reachable from outside."""
    return False


def may_use_crons(principal: Principal) -> bool:
    return False


def may_read_assistants(principal: Principal) -> bool:
    """Any verified caller may discover the graph (assistants search/get, schemas)."""
    return True


def may_use_inbox(principal: Principal) -> bool:
    """The handoff inbox (app/inbox) shows every customer's cases: staff only."""
    return principal.kind == "staff"
