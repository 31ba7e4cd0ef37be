"""Postgres persistence for the graph: the checkpointer (per-thread state) and the store (per-customer
memory). langgraph.json points the LangGraph server at these factories; in-process users (CLI, evals,
bench, tests) use the same ones, so every path persists exactly the same way."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from langgraph.store.postgres.aio import AsyncPostgresStore
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from db.connection import database_url

POOL_SIZE = 10


@contextlib.asynccontextmanager
async def _pool() -> AsyncIterator[AsyncConnectionPool]:
    pool = AsyncConnectionPool(
        database_url(),
        min_size=1,
        max_size=POOL_SIZE,
        open=False,
        # The checkpointer and store need autocommit and dict rows; check() revives connections after
        # a database restart instead of failing the next turn.
        kwargs={"autocommit": True, "row_factory": dict_row, "prepare_threshold": None},
        check=AsyncConnectionPool.check_connection,
    )
    await pool.open(wait=True)
    try:
        yield pool
    finally:
        await pool.close()


@contextlib.asynccontextmanager
async def checkpointer() -> AsyncIterator[AsyncPostgresSaver]:
    """Async context manager yielding a ready AsyncPostgresSaver (tables created on first use)."""
    async with _pool() as pool:
        saver = AsyncPostgresSaver(pool)
        await saver.setup()
        yield saver


@contextlib.asynccontextmanager
async def store() -> AsyncIterator[AsyncPostgresStore]:
    """Async context manager yielding a ready AsyncPostgresStore for per-customer memory."""
    async with _pool() as pool:
        memory = AsyncPostgresStore(pool)
        await memory.setup()
        yield memory
