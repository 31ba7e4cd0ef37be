"""One run at a time per thread across every worker and replica, and proof that a worker is alive.

Both are PostgreSQL session advisory locks held on a dedicated connection:
- the thread lock (class THREAD_LOCK) is held for the whole run, so a second run on the same thread, on
  any replica, either waits for it in creation order (`enqueue`) or is refused (`reject`);
- the worker lock (class WORKER_LOCK) is held for the worker's life; when a worker dies (even kill -9) its
  connection closes, the database frees the lock, and any run it left pending or running is adopted by a
  live worker (server/recovery.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import secrets

import psycopg
from psycopg_pool import AsyncConnectionPool

THREAD_LOCK = 7420
WORKER_LOCK = 7421
_TRY = """SELECT pg_try_advisory_lock(%(cls)s, hashtext(%(thread)s::text)) AS locked,
                 EXISTS (SELECT 1 FROM api_runs WHERE thread_id = %(thread)s::uuid
                         AND status IN ('pending', 'running')
                         AND created_at < %(created)s AND run_id <> %(run)s::uuid) AS earlier"""
_CLAIM = """UPDATE api_runs SET status = 'running', attempt = attempt + 1, updated_at = clock_timestamp()
            WHERE run_id = %s AND status = 'pending' AND worker_id = %s RETURNING run_id"""


# The fast path in one round trip: record the run and, when the thread is free and nothing is queued
# before it, take the thread's lock and mark the run running. Otherwise the run is recorded as pending.
_INSERT_AND_TRY = """
WITH lock AS (SELECT pg_try_advisory_lock(%(cls)s, hashtext(%(thread)s::text)) AS locked),
     queued AS (SELECT EXISTS (SELECT 1 FROM api_runs WHERE thread_id = %(thread)s::uuid
                               AND status IN ('pending', 'running')) AS earlier),
     touched AS (UPDATE api_threads SET updated_at = now() WHERE thread_id = %(thread)s::uuid)
INSERT INTO api_runs (run_id, thread_id, assistant_id, kwargs, auth_kind, auth_subject, metadata, worker_id,
                      status, attempt)
SELECT %(run)s::uuid, %(thread)s::uuid, %(assistant)s, %(kwargs)s, %(kind)s, %(subject)s, %(metadata)s,
       %(worker)s, CASE WHEN lock.locked AND NOT queued.earlier THEN 'running' ELSE 'pending' END,
       CASE WHEN lock.locked AND NOT queued.earlier THEN 1 ELSE 0 END
FROM lock, queued
RETURNING {columns}, (SELECT locked FROM lock) AS locked"""


class ThreadBusy(Exception):
    """Another run holds (or is queued before this one on) the thread, and the strategy is `reject`."""


class ThreadLocks:
    def __init__(self, pool: AsyncConnectionPool, worker_id: int):
        self.pool = pool
        self.worker_id = worker_id

    async def acquire(
        self, thread_id: str, run_id: str, created_at: dt.datetime, *, wait: bool
    ) -> psycopg.AsyncConnection | None:
        """The connection holding the thread's lock with the run claimed as running; None when the run was
        cancelled or adopted meanwhile. Raises ThreadBusy when `wait` is False and the thread is taken."""
        params = {"cls": THREAD_LOCK, "thread": thread_id, "created": created_at, "run": run_id}
        delay = 0.005
        while True:
            conn = await self.pool.getconn()
            try:
                cur = await conn.execute(_TRY, params)
                row = await cur.fetchone()
                if row["locked"] and not row["earlier"]:
                    cur = await conn.execute(_CLAIM, (run_id, self.worker_id))
                    if await cur.fetchone():
                        return conn
                    await self._unlock(conn, thread_id)
                    await self.pool.putconn(conn)
                    return None
                if row["locked"]:
                    await self._unlock(conn, thread_id)
            except BaseException:
                await self._discard(conn)
                raise
            await self.pool.putconn(conn)
            if not wait:
                raise ThreadBusy(thread_id)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.2)

    async def insert_and_try(self, params: dict) -> tuple[dict, psycopg.AsyncConnection | None]:
        """Record a new run; (row, lock connection) when it may start right away, (row, None) when it must
        queue (its row is then `pending`)."""
        from server.records import RUN_COLUMNS

        conn = await self.pool.getconn()
        try:
            cur = await conn.execute(_INSERT_AND_TRY.format(columns=RUN_COLUMNS), {"cls": THREAD_LOCK, **params})
            row = await cur.fetchone()
            if row["status"] == "running":
                return row, conn
            if row.pop("locked"):
                await self._unlock(conn, params["thread"])
        except BaseException:
            await self._discard(conn)
            raise
        await self.pool.putconn(conn)
        return row, None

    async def finish_and_release(
        self, conn: psycopg.AsyncConnection, thread_id: str, statement: str, params: tuple
    ) -> None:
        """Record the run's outcome, then free the thread, in one round trip (pipeline; both autocommit,
        in this order, so the next run never finds the thread free while this one still looks unfinished)."""
        try:
            async with conn.pipeline():
                await conn.execute(statement, params)
                await self._unlock(conn, thread_id)
        except psycopg.Error:
            await self._discard(conn)  # the lock dies with the connection
            raise
        await self.pool.putconn(conn)

    async def _unlock(self, conn: psycopg.AsyncConnection, thread_id: str) -> None:
        await conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s::text))", (THREAD_LOCK, thread_id))

    async def _discard(self, conn: psycopg.AsyncConnection) -> None:
        with contextlib.suppress(Exception):
            await conn.close()
        with contextlib.suppress(Exception):
            await self.pool.putconn(conn)


class WorkerLiveness:
    """Holds this worker's lock for its lifetime and tells whether another worker is still alive."""

    def __init__(self, url: str):
        self.url = url
        self.worker_id = secrets.randbelow(2**31 - 2) + 1
        self.conn: psycopg.AsyncConnection | None = None

    async def start(self) -> None:
        self.conn = await psycopg.AsyncConnection.connect(self.url, autocommit=True)
        await self.conn.execute("SELECT pg_advisory_lock(%s, %s)", (WORKER_LOCK, self.worker_id))

    async def stop(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                await self.conn.close()

    @staticmethod
    async def alive(conn: psycopg.AsyncConnection, worker_id: int) -> bool:
        cur = await conn.execute("SELECT pg_try_advisory_lock(%s, %s) AS free", (WORKER_LOCK, worker_id))
        if (await cur.fetchone())["free"]:
            await conn.execute("SELECT pg_advisory_unlock(%s, %s)", (WORKER_LOCK, worker_id))
            return False
        return True
