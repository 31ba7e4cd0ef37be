"""The server's bookkeeping in PostgreSQL (db/migrations/0005_runs.sql): thread owners and runs.

Shared by every worker and replica; conversation state stays in LangGraph's checkpointer tables.
"""

from __future__ import annotations

import uuid
from typing import Any

from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

UNFINISHED = ("pending", "running")
CANCEL_CHANNEL = "support_run_cancel"
RUN_COLUMNS = (
    "run_id, thread_id, assistant_id, status, metadata, created_at, updated_at, kwargs, worker_id, attempt, "
    "auth_kind, auth_subject, error"
)


FINISH = """UPDATE api_runs SET status = %s, error = %s, updated_at = clock_timestamp()
            WHERE run_id = %s AND status = ANY(%s)"""
HAND_BACK = """UPDATE api_runs SET status = 'pending', worker_id = NULL, updated_at = clock_timestamp()
               WHERE run_id = ANY(%s) AND status = ANY(%s)"""


def finish_params(run_id: str, status: str, error: dict | None) -> tuple:
    return (status, Jsonb(error) if error else None, run_id, list(UNFINISHED))


def run_view(row: dict[str, Any]) -> dict[str, Any]:
    """A run as the LangGraph API shows it (no kwargs, no identity, no worker internals)."""
    return {
        "run_id": str(row["run_id"]),
        "thread_id": str(row["thread_id"]),
        "assistant_id": row["assistant_id"],
        "status": row["status"],
        "metadata": row["metadata"],
        "multitask_strategy": row["kwargs"].get("multitask_strategy", "enqueue"),
        "created_at": row["created_at"].isoformat(),
        "updated_at": row["updated_at"].isoformat(),
        "kwargs": {"stream_mode": row["kwargs"].get("stream_mode", ["values"])},
    }


class Records:
    def __init__(self, pool: AsyncConnectionPool):
        self.pool = pool

    # --- threads -------------------------------------------------------------------------------
    async def thread(self, thread_id: str) -> dict[str, Any] | None:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT thread_id, metadata, created_at, updated_at FROM api_threads WHERE thread_id = %s",
                (thread_id,),
            )
            return await cur.fetchone()

    async def create_thread(self, thread_id: str, metadata: dict[str, Any]) -> dict[str, Any] | None:
        """The new thread, or None when the id is taken."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                """INSERT INTO api_threads (thread_id, metadata) VALUES (%s, %s) ON CONFLICT DO NOTHING
                   RETURNING thread_id, metadata, created_at, updated_at""",
                (thread_id, Jsonb(metadata)),
            )
            return await cur.fetchone()

    async def search_threads(
        self, owner: str, metadata: dict[str, Any], limit: int, offset: int
    ) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                """SELECT thread_id, metadata, created_at, updated_at FROM api_threads
                   WHERE metadata ->> 'owner' = %s AND metadata @> %s
                   ORDER BY updated_at DESC LIMIT %s OFFSET %s""",
                (owner, Jsonb(metadata), limit, offset),
            )
            return await cur.fetchall()

    async def delete_thread(self, thread_id: str) -> None:
        async with self.pool.connection() as conn:
            await conn.execute("DELETE FROM api_threads WHERE thread_id = %s", (thread_id,))

    async def busy(self, thread_ids: list[str]) -> set[str]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT DISTINCT thread_id FROM api_runs WHERE thread_id = ANY(%s) AND status = ANY(%s)",
                (thread_ids, list(UNFINISHED)),
            )
            return {str(r["thread_id"]) for r in await cur.fetchall()}

    async def open_handoff(self, thread_id: str) -> bool:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                "SELECT 1 FROM handoffs WHERE thread_id = %s AND status <> 'resolved' LIMIT 1", (thread_id,)
            )
            return await cur.fetchone() is not None

    # --- runs ----------------------------------------------------------------------------------
    async def run(self, thread_id: str, run_id: str) -> dict[str, Any] | None:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT {RUN_COLUMNS} FROM api_runs WHERE run_id = %s AND thread_id = %s", (run_id, thread_id)
            )
            return await cur.fetchone()

    async def runs(self, thread_id: str, limit: int, offset: int, status: str | None) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"""SELECT {RUN_COLUMNS} FROM api_runs WHERE thread_id = %s AND (%s::text IS NULL OR status = %s)
                    ORDER BY created_at DESC LIMIT %s OFFSET %s""",
                (thread_id, status, status, limit, offset),
            )
            return await cur.fetchall()

    async def finish_run(self, run_id: str, status: str, error: dict | None = None) -> None:
        async with self.pool.connection() as conn:
            await conn.execute(FINISH, finish_params(run_id, status, error))

    async def cancel_pending(self, run_id: str) -> bool:
        """A run still waiting for its thread is simply dropped (no graph step ran)."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                """UPDATE api_runs SET status = 'interrupted', updated_at = clock_timestamp()
                   WHERE run_id = %s AND status = 'pending' RETURNING run_id""",
                (run_id,),
            )
            return await cur.fetchone() is not None

    async def notify_cancel(self, run_id: str) -> None:
        """Ask whichever worker executes the run to cancel it (each worker LISTENs on this channel)."""
        async with self.pool.connection() as conn:
            await conn.execute("SELECT pg_notify(%s, %s)", (CANCEL_CHANNEL, run_id))

    async def hand_back(self, run_ids: list[str]) -> None:
        """Shutdown: runs this worker will not finish go back to pending with no worker, for another one."""
        if not run_ids:
            return
        async with self.pool.connection() as conn:
            await conn.execute(HAND_BACK, (run_ids, list(UNFINISHED)))

    async def unfinished_elsewhere(self, worker_id: int) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"""SELECT {RUN_COLUMNS} FROM api_runs WHERE status = ANY(%s)
                    AND worker_id IS DISTINCT FROM %s ORDER BY created_at LIMIT 200""",
                (list(UNFINISHED), worker_id),
            )
            return await cur.fetchall()

    async def adopt(self, run_id: str, previous_worker: int | None, worker_id: int) -> dict[str, Any] | None:
        """Take over an abandoned run; only one worker wins."""
        async with self.pool.connection() as conn:
            cur = await conn.execute(
                f"""UPDATE api_runs SET worker_id = %s, status = 'pending', updated_at = clock_timestamp()
                    WHERE run_id = %s AND worker_id IS NOT DISTINCT FROM %s AND status = ANY(%s)
                    RETURNING {RUN_COLUMNS}""",
                (worker_id, run_id, previous_worker, list(UNFINISHED)),
            )
            return await cur.fetchone()


def new_run_id() -> str:
    return str(uuid.uuid4())
