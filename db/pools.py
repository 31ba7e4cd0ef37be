"""Pooled async connections for the agent's own queries (knowledge search, handoff queue).

One pool per (event loop, database URL, purpose), opened on first use and reused by every later turn:
connecting costs a few milliseconds per call (more on a remote database), a pooled connection nothing.
The graph's checkpointer and store keep their own pool (graph/persistence.py).
"""

from __future__ import annotations

import select
from collections.abc import Awaitable, Callable

import psycopg
from psycopg_pool import AsyncConnectionPool

from core.loop_local import LoopLocal

POOL_MAX = 8


async def check_without_round_trip(conn: psycopg.AsyncConnection) -> None:
    """Pool `check` callback: is this idle connection still alive? Raises when it is not.

    psycopg_pool's check_connection sends an empty query on every checkout: a round trip each time the
    checkpointer or a node borrows a connection (about fifteen per turn). An idle connection's socket
    only becomes readable when the server sent something unasked, which is almost always that it is
    going away (restart, terminated backend, idle timeout); only then is the real check needed.
    """
    if conn.closed or conn.broken:
        raise psycopg.OperationalError("the connection is closed")
    try:
        readable, _, _ = select.select([conn.fileno()], [], [], 0)
    except (OSError, ValueError) as exc:
        raise psycopg.OperationalError(f"the connection's socket is unusable: {exc}") from exc
    if readable:
        await AsyncConnectionPool.check_connection(conn)


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
            configure=configure, check=check_without_round_trip, name=f"agent-{purpose}",
        )
        await pool.open(wait=True)
        return pool

    return await _pools.aget((url, purpose), open_pool)
