"""Postgres persistence for the graph: the checkpointer (per-thread state) and the store (per-customer
memory). langgraph.json points the LangGraph server at these factories; in-process users (CLI, evals,
bench, tests) use the same ones, so every path persists exactly the same way."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.store.postgres.aio import AsyncPostgresStore
from psycopg.rows import dict_row, tuple_row
from psycopg_pool import AsyncConnectionPool

from core.loop_local import LoopLocal, close_loop_resources
from db.connection import database_url
from db.pools import check_without_round_trip

POOL_SIZE = 10

# Checkpoint durability of a turn (the `durability` argument of ainvoke/astream and of server runs).
# Measured with `python -m evals.profile_turn --durability sync --durability async --durability exit`
# (118 held-out turns, sequential, shared 2-core machine at load ~12): CPU per turn 46 / 33 / 23 ms,
# p50 183 / 173 / 118 ms. "exit" writes the turn's checkpoint once, when the run ends (before the reply
# is returned), instead of after each of the ~6 steps. Crash safety: a process killed mid-turn leaves the
# thread exactly as after the previous turn (nothing half-written); the customer's message was not
# answered, and re-running the run answers it once (a replayed message id that was answered is a no-op,
# opening a handoff is idempotent per thread). What is given up is resuming a half-done turn from its
# last step, which for a turn of a few tens of milliseconds with no slow or paid calls is worth nothing.
DURABILITY = "exit"


async def _open_pool(max_size: int = POOL_SIZE) -> AsyncConnectionPool:
    pool = AsyncConnectionPool(
        database_url(),
        min_size=1,
        max_size=max_size,
        open=False,
        # The checkpointer and store need autocommit and dict rows; the check revives connections after
        # a database restart instead of failing the next turn, without a round trip per checkout.
        kwargs={"autocommit": True, "row_factory": dict_row, "prepare_threshold": None},
        check=check_without_round_trip,
    )
    await pool.open(wait=True)
    return pool


@contextlib.asynccontextmanager
async def _pool(max_size: int = POOL_SIZE) -> AsyncIterator[AsyncConnectionPool]:
    pool = await _open_pool(max_size)
    try:
        yield pool
    finally:
        await pool.close()


SETUP_LOCK = 74202  # beside db/migrate.py's 74201


async def _set_up_alone(pool: AsyncConnectionPool, setup: Callable[[], Awaitable[None]]) -> None:
    """Run the library's table setup while no other process runs it: two `serve` workers starting on a
    fresh database both create the checkpoint indexes (CREATE INDEX CONCURRENTLY) and deadlock. The lock
    is polled, never waited for: CREATE INDEX CONCURRENTLY waits for every open transaction, a blocked
    pg_advisory_lock call included."""
    async with pool.connection() as conn, conn.cursor(row_factory=tuple_row) as cur:
        while not (await (await cur.execute("SELECT pg_try_advisory_lock(%s)", (SETUP_LOCK,))).fetchone())[0]:
            await asyncio.sleep(0.1)
        try:
            await setup()
        finally:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (SETUP_LOCK,))


async def saver_on(pool: AsyncConnectionPool) -> AsyncPostgresSaver:
    saver = AsyncPostgresSaver(pool)
    await _set_up_alone(pool, saver.setup)
    return saver


async def store_on(pool: AsyncConnectionPool) -> AsyncPostgresStore:
    memory = AsyncPostgresStore(pool)
    await _set_up_alone(pool, memory.setup)
    return memory


@dataclass(frozen=True)
class _LoopPersistence:
    pool: AsyncConnectionPool
    saver: AsyncPostgresSaver
    store: AsyncPostgresStore


async def _close_loop_persistence(item: _LoopPersistence) -> None:
    await item.pool.close()


_loop_persistence: LoopLocal[_LoopPersistence] = LoopLocal(_close_loop_persistence)


async def loop_persistence() -> tuple[AsyncPostgresSaver, AsyncPostgresStore]:
    """This event loop's checkpointer and store on one long-lived pool: for code that writes a thread
    outside a run in a server whose own persistence it cannot reach (langgraph dev's custom routes)."""

    async def build() -> _LoopPersistence:
        pool = await _open_pool(max_size=4)
        return _LoopPersistence(pool, await saver_on(pool), await store_on(pool))

    item = await _loop_persistence.aget("persistence", build)
    return item.saver, item.store


@contextlib.asynccontextmanager
async def checkpointer() -> AsyncIterator[AsyncPostgresSaver]:
    """Async context manager yielding a ready AsyncPostgresSaver (tables created on first use)."""
    try:
        async with _pool() as pool:
            yield await saver_on(pool)
    finally:
        await close_loop_resources()


@contextlib.asynccontextmanager
async def store() -> AsyncIterator[AsyncPostgresStore]:
    """Async context manager yielding a ready AsyncPostgresStore for per-customer memory."""
    try:
        async with _pool() as pool:
            yield await store_on(pool)
    finally:
        await close_loop_resources()


@contextlib.asynccontextmanager
async def persistence() -> AsyncIterator[tuple[AsyncPostgresSaver, AsyncPostgresStore]]:
    """Checkpointer and store on one pool, for in-process use (the server loads them separately)."""
    try:
        async with _pool(max_size=2 * POOL_SIZE) as pool:
            yield await saver_on(pool), await store_on(pool)
    finally:
        # The OMS client and the knowledge/handoff pools the turns of this loop opened (core.loop_local).
        await close_loop_resources()
