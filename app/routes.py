"""Custom HTTP surface `langgraph dev` mounts beside the graph API (langgraph.json `http.app`).

- `POST /auth/anonymous`: public; mints a visitor token (app.auth.new_anonymous_session).
- `/inbox/api/...`: the staff handoff inbox (app/inbox), staff token required.
- `/widget.js`, `/chat`, `/inbox` (web/routes.py): the chat widget, its demo page and the inbox page (static).
- ServerMultitaskStrategy: every run request gets the deployment's MULTITASK_STRATEGY, whatever the
  caller asked. langgraph-api reads the strategy before the auth handler runs and does not take it back
  from the handler's value, so it is rewritten in the request body instead. Without it a caller's
  "interrupt" cancels the customer's in-flight messages (4 of 5 simultaneous messages were lost).
- NotServed: langgraph-api's v2 event-streaming endpoints (`/threads/{id}/stream/events`, `/commands`, and
  their WebSocket) start runs through a protocol of their own, past the strategy rewrite above; they are
  not part of the API subset we serve (`support-agent serve` does not have them either), and langgraph.json
  cannot switch them off (its schema drops the key), so they answer 404.
"""

from __future__ import annotations

import json
import re

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.auth import new_anonymous_session
from app.inbox.dev_gate import DevThreadGate
from app.inbox.routes import inbox_routes
from core.settings import get_settings
from web.routes import ROUTES as WEB_ROUTES

RUN_CREATE_PATH = re.compile(r"^/(threads/[^/]+/)?runs(/stream|/wait|/batch)?/?$")
NOT_SERVED_PATH = re.compile(r"^/threads/[^/]+/(stream/events|commands)/?$")
MAX_RUN_BODY_BYTES = 1_000_000


async def anonymous_session(request: Request) -> JSONResponse:
    return JSONResponse(new_anonymous_session(), status_code=201, headers={"Cache-Control": "no-store"})


def _with_strategy(body: bytes, strategy: str) -> bytes | None:
    try:
        payload = json.loads(body or b"null")
    except ValueError:
        return None  # not JSON: the API answers 422 itself
    requests = payload if isinstance(payload, list) else [payload]
    for item in requests:
        if isinstance(item, dict):
            item["multitask_strategy"] = strategy
    return json.dumps(payload).encode()


class ServerMultitaskStrategy:
    """ASGI middleware: replace `multitask_strategy` in run-creation bodies with the server's setting."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not RUN_CREATE_PATH.match(scope["path"]):
            await self.app(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([message], receive), send)
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > MAX_RUN_BODY_BYTES:
                await JSONResponse({"detail": "Run request too large."}, status_code=413)(scope, receive, send)
                return
            if not message.get("more_body"):
                break
        original = b"".join(chunks)
        body = _with_strategy(original, get_settings().multitask_strategy) or original
        headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        scope = {**scope, "headers": headers}
        await self.app(scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive), send)


class NotServed:
    """ASGI middleware: 404 (or a closed WebSocket) for endpoints outside the API subset we serve."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and NOT_SERVED_PATH.match(scope["path"]):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
            else:
                await JSONResponse({"detail": "Not found."}, status_code=404)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A receive() that first hands back what was already read, then the client's (disconnects)."""
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed


app = Starlette(
    routes=[Route("/auth/anonymous", anonymous_session, methods=["POST"]), *inbox_routes(DevThreadGate()),
            *WEB_ROUTES],
    middleware=[Middleware(NotServed), Middleware(ServerMultitaskStrategy)],
)
