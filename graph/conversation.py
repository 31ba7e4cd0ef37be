"""In-process conversations with the compiled graph and its Postgres persistence.

The CLI chat, the evals and the benchmark talk to the agent through this one facade; the HTTP API
(langgraph dev / `support-agent serve`) runs the very same graph with the same checkpointer and store.
In process the caller is trusted code, so the customer is injected exactly as the servers inject a
verified token's principal: configurable.langgraph_auth_user.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from langchain_core.messages import HumanMessage

from core.identity import Principal
from core.settings import Settings, get_settings
from graph.config import SupportContext
from graph.graph import build_graph
from graph.identity import configurable_for
from graph.persistence import DURABILITY, persistence


@dataclass
class TurnResult:
    reply: str
    intent: str | None
    confidence: float | None
    route: str
    reasons: list[str]
    handoff_id: int | None
    latency_s: float
    state: dict = field(repr=False, default_factory=dict)


class Conversations:
    def __init__(self, compiled, settings: Settings):
        self.graph = compiled
        self.settings = settings

    @classmethod
    @contextlib.asynccontextmanager
    async def open(cls, settings: Settings | None = None) -> AsyncIterator[Conversations]:
        settings = settings or get_settings()
        async with persistence() as (saver, memory):
            yield cls(build_graph(checkpointer=saver, store=memory), settings)

    @staticmethod
    def config(thread_id: str, customer_id: str | None = None) -> dict:
        """Run config for a thread, with the customer signed in the way the servers sign a caller in."""
        principal = Principal("customer", customer_id) if customer_id else None
        return {"configurable": {"thread_id": thread_id, **configurable_for(principal)}}

    async def send(
        self, thread_id: str, text: str, customer_id: str | None = None, **overrides
    ) -> TurnResult:
        """One customer message in; the agent's reply and how it got there out. `overrides`: context
        fields (`engine`, and for the LLM engine `model`, `temperature`); the engine defaults to these
        settings' engine."""
        started = time.perf_counter()
        state = await self.graph.ainvoke(
            {"messages": [HumanMessage(content=text)]},
            config=self.config(thread_id, customer_id),
            context=SupportContext(**{"engine": self.settings.engine, **overrides}),
            durability=DURABILITY,
        )
        latency = time.perf_counter() - started
        turn = state.get("turn") or {}
        last = state["messages"][-1]
        return TurnResult(
            reply=last.content if isinstance(last.content, str) else str(last.content),
            intent=turn.get("intent"),
            confidence=turn.get("confidence"),
            route=turn.get("route", "answer"),
            reasons=list(turn.get("reasons") or []),
            handoff_id=state.get("handoff_id") if turn.get("route") == "escalate" else None,
            latency_s=latency,
            state=state,
        )
