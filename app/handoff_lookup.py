"""Does a thread have an open handoff? The one fact staff access depends on (app/auth.py).

Asked on every staff read, so it runs on a small pooled async connection (one pool per event loop),
never a fresh connection per request.
"""

from __future__ import annotations

import asyncio

from psycopg_pool import AsyncConnectionPool

from db.connection import database_url

_pools: dict[int, AsyncConnectionPool] = {}


async def _pool() -> AsyncConnectionPool:
    loop_id = id(asyncio.get_running_loop())
    pool = _pools.get(loop_id)
    if pool is not None:
        return pool
    # database_url() may start the embedded server on first use: keep that off the event loop.
    url = await asyncio.to_thread(database_url)
    pool = AsyncConnectionPool(url, min_size=1, max_size=4, open=False, kwargs={"autocommit": True},
                               check=AsyncConnectionPool.check_connection)
    await pool.open(wait=True)
    winner = _pools.setdefault(loop_id, pool)
    if winner is not pool:  # another request opened one meanwhile
        await pool.close()
    return winner


async def has_open_handoff(thread_id: str) -> bool:
    """True while the thread's handoff is open or claimed (not yet resolved)."""
    pool = await _pool()
    async with pool.connection() as conn:
        row = await (
            await conn.execute(
                "SELECT 1 FROM handoffs WHERE thread_id = %s AND status <> 'resolved' LIMIT 1", (str(thread_id),)
            )
        ).fetchone()
    return row is not None


async def close_pools() -> None:
    """Close this process's pools (tests and graceful shutdown)."""
    while _pools:
        _, pool = _pools.popitem()
        await pool.close()
