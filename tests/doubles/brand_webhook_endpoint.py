"""STAND-IN for the brand's webhook endpoint (their helpdesk, Zendesk, Intercom or a relay: a third-party
service the tests cannot reach). It receives handoff webhooks over real HTTP and does what a careful
receiver does: it checks the X-Support-Signature itself (plain hmac, not our signing module, so the two
must agree), and counts deliveries per event id. `fail_first[path] = n` answers the first n requests
to that path with HTTP 500, to exercise retries; `held[path]` keeps requests to that path unanswered
until the event is set (an endpoint that hangs)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


@dataclass
class Received:
    path: str
    event_id: str
    attempt: int
    signature_valid: bool
    body: dict[str, Any]


@dataclass
class BrandWebhookEndpoint:
    secret: str
    fail_first: dict[str, int] = field(default_factory=dict)
    held: dict[str, threading.Event] = field(default_factory=dict)  # path -> answered only once set
    received: list[Received] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @staticmethod
    def signature_matches(secret: str, body: bytes, header: str) -> bool:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        expected = hmac.new(secret.encode(), fields.get("t", "").encode() + b"." + body, hashlib.sha256).hexdigest()
        return bool(fields.get("t")) and hmac.compare_digest(expected, fields.get("v1", ""))

    async def _hook(self, request: Request) -> JSONResponse:
        body = await request.body()
        path = request.url.path
        with self._lock:
            seen = sum(1 for r in self.received if r.path == path)
            self.received.append(Received(
                path=path, event_id=request.headers.get("x-support-event-id", ""),
                attempt=int(request.headers.get("x-support-delivery-attempt", "0")),
                signature_valid=self.signature_matches(self.secret, body, request.headers.get("x-support-signature", "")),
                body=json.loads(body),
            ))
        gate = self.held.get(path)
        if gate is not None:
            await asyncio.to_thread(gate.wait, 60)
        if seen < self.fail_first.get(path, 0):
            return JSONResponse({"error": "temporarily unavailable"}, status_code=500)
        return JSONResponse({"ok": True}, status_code=201)

    @property
    def app(self) -> Starlette:
        return Starlette(routes=[Route("/hooks/{name}", self._hook, methods=["POST"])])

    def accepted_per_event(self, path: str) -> Counter:
        """How many times each event was delivered successfully to `path` (the fail_first ones excluded)."""
        with self._lock:
            requests = [r for r in self.received if r.path == path]
        skip = self.fail_first.get(path, 0)
        return Counter(r.event_id for r in requests[skip:])
