"""Seeding the demo store into the real (embedded) PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from data.generator import DemoStore, fingerprint, generate
from data.seed import SEED_NAME, seed_demo_store, write_help_center_markdown
from tests.conftest import private_database

pytestmark = pytest.mark.integration

TABLES = DemoStore.TABLES


@pytest.fixture(scope="module")
def seed_db_url(db_url: str):
    """A private database: these tests reseed and count, which the shared demo store must not see."""
    with private_database(db_url, "seed") as url:
        yield url


@pytest.fixture()
def conn(seed_db_url: str):
    with psycopg.connect(seed_db_url) as connection:
        yield connection


@pytest.fixture(scope="module")
def expected() -> dict[str, int]:
    return generate(7).counts()


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_seed_fills_every_table_then_is_a_noop_then_force_reseeds(conn, expected) -> None:
    first = seed_demo_store(conn, seed=7)
    assert not first.skipped and first.counts == expected
    assert _counts(conn) == expected
    row = conn.execute("SELECT fingerprint, counts FROM seed_runs WHERE name = %s", (SEED_NAME,)).fetchone()
    assert row == (fingerprint(7), expected)

    again = seed_demo_store(conn, seed=7)
    assert again.skipped and again.fingerprint == first.fingerprint
    assert _counts(conn) == expected

    forced = seed_demo_store(conn, seed=7, force=True)
    assert not forced.skipped
    assert _counts(conn) == expected  # replaced, not duplicated


def test_seeded_rows_are_consistent(conn) -> None:
    seed_demo_store(conn, seed=7)
    mismatched = conn.execute(
        "SELECT count(*) FROM orders WHERE subtotal + shipping_cost - discount <> total").fetchone()[0]
    assert mismatched == 0
    foreign = conn.execute(
        """SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id
           WHERE o.customer_id <> t.customer_id""").fetchone()[0]
    assert foreign == 0
    learn_max, test_min = conn.execute(
        """SELECT (SELECT max(created_at) FROM tickets WHERE split = 'learn'),
                  (SELECT min(created_at) FROM tickets WHERE split = 'test')""").fetchone()
    assert test_min > learn_max
    facts = conn.execute(
        """SELECT count(*) FROM tickets t JOIN shipments s ON s.order_id = t.order_id
           WHERE t.facts ? 'tracking_number' AND t.facts->>'tracking_number' <> s.tracking_number""").fetchone()[0]
    assert facts == 0


def test_other_seed_replaces_demo_rows(conn, expected) -> None:
    result = seed_demo_store(conn, seed=8)
    assert not result.skipped
    assert _counts(conn)["tickets"] == result.counts["tickets"]
    assert conn.execute("SELECT fingerprint FROM seed_runs WHERE name = %s", (SEED_NAME,)).fetchone()[0] == \
        fingerprint(8)
    seed_demo_store(conn, seed=7)
    assert _counts(conn) == expected


def test_help_center_markdown_export(tmp_path: Path) -> None:
    paths = write_help_center_markdown(tmp_path / "help")
    assert len(paths) >= 40
    text = (tmp_path / "help" / "return-policy.md").read_text()
    assert text.startswith('---\nid: "return-policy"') and "## Return window" in text
