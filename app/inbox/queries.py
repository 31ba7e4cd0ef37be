"""The inbox's SQL over the handoff queue (tables handoffs, handoff_messages; migrations 0004, 0008).

Every state change is one guarded UPDATE, so two staff members acting at once cannot both win: a claim
succeeds only on an open case (or one the caller already holds), a resolve only on an unresolved case
nobody else holds.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import psycopg
from psycopg.rows import dict_row

from db.connection import database_url
from db.pools import loop_pool

STATUSES = {"open": ["open"], "claimed": ["claimed"], "resolved": ["resolved"], "active": ["open", "claimed"]}
OUTCOMES = ("resolved", "refunded", "replaced", "no_action", "other")

# Most urgent first: a safety reason makes a case urgent whatever priority it was opened with.
_URGENCY = """CASE WHEN h.priority = 'urgent' OR 'safety' = ANY(h.reasons) THEN 0 WHEN h.priority = 'high' THEN 1
                   WHEN h.priority = 'normal' THEN 2 ELSE 3 END"""
# Customer messages since the last staff reply: what nobody on the team has answered yet.
_UNREAD = """(SELECT count(*) FROM handoff_messages m WHERE m.handoff_id = h.id AND m.role = 'customer'
              AND m.id > coalesce((SELECT max(x.id) FROM handoff_messages x
                                   WHERE x.handoff_id = h.id AND x.role = 'human'), 0))::int"""
_CASE = f"""SELECT h.*, CASE WHEN 'safety' = ANY(h.reasons) THEN 'urgent' ELSE h.priority END AS effective_priority,
                   nullif(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), '') AS customer_name,
                   c.email AS customer_email, {_UNREAD} AS unread
            FROM handoffs h LEFT JOIN customers c ON c.id = h.customer_id"""


@contextlib.asynccontextmanager
async def _cursor() -> AsyncIterator[psycopg.AsyncCursor]:
    """A pooled connection in one transaction, dict rows."""
    pool = await loop_pool(database_url(), "inbox", max_size=4)
    async with pool.connection() as conn, conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
        yield cur


async def list_cases(status: str, limit: int) -> list[dict[str, Any]]:
    async with _cursor() as cur:
        await cur.execute(
            f"{_CASE} WHERE h.status = ANY(%s) ORDER BY {_URGENCY}, h.created_at DESC, h.id DESC LIMIT %s",
            (STATUSES[status], limit),
        )
        return await cur.fetchall()


async def get_case(handoff_id: int) -> dict[str, Any] | None:
    async with _cursor() as cur:
        await cur.execute(f"{_CASE} WHERE h.id = %s", (handoff_id,))
        return await cur.fetchone()


async def case_messages(handoff_id: int) -> list[dict[str, Any]]:
    """Messages recorded on the case after it was opened (customer follow-ups, staff replies)."""
    async with _cursor() as cur:
        await cur.execute(
            "SELECT id, role, text, created_at FROM handoff_messages WHERE handoff_id = %s ORDER BY id", (handoff_id,)
        )
        return await cur.fetchall()


async def earlier_cases(customer_id: str | None, handoff_id: int, limit: int = 20) -> list[dict[str, Any]]:
    """The same customer's other cases, newest first (none for a visitor: nothing ties them together)."""
    if not customer_id:
        return []
    async with _cursor() as cur:
        await cur.execute(
            """SELECT id, created_at, reasons, summary, status, outcome, resolution, intent FROM handoffs
               WHERE customer_id = %s AND id <> %s ORDER BY created_at DESC, id DESC LIMIT %s""",
            (customer_id, handoff_id, limit),
        )
        return await cur.fetchall()


async def claim(handoff_id: int, staff: str) -> bool:
    """Take the case; False when it is resolved or someone else holds it (or it does not exist)."""
    async with _cursor() as cur:
        await cur.execute(
            """UPDATE handoffs SET status = 'claimed', assignee = %(staff)s, updated_at = now(),
                      claimed_at = CASE WHEN assignee = %(staff)s THEN claimed_at ELSE now() END
               WHERE id = %(id)s AND (status = 'open' OR (status = 'claimed' AND assignee = %(staff)s))
               RETURNING id""",
            {"id": handoff_id, "staff": staff},
        )
        return await cur.fetchone() is not None


async def add_staff_message(handoff_id: int, text: str) -> None:
    async with _cursor() as cur:
        await cur.execute("INSERT INTO handoff_messages (handoff_id, role, text) VALUES (%s, 'human', %s)",
                          (handoff_id, text))
        await cur.execute("UPDATE handoffs SET updated_at = now() WHERE id = %s", (handoff_id,))


async def mark_resolved(handoff_id: int, staff: str, outcome: str, resolution: str) -> dict[str, Any] | None:
    """The resolved case, or None when it was resolved meanwhile or someone else holds it."""
    async with _cursor() as cur:
        await cur.execute(
            """UPDATE handoffs SET status = 'resolved', outcome = %(outcome)s, resolution = %(resolution)s,
                      resolved_by = %(staff)s, resolved_at = now(), updated_at = now(),
                      assignee = coalesce(assignee, %(staff)s)
               WHERE id = %(id)s AND status <> 'resolved' AND (assignee IS NULL OR assignee = %(staff)s)
               RETURNING id""",
            {"id": handoff_id, "staff": staff, "outcome": outcome, "resolution": resolution},
        )
        if await cur.fetchone() is None:
            return None
    return await get_case(handoff_id)
