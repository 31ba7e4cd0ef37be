"""Who may use the inbox: a verified staff token on every request (app.auth.may_use_inbox)."""

from __future__ import annotations

from starlette.requests import Request

from app.auth import Principal, may_use_inbox, principal_from_authorization
from app.inbox.http import HttpProblem


def staff_of(request: Request) -> Principal:
    """The verified staff member calling; Unauthenticated (401) without a valid token, 403 for anyone
    else (a customer or visitor token must not see other people's cases)."""
    principal = principal_from_authorization(request.headers.get("authorization"))
    if not may_use_inbox(principal):
        raise HttpProblem(403, "The handoff inbox is for staff; sign in with a staff token.")
    return principal
