"""Pooled async connections for the agent's own queries (knowledge search, handoff queue).

One pool per (event loop, database URL, purpose), opened on first use and reused by every later turn:
connecting costs a few milliseconds per call (more on a remote database), a pooled connection nothing.
The graph's checkpointer and store keep their own pool (graph/persistence.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import psycopg
from psycopg_pool import AsyncConnectionPool

from core.loop_local import LoopLocal

POOL_MAX = 8


async def _close(pool: AsyncConnectionPool) -> None:
    await pool.close()


_pools: LoopLocal[AsyncConnectionPool] = LoopLocal(_close)


async def loop_pool(
    url: str,
    purpose: str,
    configure: Callable[[psycopg.AsyncConnection], Awaitable[None]] | None = None,
    max_size: int = POOL_MAX,
) -> AsyncConnectionPool:
    """This loop's pool for `purpose` on `url` (autocommit connections, revived after a database restart)."""

    async def open_pool() -> AsyncConnectionPool:
        pool = AsyncConnectionPool(
            url, min_size=1, max_size=max_size, open=False, kwargs={"autocommit": True},
            configure=configure, check=AsyncConnectionPool.check_connection, name=f"agent-{purpose}",
        )
        await pool.open(wait=True)
        return pool

    return await _pools.aget((url, purpose), open_pool)
