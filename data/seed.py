"""Load the generated demo store into PostgreSQL: one transaction, COPY per table, recorded once.

`seed_runs` keeps the generator fingerprint (version + seed + sizes), so `seed` on an already seeded
database returns in milliseconds without generating anything; `force=True` or a new generator
version replaces the previous demo rows (and only those: tau-retail or real imports are left alone).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

import psycopg
from psycopg.types.json import Jsonb

from data.generator import DemoStore, fingerprint, generate
from data.generator.help_center import build_articles
from data.generator.policy import DEMO_NOW
from data.generator.split import assign_splits

SEED_NAME = "demo-store"
_LOCK_KEY = 74202  # pg_advisory_xact_lock: two seeders at once wait for each other

JSONB_COLUMNS = {
    "customers": {"address"},
    "products": {"size_chart", "attributes"},
    "variants": {"options"},
    "orders": {"shipping_address"},
    "order_items": {"options"},
    "shipments": {"events"},
    "order_history": {"item_statuses", "shipping_address"},
    "tickets": {"messages", "facts"},
}

# Demo rows only: ids the generator uses, or source = 'demo'. Children of orders go by ON DELETE CASCADE.
_DELETE_DEMO = [
    "DELETE FROM tickets WHERE source = 'demo'",
    "DELETE FROM orders WHERE customer_id ~ '^C[0-9]{6}$'",
    "DELETE FROM variants WHERE product_id ~ '^P[0-9]{3}$'",
    "DELETE FROM products WHERE id ~ '^P[0-9]{3}$'",
    "DELETE FROM customers WHERE id ~ '^C[0-9]{6}$'",
    "DELETE FROM help_articles WHERE source = 'demo'",
]

_dumps = partial(json.dumps, default=str, ensure_ascii=False)


@dataclass(frozen=True)
class SeedResult:
    fingerprint: str
    skipped: bool  # True: the same fingerprint was already seeded, nothing was done
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def _copy(cur: psycopg.Cursor, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    jsonb = JSONB_COLUMNS.get(table, set())
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with cur.copy(sql) as copy:
        for row in rows:
            copy.write_row([Jsonb(row[c], dumps=_dumps) if c in jsonb and row[c] is not None else row[c]
                            for c in columns])


def _shift_value(value, delta: timedelta):
    if isinstance(value, datetime | date):
        return value + delta
    return value


def _shift_iso(text: str, delta: timedelta) -> str:
    try:
        return (datetime.fromisoformat(text) + delta).isoformat()
    except (TypeError, ValueError):
        return text


def shift_dates(tables: dict[str, list[dict]], delta: timedelta) -> None:
    """Move every date of the generated store by `delta`, in place.

    The generator works on a frozen clock (DEMO_NOW) so its output is byte-identical per seed; the
    seeder moves that clock to the day of seeding so in-transit parcels are in transit *now* and
    promised dates lie ahead, as in a live shop. Relative order (and so the learn/test split) is kept.
    """
    if not delta:
        return
    for rows in tables.values():
        for row in rows:
            for key, value in row.items():
                row[key] = _shift_value(value, delta)
            for event in row.get("events") or []:
                event["at"] = _shift_iso(event.get("at"), delta)
            if isinstance(row.get("messages"), list):
                for message in row["messages"]:
                    if isinstance(message, dict) and message.get("at"):
                        message["at"] = _shift_iso(message["at"], delta)


def clock_offset(today: date | None = None) -> timedelta:
    """Whole days from the generator's frozen clock to today."""
    return timedelta(days=((today or datetime.now(UTC).date()) - DEMO_NOW.date()).days)


def seeded_fingerprint(conn: psycopg.Connection) -> str | None:
    row = conn.execute("SELECT fingerprint FROM seed_runs WHERE name = %s", (SEED_NAME,)).fetchone()
    return row[0] if row else None


def seed_demo_store(
    conn: psycopg.Connection, seed: int = 7, force: bool = False, today: date | None = None
) -> SeedResult:
    """Insert the demo store for `seed` in one transaction (no-op when already there, unless `force`).

    On an idle connection the transaction commits when this returns; inside a caller's transaction it
    is a savepoint and the caller commits.
    """
    started = time.perf_counter()
    wanted = fingerprint(seed)
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        if not force and seeded_fingerprint(conn) == wanted:
            return SeedResult(wanted, True, {}, time.perf_counter() - started)
        store: DemoStore = generate(seed)
        assign_splits(store.tickets)  # the split rule is applied here too, so a DB never holds another rule
        for statement in _DELETE_DEMO:
            cur.execute(statement)
        tables = store.tables()
        shift_dates(tables, clock_offset(today))
        for table, rows in tables.items():
            _copy(cur, table, rows)
        counts = store.counts()
        cur.execute(
            """INSERT INTO seed_runs (name, fingerprint, counts, finished_at) VALUES (%s, %s, %s, now())
               ON CONFLICT (name) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, counts = EXCLUDED.counts,
                                               finished_at = EXCLUDED.finished_at""",
            (SEED_NAME, wanted, Jsonb(counts)),
        )
    return SeedResult(wanted, False, counts, time.perf_counter() - started)


def write_help_center_markdown(out_dir: Path | str) -> list[Path]:
    """Write every help-center article as `<slug>.md` (front matter + Markdown), like a brand's folder."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for article in build_articles():
        path = out / f"{article.id}.md"
        path.write_text(article.markdown(), encoding="utf-8")
        written.append(path)
    return written
