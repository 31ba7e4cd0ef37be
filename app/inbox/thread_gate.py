"""How the inbox writes into a customer's conversation without racing a run of the graph on it.

A staff reply is appended to the thread's checkpoint (graph.aupdate_state) while no run executes on the
thread: a run that started earlier would otherwise end by writing a checkpoint without the reply, and the
customer would never see it. Each server has its own way to hold a thread: `serve` takes the thread's
Postgres advisory lock (server/thread_gate.py), `langgraph dev` its in-memory run queue
(app/inbox/dev_gate.py). Both hand out a graph compiled with the deployment's checkpointer and store.
"""

from __future__ import annotations

import contextlib
from typing import Any, Protocol

from starlette.requests import Request

LOCK_WAIT_S = 30.0  # a turn takes well under a second; a thread busier than this answers 409


class ThreadGate(Protocol):
    async def graph(self, request: Request) -> Any:
        """The compiled support graph with the server's checkpointer and store."""
        ...

    def hold(self, request: Request, thread_id: str) -> contextlib.AbstractAsyncContextManager[None]:
        """Hold the thread (no run executes on it) for the body of the `async with`; raises
        ThreadBusy when it cannot be had within LOCK_WAIT_S."""
        ...


class ThreadBusy(Exception):
    """A run kept the thread longer than LOCK_WAIT_S."""
