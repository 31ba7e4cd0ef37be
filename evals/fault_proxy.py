"""A small HTTP proxy that puts faults between the agent and the real OMS: latency, 5xx, malformed
bodies, connections dropped before the request reaches the OMS or after the OMS has acted, and
responses that never come. Used by the fault-injection run and the crash/replay tests; it forwards
real requests to the real OMS, so every action that passes is a real one.

One request per connection (it answers `Connection: close`), which keeps the parser tiny.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx

FAULTS = ("pass", "latency", "slow", "error", "malformed", "drop_before", "drop_after", "hang_after")


@dataclass
class FaultPlan:
    """Which fault each request gets: weights over FAULTS, drawn from a seeded generator."""

    weights: dict[str, float] = field(default_factory=lambda: {"pass": 1.0})
    latency_s: float = 0.3  # "latency": slower than usual, inside the client's deadline
    slow_s: float = 3.0  # "slow": past the client's deadline (a timeout)
    hang_s: float = 3600.0
    seed: int = 7
    only_methods: frozenset[str] | None = None  # e.g. {"POST"}: other methods always pass

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def draw(self, method: str) -> str:
        if self.only_methods and method not in self.only_methods:
            return "pass"
        names = list(self.weights)
        return self._rng.choices(names, weights=[self.weights[n] for n in names])[0]


class FaultProxy:
    """Serve on 127.0.0.1:<port> and forward to `upstream` under `plan`; `seen` counts faults injected."""

    def __init__(self, upstream: str, plan: FaultPlan) -> None:
        self.upstream = upstream.rstrip("/")
        self.plan = plan
        self.seen: Counter[str] = Counter()
        self.port = 0
        self._client: httpx.AsyncClient | None = None
        self.on_forwarded: Callable[[str, str], None] | None = None

    async def _read_request(self, reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str], bytes]:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0") or 0))
        return method, target, headers, body

    @staticmethod
    def _response(status: int, body: bytes, content_type: str = "application/json") -> bytes:
        head = (f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
                "Connection: close\r\n\r\n")
        return head.encode() + body

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            method, target, headers, body = await self._read_request(reader)
            fault = self.plan.draw(method)
            self.seen[fault] += 1
            if fault == "drop_before":
                return
            if fault == "error":
                writer.write(self._response(503, b'{"error": {"code": "injected", "message": "injected 503"}}'))
                return
            if fault in ("latency", "slow"):
                await asyncio.sleep(self.plan.latency_s if fault == "latency" else self.plan.slow_s)
            forward = {k: v for k, v in headers.items() if k not in {"host", "content-length", "connection"}}
            upstream = await self._client.request(method, self.upstream + target, headers=forward, content=body)
            if self.on_forwarded:
                self.on_forwarded(method, target)
            if fault == "drop_after":
                return
            if fault == "hang_after":
                await asyncio.sleep(self.plan.hang_s)
                return
            payload = upstream.content
            if fault == "malformed":
                payload = payload[: max(1, len(payload) // 2)]
            writer.write(self._response(upstream.status_code, payload, upstream.headers.get("content-type", "")))
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, httpx.HTTPError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def serve(self, ready: threading.Event | None = None, stop: asyncio.Event | None = None) -> None:
        async with httpx.AsyncClient(timeout=30) as client:
            self._client = client
            server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
            self.port = server.sockets[0].getsockname()[1]
            if ready:
                ready.set()
            async with server:
                await (stop or asyncio.Event()).wait()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@contextlib.contextmanager
def running_proxy(upstream: str, plan: FaultPlan) -> Iterator[FaultProxy]:
    """The proxy on its own thread and event loop, for callers that are themselves async or sync."""
    proxy = FaultProxy(upstream, plan)
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    stop: asyncio.Event | None = None

    def run() -> None:
        nonlocal stop
        asyncio.set_event_loop(loop)
        stop = asyncio.Event()
        loop.run_until_complete(proxy.serve(ready, stop))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    if not ready.wait(10):
        raise RuntimeError("fault proxy did not start")
    try:
        yield proxy
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(5)
