"""ThreadGate for `support-agent serve`: the thread's advisory lock (server/locks.py THREAD_LOCK), the one
every run holds for its whole execution on every worker and replica, taken here by the inbox to write
a staff reply or a resolution into the conversation between runs."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import psycopg
from starlette.requests import Request

from app.inbox.thread_gate import LOCK_WAIT_S, ThreadBusy
from server.locks import THREAD_LOCK


class ServeThreadGate:
    async def graph(self, request: Request) -> Any:
        return request.app.state.api.graph

    @contextlib.asynccontextmanager
    async def hold(self, request: Request, thread_id: str) -> AsyncIterator[None]:
        pool = request.app.state.api.lock_pool
        async with pool.connection() as conn:
            # pg_advisory_lock queues behind the run holding the thread; runs waiting with try-locks
            # queue behind us (PostgreSQL grants conflicting requests in order).
            await conn.execute(f"SET lock_timeout = '{int(LOCK_WAIT_S * 1000)}ms'")
            try:
                await conn.execute("SELECT pg_advisory_lock(%s, hashtext(%s::text))", (THREAD_LOCK, thread_id))
            except psycopg.errors.LockNotAvailable:
                raise ThreadBusy(thread_id) from None
            finally:
                await conn.execute("RESET lock_timeout")
            try:
                yield
            finally:
                await conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s::text))", (THREAD_LOCK, thread_id))
