"""Who each replayed row speaks as: its own demo customer, with a clean per-customer memory.

Per-customer memory (frustration count, earlier escalations, language) lives in LangGraph's store and
outlives a thread, so two rows sharing a customer would leak into each other. Each row therefore gets a
different customer, picked deterministically among those with a recent order (an order question then
has something to find), and their store entries are deleted before the run.
"""

from __future__ import annotations

import psycopg

RECENT_DAYS = 60
MEMORY_NAMESPACE = "customers"  # graph/memory.py: namespace ("customers", customer_id)


class NotEnoughCustomers(RuntimeError):
    """The demo store has fewer customers with recent orders than rows to replay."""


def customers_with_recent_orders(conn: psycopg.Connection, days: int = RECENT_DAYS) -> list[str]:
    """Customer ids, sorted, with an order placed within `days` of the store's newest order."""
    rows = conn.execute(
        """
        SELECT DISTINCT customer_id FROM orders
        WHERE placed_at >= (SELECT max(placed_at) FROM orders) - make_interval(days => %s)
        ORDER BY customer_id
        """,
        (days,),
    ).fetchall()
    return [row[0] for row in rows]


def assign_customers(row_ids: list[str], customers: list[str]) -> dict[str, str]:
    """Row i (in file order) speaks as the i-th customer: deterministic and never shared."""
    if len(customers) < len(row_ids):
        raise NotEnoughCustomers(
            f"{len(row_ids)} rows need as many demo customers with recent orders; the store has "
            f"{len(customers)}. Seed the demo store (`support-agent run` or `db seed`) or replay fewer rows."
        )
    return dict(zip(row_ids, customers, strict=False))


def memory_prefix(customer_id: str) -> str:
    """The store table's `prefix` column for a namespace tuple is its parts joined by dots."""
    return f"{MEMORY_NAMESPACE}.{customer_id}"


def clear_memory(conn: psycopg.Connection, customer_ids: list[str]) -> int:
    """Delete these customers' per-customer memory from the store table (their profile and every
    namespace under it, e.g. the conversation log the frustration rule reads); returns rows deleted."""
    exists = conn.execute("SELECT to_regclass('store') IS NOT NULL").fetchone()[0]
    if not exists or not customer_ids:
        return 0
    prefixes = [memory_prefix(c) for c in customer_ids]
    deleted = conn.execute(
        "DELETE FROM store WHERE prefix = ANY(%s) OR split_part(prefix, '.', 1) || '.' || split_part(prefix, '.', 2)"
        " = ANY(%s)",
        (prefixes, prefixes),
    ).rowcount
    conn.commit()
    return deleted
