"""JSON in and out for the inbox routes, and one error type that becomes a clear 4xx answer.

The inbox is mounted in two servers with different error handling, so its handlers carry their own:
every failure a caller can cause is an HttpProblem with a status and a `detail` message."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from app.auth import Unauthenticated

log = logging.getLogger("inbox.http")
Handler = Callable[[Request], Awaitable[Response]]
MAX_BODY_BYTES = 64_000


class HttpProblem(Exception):
    """Something the caller must fix (or a conflict they must know about): answered `status` + detail."""

    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = orjson.dumps(data, default=_default, option=orjson.OPT_NON_STR_KEYS)
    return Response(body, status_code=status, media_type="application/json",
                    headers={"Cache-Control": "no-store", **(headers or {})})


def refusal(exc: Unauthenticated | HttpProblem) -> Response:
    """401 (with the Bearer challenge) for missing or invalid credentials, the problem's own status else."""
    if isinstance(exc, Unauthenticated):
        return json_response({"detail": str(exc)}, 401, {"WWW-Authenticate": "Bearer"})
    return json_response({"detail": exc.detail}, exc.status)


def endpoint(handler: Handler) -> Handler:
    """Refusals become clear 4xx answers; an unexpected error is logged and answered 500 without internals."""

    @functools.wraps(handler)
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except (Unauthenticated, HttpProblem) as exc:
            return refusal(exc)
        except Exception:
            log.exception("inbox request failed", extra={"method": request.method, "path": request.url.path})
            return json_response({"detail": "Internal server error; see the server log."}, 500)

    return wrapped


async def json_body(request: Request) -> dict[str, Any]:
    """The request body as a JSON object, or 422 saying what is wrong with it."""
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise HttpProblem(413, f"Request body is larger than {MAX_BODY_BYTES} bytes.")
    try:
        value = orjson.loads(raw or b"null")
    except orjson.JSONDecodeError as exc:
        raise HttpProblem(422, f"Request body is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise HttpProblem(422, "Request body must be a JSON object.")
    return value
