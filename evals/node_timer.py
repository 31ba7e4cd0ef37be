"""Wall time per graph node, from LangGraph's callbacks: where a turn's time goes (evals/profile_turn.py)."""

from __future__ import annotations

import time
import uuid
from collections import defaultdict

from langchain_core.callbacks import AsyncCallbackHandler

NODES = ("classify", "confirm", "verify", "retrieve", "call_oms", "draft", "score", "answer", "escalate")


class NodeTimer(AsyncCallbackHandler):
    """Wall time of each graph node run, keyed by node name (only the node's own top-level run)."""

    def __init__(self) -> None:
        self.started: dict[uuid.UUID, tuple[str, float]] = {}
        self.seconds: dict[str, float] = defaultdict(float)

    async def on_chain_start(self, serialized, inputs, *, run_id, metadata=None, name=None, **kwargs) -> None:
        node = (metadata or {}).get("langgraph_node")
        if node in NODES and (name or "") == node:
            self.started[run_id] = (node, time.perf_counter())

    async def on_chain_end(self, outputs, *, run_id, **kwargs) -> None:
        if run_id in self.started:
            node, started = self.started.pop(run_id)
            self.seconds[node] += time.perf_counter() - started

    async def on_chain_error(self, error, *, run_id, **kwargs) -> None:
        await self.on_chain_end(None, run_id=run_id)
