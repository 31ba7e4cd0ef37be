"""Pooled connections: a connection the server dropped is replaced, without a round trip per checkout."""

from __future__ import annotations

import psycopg
import pytest
from psycopg_pool import AsyncConnectionPool

from core.loop_local import close_loop_resources
from db.pools import check_without_round_trip, loop_pool

pytestmark = pytest.mark.integration


async def test_a_terminated_connection_is_replaced_on_checkout(db_url: str) -> None:
    async with AsyncConnectionPool(
        db_url, min_size=1, max_size=1, kwargs={"autocommit": True}, check=check_without_round_trip
    ) as pool:
        async with pool.connection() as conn:
            pid = (await (await conn.execute("SELECT pg_backend_pid()")).fetchone())[0]
        with psycopg.connect(db_url, autocommit=True) as admin:
            # pg_terminate_backend(pid, timeout) returns once the backend has exited (a restart's effect).
            assert admin.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,)).fetchone()[0]
        async with pool.connection() as conn:
            assert (await (await conn.execute("SELECT pg_backend_pid()")).fetchone())[0] != pid


async def test_a_live_idle_connection_passes_without_a_query(db_url: str) -> None:
    async with await psycopg.AsyncConnection.connect(db_url, autocommit=True) as conn:
        await check_without_round_trip(conn)  # nothing pending on the socket: no query sent
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
        await conn.close()
        with pytest.raises(psycopg.OperationalError):
            await check_without_round_trip(conn)


async def test_one_pool_per_purpose_in_a_loop(db_url: str) -> None:
    knowledge = await loop_pool(db_url, "knowledge")
    assert await loop_pool(db_url, "knowledge") is knowledge
    assert await loop_pool(db_url, "handoffs") is not knowledge
    await close_loop_resources()
    assert knowledge.closed
