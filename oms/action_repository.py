"""Writes of the demo OMS: each order action in ONE transaction, the order row locked, keyed by the
caller's Idempotency-Key.

The sequence is what makes retries safe: lock the (customer-scoped) order FOR UPDATE, then look the
key up. Two requests with the same key serialise on the order lock, so the second one finds the
first's stored response and returns it (replayed=true) instead of acting again; the same key with a
different request is refused (409). Rules live in oms/rules.py; this module only reads, writes and
records.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from oms.rules import ActionRefused, LockedOrder
from oms.schemas import ActionResult

_LOCK_ORDER = """
    SELECT * FROM orders
    WHERE customer_id = %(customer_id)s AND id = ANY(%(ids)s::text[])
    ORDER BY array_position(%(ids)s::text[], id)
    LIMIT 1
    FOR UPDATE
"""

# The order's state after an action, appended to its history (what as-of replays read, evals/as_of.py).
_RECORD_HISTORY = """
    INSERT INTO order_history (order_id, at, status, item_statuses, shipping_address, source)
    SELECT o.id, now(), o.status,
           coalesce((SELECT jsonb_object_agg(i.line_no::text, i.status) FROM order_items i WHERE i.order_id = o.id),
                    '{}'::jsonb),
           o.shipping_address, %s
    FROM orders o WHERE o.id = %s
"""

Apply = Callable[[Any, LockedOrder], Awaitable[ActionResult]]


class OrderNotFoundForCustomer(Exception):
    """Same answer for a missing order and another customer's order."""


def request_hash(customer_id: str, order_id: str, action: str, body: dict[str, Any]) -> str:
    canonical = json.dumps([customer_id, order_id, action, body], sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


class OrderActionsRepository:
    """The only code that changes orders; one pooled connection and one transaction per action."""

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self._pool = pool

    async def perform(
        self, *, customer_id: str, candidate_ids: list[str], action: str, key: str, body: dict[str, Any], apply: Apply
    ) -> ActionResult:
        try:
            async with self._pool.connection() as conn, conn.transaction():
                cur = conn.cursor(row_factory=dict_row)
                await cur.execute(_LOCK_ORDER, {"customer_id": customer_id, "ids": candidate_ids})
                order = await cur.fetchone()
                if order is None:
                    raise OrderNotFoundForCustomer()
                digest = request_hash(customer_id, order["id"], action, body)
                stored = await self._stored(cur, key, customer_id, order["id"], action, digest)
                if stored is not None:
                    return stored
                result = await apply(cur, await self._load(cur, order))
                await cur.execute(
                    """INSERT INTO order_actions (idempotency_key, customer_id, order_id, action, request_hash, response)
                       VALUES (%s, %s, %s, %s, %s, %s)""",
                    (key, customer_id, order["id"], action, digest, Jsonb(result.model_dump(mode="json"))),
                )
                await cur.execute("UPDATE orders SET updated_at = now() WHERE id = %s", (order["id"],))
                await cur.execute(_RECORD_HISTORY, (action, order["id"]))
                return result
        except psycopg.errors.UniqueViolation as exc:
            # The same key was used concurrently on another order: never act twice under one key.
            raise ActionRefused("idempotency_key_reused", "This Idempotency-Key was used for another request.") from exc

    async def recorded_for(self, customer_id: str) -> list[dict[str, Any]]:
        """Every action recorded on the customer's orders, oldest first (what an auditor reads back)."""
        async with self._pool.connection() as conn:
            cur = conn.cursor(row_factory=dict_row)
            await cur.execute(
                """SELECT a.idempotency_key, a.customer_id, a.order_id, a.action, a.response, a.created_at
                   FROM order_actions a JOIN orders o ON o.id = a.order_id
                   WHERE o.customer_id = %s ORDER BY a.created_at, a.idempotency_key""",
                (customer_id,),
            )
            return await cur.fetchall()

    @staticmethod
    async def _stored(cur: Any, key: str, customer_id: str, order_id: str, action: str, digest: str) -> ActionResult | None:
        await cur.execute("SELECT * FROM order_actions WHERE idempotency_key = %s", (key,))
        row = await cur.fetchone()
        if row is None:
            return None
        same = (row["customer_id"], row["order_id"], row["action"], row["request_hash"]) == (
            customer_id, order_id, action, digest
        )
        if not same:
            raise ActionRefused("idempotency_key_reused", "This Idempotency-Key was used for another request.")
        return ActionResult.model_validate({**row["response"], "replayed": True})

    @staticmethod
    async def _load(cur: Any, order: dict[str, Any]) -> LockedOrder:
        await cur.execute("SELECT * FROM order_items WHERE order_id = %s ORDER BY line_no", (order["id"],))
        items = await cur.fetchall()
        await cur.execute("SELECT * FROM payments WHERE order_id = %s ORDER BY created_at, id", (order["id"],))
        payments = await cur.fetchall()
        await cur.execute("SELECT * FROM shipments WHERE order_id = %s ORDER BY shipped_at NULLS LAST, id", (order["id"],))
        shipments = await cur.fetchall()
        await cur.execute("SELECT region FROM customers WHERE id = %s", (order["customer_id"],))
        region = (await cur.fetchone() or {}).get("region")
        await cur.execute(
            "SELECT id, coalesce((attributes->>'final_sale')::boolean, false) AS final_sale FROM products WHERE id = ANY(%s)",
            ([i["product_id"] for i in items],),
        )
        final_sale = {row["id"]: row["final_sale"] for row in await cur.fetchall()}
        return LockedOrder(order=order, items=items, payments=payments, shipments=shipments, region=region,
                           final_sale=final_sale)


async def insert_refunds(cur: Any, order_id: str, key: str, parts: list[tuple[dict, Decimal]]) -> list[dict]:
    """One refund payment per original payment method; reference = the idempotency key (unique)."""
    created = []
    now = datetime.now(UTC)
    for index, (payment, amount) in enumerate(parts):
        payment_id = f"RF-{hashlib.sha256(f'{key}:{index}'.encode()).hexdigest()[:16].upper()}"
        reference = key if index == 0 else f"{key}:{index}"
        await cur.execute(
            """INSERT INTO payments (id, order_id, kind, method, amount, status, created_at, reference)
               VALUES (%s, %s, 'refund', %s, %s, 'succeeded', %s, %s)""",
            (payment_id, order_id, payment["method"], amount, now, reference),
        )
        created.append({"payment_id": payment_id, "method": payment["method"], "amount": amount})
    return created
