"""The escalation queue: handoff records in PostgreSQL that a human works from.

One open handoff per conversation; later customer messages in that thread are appended to it, so the
person picking it up sees everything and the customer never repeats themselves.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from db.connection import database_url
from db.pools import loop_pool
from tools.handoff.webhooks.delivery import configured_targets
from tools.handoff.webhooks.delivery import worker as delivery_worker
from tools.handoff.webhooks.outbox import enqueue_handoff


@contextlib.asynccontextmanager
async def _connection() -> AsyncIterator[psycopg.AsyncConnection]:
    """A pooled connection, inside one transaction (committed on success, rolled back on error)."""
    pool = await loop_pool(database_url(), "handoffs", max_size=4)
    async with pool.connection() as conn, conn.transaction():
        yield conn


@dataclass
class HandoffRequest:
    thread_id: str
    customer_id: str | None
    order_ids: list[str]
    intent: str | None
    reasons: list[str]
    summary: str
    tried: str
    suggested_resolution: str
    transcript: list[dict] = field(default_factory=list)
    priority: str = "normal"


async def open_handoff(request: HandoffRequest) -> int:
    """Create the thread's handoff, or return the open one (idempotent on thread_id). A new case's
    webhooks are queued in the same transaction and delivered in the background (tools/handoff/webhooks)."""
    targets = configured_targets()
    announced = 0
    async with _connection() as conn:
        row = await (
            await conn.execute(
                """INSERT INTO handoffs (thread_id, customer_id, order_ids, intent, reasons, summary, tried,
                                         suggested_resolution, transcript, priority)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                   ON CONFLICT (thread_id) WHERE status <> 'resolved' DO NOTHING
                   RETURNING id, created_at""",
                (
                    request.thread_id,
                    request.customer_id,
                    request.order_ids,
                    request.intent,
                    request.reasons,
                    request.summary,
                    request.tried,
                    request.suggested_resolution,
                    Jsonb(request.transcript),
                    request.priority,
                ),
            )
        ).fetchone()
        if row is not None:
            announced = await enqueue_handoff(conn, int(row[0]), row[1], request, targets)
        else:
            row = await (
                await conn.execute(
                    "SELECT id FROM handoffs WHERE thread_id = %s AND status <> 'resolved'", (request.thread_id,)
                )
            ).fetchone()
    if announced:
        delivery_worker().wake()
    return int(row[0])


async def append_message(handoff_id: int, role: str, text: str) -> None:
    async with _connection() as conn:
        await conn.execute(
            "INSERT INTO handoff_messages (handoff_id, role, text) VALUES (%s, %s, %s)", (handoff_id, role, text)
        )
        await conn.execute("UPDATE handoffs SET updated_at = now() WHERE id = %s", (handoff_id,))


async def raise_priority(handoff_id: int, priority: str, reason: str) -> None:
    """Make an open handoff urgent and add the reason (a safety message in a thread already with a person)."""
    async with await psycopg.AsyncConnection.connect(database_url()) as conn:
        await conn.execute(
            """UPDATE handoffs SET priority = %s, updated_at = now(),
                   reasons = CASE WHEN %s = ANY(reasons) THEN reasons ELSE array_append(reasons, %s) END
               WHERE id = %s""",
            (priority, reason, reason, handoff_id),
        )
        await conn.commit()


async def get_handoff(handoff_id: int) -> dict | None:
    async with _connection() as conn, conn.cursor(row_factory=dict_row) as cur:
        row = await (await cur.execute("SELECT * FROM handoffs WHERE id = %s", (handoff_id,))).fetchone()
        if row is None:
            return None
        messages = await (
            await cur.execute(
                "SELECT role, text, created_at FROM handoff_messages WHERE handoff_id = %s ORDER BY id", (handoff_id,)
            )
        ).fetchall()
        return {**row, "messages": messages}


async def list_queue(status: str = "open", limit: int = 50) -> list[dict]:
    async with _connection() as conn, conn.cursor(row_factory=dict_row) as cur:
        cursor = await cur.execute(
            """SELECT id, thread_id, customer_id, order_ids, intent, reasons, summary, priority, status, created_at
               FROM handoffs WHERE status = %s
               ORDER BY CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, created_at
               LIMIT %s""",
            (status, limit),
        )
        return await cursor.fetchall()
