"""The webhook outbox (table webhook_deliveries, migration 0009): one row per (event, endpoint).

Rows are written in the transaction that opens the handoff, so a case is announced if and only if it
exists. A worker takes one due row at a time with FOR UPDATE SKIP LOCKED and keeps the lock while it
sends: two workers (or replicas) never send the same delivery at once, and a delivery marked delivered
is never picked again, across restarts too. The only repeat left is a crash between the endpoint's 2xx
and our commit; receivers drop it by the event id (X-Support-Event-Id), which every attempt repeats.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from tools.handoff.webhooks.payloads import case_record, payload
from tools.handoff.webhooks.targets import Target

EVENT = "handoff.created"


def without_credentials(url: str) -> str:
    """The URL as stored and logged: credentials (Zendesk's basic auth in the URL) stay in settings."""
    parts = urlsplit(url)
    if not (parts.username or parts.password):
        return url
    host = parts.hostname + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


@dataclass(frozen=True)
class Delivery:
    id: int
    event_id: str
    event: str
    url: str
    format: str
    payload: dict[str, Any]
    attempts: int


async def _customer(conn: psycopg.AsyncConnection, customer_id: str | None) -> dict[str, Any] | None:
    if not customer_id:
        return None
    cur = await conn.execute("SELECT first_name, last_name, email FROM customers WHERE id = %s", (customer_id,))
    row = await cur.fetchone()
    return {"name": f"{row[0]} {row[1]}".strip(), "email": row[2]} if row else None


async def enqueue_handoff(conn: psycopg.AsyncConnection, handoff_id: int, created_at: datetime, request: Any,
                          targets: list[Target]) -> int:
    """Add the new case's deliveries inside the caller's transaction; how many were added."""
    if not targets:
        return 0
    event_id = str(uuid.uuid4())
    case = case_record(handoff_id, created_at, request, await _customer(conn, request.customer_id))
    async with conn.cursor() as cur:
        await cur.executemany(
            """INSERT INTO webhook_deliveries (event_id, event, handoff_id, url, format, payload)
               VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (event_id, url) DO NOTHING""",
            [(event_id, EVENT, handoff_id, without_credentials(t.url), t.format, Jsonb(payload(t.format, event_id, case)))
             for t in targets],
        )
    return len(targets)


async def take_due(conn: psycopg.AsyncConnection) -> Delivery | None:
    """Lock the oldest due delivery for this transaction (None when nothing is due or all are taken)."""
    async with conn.cursor(row_factory=dict_row) as cur:
        await cur.execute(
            """SELECT id, event_id::text, event, url, format, payload, attempts FROM webhook_deliveries
               WHERE status = 'pending' AND next_attempt_at <= now()
               ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED"""
        )
        row = await cur.fetchone()
    return Delivery(**row) if row else None


async def record_attempt(conn: psycopg.AsyncConnection, delivery: Delivery, *, status_code: int | None,
                         error: str | None, duration_ms: int, delivered: bool, retry_in_s: float | None) -> None:
    """Log the attempt; the delivery is delivered, retried after `retry_in_s`, or failed (None)."""
    await conn.execute(
        "INSERT INTO webhook_attempts (delivery_id, status_code, error, duration_ms) VALUES (%s, %s, %s, %s)",
        (delivery.id, status_code, error, duration_ms),
    )
    status = "delivered" if delivered else ("pending" if retry_in_s is not None else "failed")
    await conn.execute(
        """UPDATE webhook_deliveries SET attempts = attempts + 1, status = %s, last_status_code = %s,
                  last_error = %s, delivered_at = CASE WHEN %s THEN now() END,
                  next_attempt_at = now() + make_interval(secs => %s)
           WHERE id = %s""",
        (status, status_code, error, delivered, retry_in_s or 0, delivery.id),
    )


async def seconds_until_due(conn: psycopg.AsyncConnection) -> float | None:
    """How long until the next pending delivery nobody is sending now is due (0 if one is); None when there
    is none (a delivery another worker is sending is that worker's)."""
    cur = await conn.execute(
        """SELECT greatest(0, extract(epoch FROM next_attempt_at - now())) FROM webhook_deliveries
           WHERE status = 'pending' ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED"""
    )
    row = await cur.fetchone()
    return float(row[0]) if row else None
