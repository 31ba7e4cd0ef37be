"""ThreadGate for `langgraph dev` (langgraph-runtime-inmem): hold its run queue's lock while no run of the
thread is executing, so no run starts on the thread until the write is done.

The in-memory runtime picks the next run under `RUN_LOCK` and never starts one on a thread with a run
in progress; holding that lock for the few milliseconds of a checkpoint write pauses run pick-up only.
The graph is compiled here with the same Postgres checkpointer and store langgraph.json gives the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request

from app.inbox.thread_gate import LOCK_WAIT_S, ThreadBusy
from core.loop_local import LoopLocal


async def _no_close(graph: Any) -> None:
    """The graph's pool belongs to graph.persistence's loop resources, closed with them."""


_graphs: LoopLocal[Any] = LoopLocal(_no_close)


async def _build_graph() -> Any:
    from graph.graph import build_graph
    from graph.persistence import loop_persistence

    saver, store = await loop_persistence()
    return build_graph(checkpointer=saver, store=store)


def _running_on(thread_id: str) -> bool:
    from langgraph_runtime_inmem.database import InMemConnectionProto

    runs = InMemConnectionProto().store["runs"]
    return any(str(run["thread_id"]) == thread_id and run["status"] == "running" for run in runs)


class DevThreadGate:
    async def graph(self, request: Request) -> Any:
        return await _graphs.aget("support", _build_graph)

    @contextlib.asynccontextmanager
    async def hold(self, request: Request, thread_id: str) -> AsyncIterator[None]:
        from langgraph_runtime_inmem.ops import RUN_LOCK

        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            await RUN_LOCK.acquire()
            if not _running_on(thread_id):
                break
            RUN_LOCK.release()
            if time.monotonic() > deadline:
                raise ThreadBusy(thread_id)
            await asyncio.sleep(0.05)
        try:
            yield
        finally:
            RUN_LOCK.release()
