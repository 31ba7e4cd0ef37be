"""Concurrent chats through the streaming API, the way the chat widget talks to it.

Each chat creates a thread (POST /threads) and sends one message with POST /threads/{id}/runs/stream
(`messages-tuple` + `custom`), timing from the moment the run request is sent to the first streamed token of
the reply and to the end of the stream. Order questions come from signed-in demo customers, policy questions
from anonymous visitors (POST /auth/anonymous), so both identity paths and the OMS are under load.
Figures are printed, not asserted: the machine they run on decides them.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from dataclasses import dataclass, field

import httpx
import orjson

from core.identity import sign_customer
from core.settings import Settings

QUESTIONS = [
    ("customer", "Hi, where is my order?"),
    ("anonymous", "What is your return policy?"),
    ("customer", "When will my package arrive?"),
    ("anonymous", "Do you ship to Canada?"),
    ("anonymous", "How long do refunds take?"),
]


@dataclass
class ChatTiming:
    first_token_s: float | None = None
    reply_s: float | None = None
    error: str | None = None


@dataclass
class LoadReport:
    chats: int
    wall_s: float
    timings: list[ChatTiming] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [t.error for t in self.timings if t.error]

    def lines(self) -> list[str]:
        ok = [t for t in self.timings if not t.error]
        out = [f"{self.chats} concurrent chats in {self.wall_s:.1f} s wall: {len(ok)} answered, "
               f"{len(self.errors)} errors"]
        for name, values in (("first streamed token", [t.first_token_s for t in ok if t.first_token_s is not None]),
                             ("full reply", [t.reply_s for t in ok if t.reply_s is not None])):
            if values:
                out.append(f"  {name:<21} p50 {percentile(values, 50):6.2f} s   p95 {percentile(values, 95):6.2f} s"
                           f"   max {max(values):6.2f} s")
        for error in sorted(set(self.errors))[:5]:
            out.append(f"  error: {error}")
        return out


def percentile(values: list[float], pct: float) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(pct) - 1]


async def _token(client: httpx.AsyncClient, kind: str, index: int, settings: Settings) -> str:
    if kind == "customer":
        return sign_customer(f"C{(index % 500) + 1:06d}", settings=settings)
    response = await client.post("/auth/anonymous")
    response.raise_for_status()
    return response.json()["token"]


async def _events(response: httpx.Response):
    """(event, data) pairs of an SSE body."""
    buffer = b""
    async for chunk in response.aiter_bytes():
        buffer += chunk
        while b"\r\n\r\n" in buffer or b"\n\n" in buffer:
            sep = b"\r\n\r\n" if b"\r\n\r\n" in buffer else b"\n\n"
            block, buffer = buffer.split(sep, 1)
            event, data = "message", b""
            for line in block.splitlines():
                if line.startswith(b"event:"):
                    event = line[6:].strip().decode()
                elif line.startswith(b"data:"):
                    data += line[5:].strip()
            if data:
                yield event, orjson.loads(data)


async def one_chat(client: httpx.AsyncClient, index: int, settings: Settings) -> ChatTiming:
    kind, text = QUESTIONS[index % len(QUESTIONS)]
    timing = ChatTiming()
    try:
        headers = {"Authorization": f"Bearer {await _token(client, kind, index, settings)}"}
        thread = (await client.post("/threads", json={"metadata": {"channel": "load"}}, headers=headers)).json()
        body = {"assistant_id": "support", "stream_mode": ["messages-tuple", "custom"],
                "input": {"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]}}
        started = time.perf_counter()
        async with client.stream("POST", f"/threads/{thread['thread_id']}/runs/stream", json=body,
                                 headers=headers) as response:
            if response.status_code != 200:
                await response.aread()
                timing.error = f"HTTP {response.status_code}: {response.text[:120]}"
                return timing
            status = None
            async for event, data in _events(response):
                if event == "messages" and timing.first_token_s is None and data[0].get("type") in ("ai", "AIMessageChunk") \
                        and data[0].get("content"):
                    timing.first_token_s = time.perf_counter() - started
                elif event == "error":
                    timing.error = f"run error: {data.get('error')}"
                elif event == "end":
                    status = data.get("status")
            timing.reply_s = time.perf_counter() - started
        if status != "success" and not timing.error:
            timing.error = f"run ended {status}"
        elif timing.first_token_s is None and not timing.error:
            timing.error = "no reply streamed"
    except (httpx.HTTPError, ValueError, KeyError) as exc:
        timing.error = f"{type(exc).__name__}: {exc}"[:160]
    return timing


async def run_load(url: str, chats: int, settings: Settings, timeout_s: float = 300.0) -> LoadReport:
    limits = httpx.Limits(max_connections=chats * 2, max_keepalive_connections=chats)
    async with httpx.AsyncClient(base_url=url, timeout=timeout_s, limits=limits) as client:
        started = time.perf_counter()
        timings = await asyncio.gather(*(one_chat(client, i, settings) for i in range(chats)))
        return LoadReport(chats=chats, wall_s=time.perf_counter() - started, timings=list(timings))
