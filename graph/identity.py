"""Who the graph is talking to: read only from what the server verified, never from the conversation.

Both servers check the caller's token on every request and inject the verified principal as
`config["configurable"]["langgraph_auth_user"]` (a dict with `identity`, `kind`, `subject`; langgraph-api
wraps it in a proxy object). In process (CLI chat, evals, bench, tests) graph.conversation injects the same
shape. Run input, state updates, message text and model output never carry identity.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.identity import Principal, auth_user, principal_from_auth_user

AUTH_USER_KEY = "langgraph_auth_user"
IDENTITY_PROBLEMS = ("invalid_identity", "identity_mismatch")
# Replies to these are not agent replies: they do not count as exchanges (nor toward frustration escalation).
NOT_COUNTED_PROBLEMS = (*IDENTITY_PROBLEMS, "conflicting_replay")


def _auth_user(config: Mapping[str, Any] | None) -> Any:
    return ((config or {}).get("configurable") or {}).get(AUTH_USER_KEY)


def verified_principal(config: Mapping[str, Any] | None) -> Principal | None:
    """The verified caller of this run, or None when there is none (or it is unreadable)."""
    user = _auth_user(config)
    return principal_from_auth_user(user) if user is not None else None


def verified_customer(config: Mapping[str, Any] | None) -> str | None:
    """The signed-in customer's id for this run; None for anonymous visitors, staff, or no caller."""
    principal = verified_principal(config)
    return principal.customer_id if principal else None


def identity_problem(config: Mapping[str, Any] | None) -> str | None:
    """'invalid_identity' when a caller was injected but is not one of ours (e.g. a foreign user object)."""
    user = _auth_user(config)
    return "invalid_identity" if user is not None and principal_from_auth_user(user) is None else None


def configurable_for(principal: Principal | None) -> dict[str, Any]:
    """The configurable entries an in-process caller passes, shaped as the servers inject them."""
    return {AUTH_USER_KEY: auth_user(principal)} if principal else {}
