"""A private copy of the order tables for one eval run, served by its own demo OMS over HTTP.

Why a scratch schema and a private OMS: a replayed ticket may cancel, refund or return (the replayed
customer confirms what the agent proposes), and a ticket must see its orders as they were on its date
(evals/as_of.py). Neither may touch the store the service uses. So the run creates a schema
`eval_replay_<id>` with empty copies of the order tables (orders, lines, payments, shipments, actions,
history), and before each ticket writes that customer's orders into it, as of the ticket's date or as they
are now. The run's OMS is the same app (oms.app) on a free port whose connections put the scratch schema
first on their search_path, so customers, products and variants come from the live tables (read only) and
every order read or write lands in the copy. The schema is dropped when the run ends. A schema rather
than a database: CREATE DATABASE ... TEMPLATE needs the live database idle (the service keeps it busy) and
would copy the knowledge index and checkpoints too; six empty tables cost milliseconds. Restoring a customer
per ticket rather than the whole store as of one date: every ticket has its own date.

Two tickets of one customer must not overlap (each rewrites that customer's orders): the target holds a
per-customer lock around restore, replay and audit (evals/target.py).
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from core.settings import Settings, get_settings
from evals.action_audit import audit
from evals.as_of import OrderRows, order_as_of
from evals.services import serving_in_thread

# Child tables first when deleting; parents first when inserting.
ORDER_TABLES = ("orders", "order_items", "payments", "shipments", "order_history", "order_actions")
_JSONB = {"shipping_address", "options", "events", "item_statuses", "response"}


@contextlib.contextmanager
def scratch_schema(database_url: str) -> Iterator[str]:
    """Create eval_replay_<id> with empty copies of the order tables; drop it afterwards."""
    name = f"eval_replay_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
        for table in ORDER_TABLES:  # LIKE copies columns, defaults, checks and indexes, not foreign keys
            conn.execute(f"CREATE TABLE {name}.{table} (LIKE public.{table} INCLUDING ALL)")
    try:
        yield name
    finally:
        with psycopg.connect(database_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def schema_conninfo(database_url: str, schema: str) -> str:
    """The database URL with the scratch schema first on every connection's search_path."""
    return make_conninfo(database_url, options=f"-c search_path={schema},public")


def _values(row: dict[str, Any]) -> list[Any]:
    return [Jsonb(v) if k in _JSONB and v is not None else v for k, v in row.items()]


async def _insert(cur, schema: str, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = (f"INSERT INTO {schema}.{table} ({', '.join(columns)}) "
           f"VALUES ({', '.join(['%s'] * len(columns))})")
    await cur.executemany(sql, [_values(r) for r in rows])


async def _live_orders(cur, customer_id: str) -> list[OrderRows]:
    await cur.execute("SELECT * FROM public.orders WHERE customer_id = %s ORDER BY placed_at, id", (customer_id,))
    orders = {o["id"]: OrderRows(o) for o in await cur.fetchall()}
    ids = list(orders)
    for table, attr in (("order_items", "items"), ("payments", "payments"), ("shipments", "shipments"),
                        ("order_history", "history")):
        await cur.execute(f"SELECT * FROM public.{table} WHERE order_id = ANY(%s)", (ids,))
        for row in await cur.fetchall():
            getattr(orders[row["order_id"]], attr).append(row)
    return list(orders.values())


async def restore_customer(conn: psycopg.AsyncConnection, schema: str, customer_id: str,
                           as_of: datetime | None) -> dict[str, Any]:
    """Replace the customer's orders in the scratch schema by the live ones, as of `as_of` when given.
    Returns what was restored: {order id: status} and whether every order's history was known."""
    async with conn.transaction():
        cur = conn.cursor(row_factory=dict_row)
        await cur.execute(f"SELECT id FROM {schema}.orders WHERE customer_id = %s", (customer_id,))
        old = [r["id"] for r in await cur.fetchall()]
        for table in reversed(ORDER_TABLES[1:]):
            await cur.execute(f"DELETE FROM {schema}.{table} WHERE order_id = ANY(%s)", (old,))
        await cur.execute(f"DELETE FROM {schema}.orders WHERE customer_id = %s", (customer_id,))
        restored, known = [], True
        for live in await _live_orders(cur, customer_id):
            rows, had_history = order_as_of(live, as_of) if as_of is not None else (live, True)
            known = known and had_history
            if rows is not None:
                restored.append(rows)
        await _insert(cur, schema, "orders", [r.order for r in restored])
        for table, attr in (("order_items", "items"), ("payments", "payments"), ("shipments", "shipments"),
                            ("order_history", "history")):
            await _insert(cur, schema, table, [row for r in restored for row in getattr(r, attr)])
    return {"orders": {r.order["id"]: r.order["status"] for r in restored}, "history_known": known}


@contextlib.contextmanager
def private_oms(settings: Settings, conninfo: str, replay_date: Callable[[str], date | None] | None = None
                ) -> Iterator[str]:
    """The demo OMS app on a free local port over `conninfo`, in a background thread; yields its URL.
    `replay_date(customer_id)`: the day that customer's ticket is being replayed on (return windows)."""
    from oms.app import create_app

    app = create_app(settings, conninfo=conninfo, replay_date=replay_date)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        with serving_in_thread(app, sock, "the eval's private OMS") as url:
            yield url


@contextlib.contextmanager
def agent_oms_url(url: str, timeout_s: float | None = None) -> Iterator[None]:
    """Point the graph's OMS client (settings.resolved_oms_url, OMS_TIMEOUT_S) at `url` for the block, then
    restore the environment as it was."""
    wanted = {"OMS_URL": url, **({"OMS_TIMEOUT_S": str(timeout_s)} if timeout_s is not None else {})}
    before = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    get_settings.cache_clear()
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        get_settings.cache_clear()


@dataclass(frozen=True)
class ReplayStore:
    """The run's scratch schema and its OMS: restore a customer's orders, audit their actions."""

    database_url: str
    schema: str
    oms_url: str
    settings: Settings
    replay_dates: dict[str, date]  # customer -> the replayed ticket's day; the private OMS reads the same dict

    async def restore(self, customer_id: str, as_of: str | None) -> dict[str, Any]:
        """The customer's orders as of `as_of` (None: as they are now); their actions in the private OMS
        are then judged on that day too."""
        at = datetime.fromisoformat(as_of) if as_of else None
        if at is None:
            self.replay_dates.pop(customer_id, None)
        else:
            self.replay_dates[customer_id] = at.astimezone(UTC).date()
        async with await psycopg.AsyncConnection.connect(self.database_url) as conn:
            return await restore_customer(conn, self.schema, customer_id, at)

    async def audit(self, customer_id: str, reported: list[dict], refund_limit: float) -> list[dict]:
        return await audit(self.oms_url, customer_id, reported, refund_limit, self.settings)


@contextlib.contextmanager
def replay_store(settings: Settings) -> Iterator[ReplayStore]:
    """A scratch schema and a private OMS over it, with the agent pointed at that OMS for the block.
    Nothing the replay does reaches the live order tables."""
    from db.connection import database_url

    url = database_url(settings)
    dates: dict[str, date] = {}
    with scratch_schema(url) as schema, private_oms(settings, schema_conninfo(url, schema), dates.get) as oms_url, \
            agent_oms_url(oms_url):
        yield ReplayStore(url, schema, oms_url, settings, dates)
