"""Import the real tau-retail files into a fresh database: counts, a known order, and idempotence."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from core.settings import Settings
from data.tau_retail import ImportCounts, TauRetailError, import_tau_retail
from db.connection import ensure_database
from db.migrate import apply_migrations

pytestmark = pytest.mark.integration

TAU_PATH = Path(__file__).resolve().parents[3] / "shared/datasets/tau-retail"
requires_tau = pytest.mark.skipif(
    not (TAU_PATH / "orders.json").is_file(), reason=f"tau-retail dataset not found at {TAU_PATH}"
)


@pytest.fixture(scope="module")
def tau_conn(db_url: str, test_settings: Settings) -> Iterator[psycopg.Connection]:
    """A connection to a brand-new, migrated database on the test server, dropped afterwards."""
    name = f"tau_{uuid.uuid4().hex[:10]}"
    admin = db_url.replace(f"/{test_settings.db_name}?", "/postgres?")
    ensure_database(admin, name)
    try:
        with psycopg.connect(db_url.replace(f"/{test_settings.db_name}?", f"/{name}?")) as conn:
            apply_migrations(conn)
            yield conn
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def first_import(tau_conn: psycopg.Connection) -> ImportCounts:
    started = time.perf_counter()
    counts = import_tau_retail(tau_conn, TAU_PATH)
    print(f"tau-retail import: {time.perf_counter() - started:.2f}s {counts}")
    return counts


@requires_tau
def test_counts(first_import: ImportCounts, tau_conn: psycopg.Connection) -> None:
    assert not first_import.skipped
    assert (first_import.customers, first_import.orders, first_import.products) == (500, 1000, 50)
    assert first_import.variants == 591 and first_import.shipments == 577 and first_import.payments == 1102
    for table, expected in [("customers", 500), ("orders", 1000), ("products", 50), ("order_items", None)]:
        (n,) = tau_conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert n == (expected or first_import.order_items)


@requires_tau
def test_known_order_came_through(first_import: ImportCounts, tau_conn: psycopg.Connection) -> None:
    order = tau_conn.execute(
        "SELECT customer_id, status, total FROM orders WHERE id = '#W2611340'"
    ).fetchone()
    assert order == ("james_li_5688", "processing", Decimal("536.65"))
    items = tau_conn.execute(
        "SELECT line_no, variant_id, product_name, unit_price FROM order_items WHERE order_id = '#W2611340' ORDER BY line_no"
    ).fetchall()
    assert items == [
        (1, "6469567736", "Water Bottle", Decimal("47.84")),
        (2, "8426249116", "Office Chair", Decimal("488.81")),
    ]
    shipment = tau_conn.execute(
        "SELECT tracking_number, status, tracking_url, line_nos FROM shipments WHERE order_id = '#W2611340'"
    ).fetchone()
    assert shipment[:2] == ("357962501027", "in_transit")
    assert "357962501027" in shipment[2] and shipment[3] == [1, 2]
    (method,) = tau_conn.execute("SELECT method FROM payments WHERE order_id = '#W2611340'").fetchone()
    assert method == "gift_card_1725971"


@requires_tau
def test_statuses_and_refunds_are_mapped(first_import: ImportCounts, tau_conn: psycopg.Connection) -> None:
    statuses = dict(tau_conn.execute("SELECT status, count(*) FROM orders GROUP BY status").fetchall())
    assert statuses == {"pending": 423, "delivered": 373, "processing": 102, "cancelled": 102}
    (refunds,) = tau_conn.execute("SELECT count(*) FROM payments WHERE kind = 'refund'").fetchone()
    assert refunds == 102
    (policy,) = tau_conn.execute(
        "SELECT category FROM help_articles WHERE id = 'tau-retail-policy' AND source = 'tau-retail'"
    ).fetchone()
    assert policy == "orders"


@requires_tau
def test_second_import_is_a_no_op(first_import: ImportCounts, tau_conn: psycopg.Connection) -> None:
    (before,) = tau_conn.execute(
        "SELECT max(finished_at) FROM seed_runs WHERE name = 'tau-retail'"
    ).fetchone()
    again = import_tau_retail(tau_conn, TAU_PATH)
    assert again.skipped and again.as_dict() == first_import.as_dict()
    (after,) = tau_conn.execute("SELECT max(finished_at) FROM seed_runs WHERE name = 'tau-retail'").fetchone()
    assert after == before


def test_missing_dataset_is_a_clear_error(tmp_path: Path, conn: psycopg.Connection) -> None:
    with pytest.raises(TauRetailError, match="missing users.json"):
        import_tau_retail(conn, tmp_path)


@requires_tau
def test_reimport_after_losing_the_record_replaces_rows(
    first_import: ImportCounts, tau_conn: psycopg.Connection
) -> None:
    """Without the seed_runs record the import runs again and upserts: no duplicates, same rows."""
    with tau_conn.transaction():
        tau_conn.execute("DELETE FROM seed_runs WHERE name = 'tau-retail'")
    again = import_tau_retail(tau_conn, TAU_PATH)
    assert not again.skipped and again.as_dict() == first_import.as_dict()
    (items,) = tau_conn.execute("SELECT count(*) FROM order_items").fetchone()
    assert items == first_import.order_items
