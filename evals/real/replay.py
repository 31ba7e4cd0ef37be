"""Sending each labelled row through the agent, turn by turn, in its own thread.

Two transports, one record shape: in process (graph.conversation.Conversations, the CLI chat's facade)
or over HTTP with the official langgraph_sdk client, which works unchanged against `langgraph dev` and
`support-agent serve`. Over HTTP the caller's identity travels only as `Authorization: Bearer <token>`
(CONTRACTS.md): a signed customer token, or an anonymous one minted by `POST /auth/anonymous`.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import traceback
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any, Protocol

from core.settings import Settings
from evals.model_use import turn_fields
from evals.real.dataset import LabelledMessage
from evals.real.language import detect_language, own_words

ASSISTANT_ID = "support"  # the graph's name in langgraph.json


class Transport(Protocol):
    async def start_thread(self, row: LabelledMessage, customer_id: str | None) -> Any: ...

    async def send(self, thread: Any, text: str) -> dict: ...


def _content(message: Any) -> str:
    content = message.get("content") if isinstance(message, dict) else getattr(message, "content", "")
    return content if isinstance(content, str) else str(content)


def turn_record(text: str, values: dict, latency_s: float) -> dict:
    """What a reviewer and the metrics need from one turn's final state (in-process or HTTP values)."""
    turn = values.get("turn") or {}
    messages = values.get("messages") or []
    reply = _content(messages[-1]) if messages else ""
    route = turn.get("route") or "answer"
    return {
        "text": text,
        "reply": reply,
        "route": route,
        "intent": turn.get("intent"),
        "confidence": turn.get("confidence"),
        "intent_confidence": turn.get("intent_confidence"),
        "reasons": list(turn.get("reasons") or []),
        "frustrated": bool(turn.get("frustrated")),
        "wants_human": bool(turn.get("wants_human")),
        "message_language": turn.get("language"),
        "reply_language": detect_language(own_words(reply)),
        "input_problem": turn.get("input_problem"),
        "small_talk": turn.get("small_talk"),
        "handoff_id": values.get("handoff_id") if route == "escalate" else None,
        "latency_s": round(latency_s, 4),
        **turn_fields(turn),
    }


class InProcess:
    """The compiled graph with its Postgres checkpointer and store, in this process."""

    def __init__(self, conversations, run_tag: str):
        self.conversations = conversations
        self.run_tag = run_tag

    async def start_thread(self, row: LabelledMessage, customer_id: str | None) -> tuple[str, str | None]:
        return f"real-{self.run_tag}-{row.id}", customer_id

    async def send(self, thread: tuple[str, str | None], text: str) -> dict:
        thread_id, customer_id = thread
        result = await self.conversations.send(thread_id, text, customer_id)
        return result.state


class OverHttp:
    """The LangGraph HTTP API through langgraph_sdk; identity only in the Authorization header."""

    def __init__(self, client, settings: Settings, run_tag: str, anonymous_token: Callable | None = None):
        self.client = client
        self.settings = settings
        self.run_tag = run_tag
        self.anonymous_token = anonymous_token

    async def _headers(self, customer_id: str | None) -> dict[str, str]:
        from core.identity import sign_customer

        if customer_id:
            token = sign_customer(customer_id, settings=self.settings)
        else:
            token = await self.anonymous_token() if self.anonymous_token else None
        return {"Authorization": f"Bearer {token}"} if token else {}

    async def start_thread(self, row: LabelledMessage, customer_id: str | None) -> tuple[str, dict]:
        headers = await self._headers(customer_id)
        thread = await self.client.threads.create(
            metadata={"eval_run": self.run_tag, "row_id": row.id}, headers=headers
        )
        return thread["thread_id"], headers

    async def send(self, thread: tuple[str, dict], text: str) -> dict:
        thread_id, headers = thread
        values = await self.client.runs.wait(
            thread_id,
            ASSISTANT_ID,
            # A message id makes a run the server replays after a crash a no-op (graph/messages.py).
            input={"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]},
            context={"engine": self.settings.engine},  # the engine this eval measures (the server's otherwise)
            headers=headers,
        )
        if not isinstance(values, dict):
            raise RuntimeError(
                f"runs.wait returned {type(values).__name__}, expected the thread's state values"
            )
        if "__error__" in values:
            raise RuntimeError(f"run failed: {values['__error__']}")
        return values


async def mint_anonymous_token(base_url: str) -> Callable[[], Any] | None:
    """A minter for `POST /auth/anonymous` tokens, or None when the server has no such route (a server
    from before the auth contract: its requests then go without a token, and the caller is told)."""
    import httpx

    url = base_url.rstrip("/") + "/auth/anonymous"
    async with httpx.AsyncClient(timeout=10) as probe:
        response = await probe.post(url)
    if response.status_code in (404, 405):
        return None
    response.raise_for_status()

    async def mint() -> str:
        async with httpx.AsyncClient(timeout=10) as client:
            answer = await client.post(url)
            answer.raise_for_status()
            return answer.json()["token"]

    return mint


@contextlib.asynccontextmanager
async def in_process(settings: Settings, run_tag: str) -> AsyncIterator[InProcess]:
    from evals.services import oms_available
    from graph.conversation import Conversations

    with oms_available(settings):
        async with Conversations.open(settings) as conversations:
            yield InProcess(conversations, run_tag)


@contextlib.asynccontextmanager
async def over_http(
    settings: Settings, base_url: str, run_tag: str, anonymous: bool, warn: Callable[[str], None]
) -> AsyncIterator[OverHttp]:
    from langgraph_sdk import get_client

    minter = None
    if anonymous:
        minter = await mint_anonymous_token(base_url)
        if minter is None:
            warn(
                f"{base_url} has no POST /auth/anonymous (a server from before the auth contract): "
                "anonymous rows are sent without an Authorization header."
            )
    client = get_client(url=base_url, api_key=None, timeout=300)
    try:
        yield OverHttp(client, settings, run_tag, minter)
    finally:
        with contextlib.suppress(Exception):
            await client.aclose()


async def replay_row(transport: Transport, row: LabelledMessage, customer_id: str | None) -> dict:
    """Every turn of the row in one thread, in order; an exception becomes the row's `error`."""
    record: dict = {
        "id": row.id,
        "source": row.source,
        "line": row.line,
        "label": {
            "intent": row.intent,
            "tier": row.tier,
            "expected_route": row.expected_route,
            "escalate_reason": row.escalate_reason,
            "frustrated": row.frustrated,
            "language": row.language,
        },
        "customer_id": customer_id,
        "turns": [],
        "error": None,
    }
    try:
        thread = await transport.start_thread(row, customer_id)
        record["thread_id"] = thread[0]
        for text in row.turns:
            started = time.perf_counter()
            values = await transport.send(thread, text)
            record["turns"].append(turn_record(text, values, time.perf_counter() - started))
    except Exception as exc:  # noqa: BLE001 - one failing row is reported, the run goes on
        record["error"] = f"{type(exc).__name__}: {exc}"
        record["traceback"] = traceback.format_exc(limit=6)
    return record


async def replay_all(
    transport: Transport,
    rows: list[LabelledMessage],
    customers: dict[str, str | None],
    concurrency: int,
    on_done: Callable[[dict], None] = lambda record: None,
) -> list[dict]:
    """Replay rows at most `concurrency` at a time; records come back in file order."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(row: LabelledMessage) -> dict:
        async with gate:
            record = await replay_row(transport, row, customers.get(row.id))
        on_done(record)
        return record

    return list(await asyncio.gather(*(one(row) for row in rows)))


def new_run_tag() -> str:
    return uuid.uuid4().hex[:8]
