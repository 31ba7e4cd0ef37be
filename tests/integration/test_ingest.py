"""Importers against the real embedded PostgreSQL: every format, malformed input, incremental re-import."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from tests.conftest import private_database
from tools.knowledge.ingest import ingest_help_center, ingest_tickets

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def ingest_db_url(db_url: str):
    """A private, migrated database: these tests count rows in the canonical tables."""
    with private_database(db_url, "ing") as url:
        yield url


@pytest.fixture()
def db(ingest_db_url: str):
    with psycopg.connect(ingest_db_url) as conn:
        conn.execute("DELETE FROM help_articles")
        conn.execute("DELETE FROM tickets")
        conn.commit()
        yield conn


def _reasons(report) -> list[tuple[str, int | None, str]]:
    return [(Path(p.file).name, p.line, p.reason) for p in report.skipped]


# --- help center ------------------------------------------------------------------------------------


def _write_help_folder(root: Path) -> None:
    (root / "shipping").mkdir(parents=True)
    (root / "shipping" / "times.md").write_text("# Shipping times\n\n## US\n\n3-5 business days.\n")
    (root / "returns.md").write_text(
        "---\ntitle: Return policy\ncategory: returns\nurl: https://help.example.com/returns\nid: return-policy\n---\n"
        "## Window\n\n30 days.\n"
    )
    (root / "care.html").write_text(
        "<html><head><title>Caring for wool</title></head><body><h1>Caring for wool</h1>"
        "<h2>Washing</h2><p>Cold water &amp; dry flat.</p></body></html>"
    )
    (root / "empty.md").write_text("# Nothing here\n")
    (root / "garbage.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "bad-front.md").write_text("---\ntitle: [unclosed\n---\nBody\n")
    (root / "notes.txt").write_text("not an article")


def test_markdown_and_html_folder(db: psycopg.Connection, tmp_path: Path) -> None:
    _write_help_folder(tmp_path)
    report = ingest_help_center(db, tmp_path)
    assert (report.files, report.rows, report.inserted, report.updated, report.unchanged) == (6, 6, 3, 0, 0)
    skipped = {name: reason for name, _, reason in _reasons(report)}
    assert skipped.keys() == {"empty.md", "garbage.md", "bad-front.md"}
    assert "binary" in skipped["garbage.md"] and "front matter" in skipped["bad-front.md"]
    assert "empty" in skipped["empty.md"]
    assert any("ignored" in n for n in report.notes)  # notes.txt
    rows = {
        r[0]: r[1:] for r in db.execute("SELECT id, title, category, url, source, body FROM help_articles")
    }
    assert rows["shipping-times"][:4] == ("Shipping times", "shipping", None, "markdown")
    assert rows["shipping-times"][4].startswith("## US")  # the title heading is not repeated in the body
    assert rows["return-policy"][:4] == (
        "Return policy",
        "returns",
        "https://help.example.com/returns",
        "markdown",
    )
    assert rows["care"][:2] == ("Caring for wool", "care") and rows["care"][3] == "html"
    assert "## Washing" in rows["care"][4] and "Cold water & dry flat." in rows["care"][4]


def test_reingest_updates_only_the_changed_article(db: psycopg.Connection, tmp_path: Path) -> None:
    _write_help_folder(tmp_path)
    ingest_help_center(db, tmp_path)
    before = dict(db.execute("SELECT id, updated_at FROM help_articles"))
    (tmp_path / "returns.md").write_text((tmp_path / "returns.md").read_text().replace("30 days", "45 days"))
    report = ingest_help_center(db, tmp_path)
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 2)
    after = dict(db.execute("SELECT id, updated_at FROM help_articles"))
    assert [i for i in after if after[i] != before[i]] == ["return-policy"]


def test_zendesk_articles_export(db: psycopg.Connection, tmp_path: Path) -> None:
    export = {
        "sections": [{"id": 7, "name": "Shipping"}],
        "articles": [
            {"id": 101, "title": "Delivery times", "body": "<h2>US</h2><p>3-5 days</p>", "section_id": 7,
             "html_url": "https://brand.zendesk.com/hc/articles/101", "updated_at": "2024-05-01T10:00:00Z"},
            {"id": 102, "title": "Gift cards", "body": "<p>Never expire.</p>", "updated_at": "2024-05-01T10:00:00Z"},
            {"id": 103, "title": "No body"},
            {"id": 104, "title": "Bad date", "body": "<p>x</p>", "updated_at": "yesterday"},
            {"id": 105, "title": "Draft", "body": "<p>x</p>", "draft": True},
            "not an object",
        ],
    }  # fmt: skip
    path = tmp_path / "articles.json"
    path.write_text(json.dumps(export, indent=2))
    report = ingest_help_center(db, path)
    assert (report.rows, report.inserted) == (6, 2)
    reasons = _reasons(report)
    assert [r[2].split(":")[0] for r in reasons] == [
        "missing field",
        "invalid updated_at",
        "draft article",
        "article is not a JSON object",
    ]
    assert all(line and line > 1 for _, line, _ in reasons)  # each reported at its line in the file
    lines = path.read_text().splitlines()
    assert lines[reasons[0][1] - 1].strip() == "{" and '"id": 103' in lines[reasons[0][1]]
    row = db.execute(
        "SELECT title, category, url, body FROM help_articles WHERE id = 'zendesk-101'"
    ).fetchone()
    assert row == (
        "Delivery times",
        "shipping",
        "https://brand.zendesk.com/hc/articles/101",
        "## US\n\n3-5 days",
    )
    assert db.execute("SELECT category FROM help_articles WHERE id = 'zendesk-102'").fetchone() == (
        "payments",
    )


def test_bad_help_center_files(db: psycopg.Connection, tmp_path: Path) -> None:
    broken = tmp_path / "articles.json"
    broken.write_text('{"articles": [\n{"id": 1,\n')
    report = ingest_help_center(db, broken)
    assert report.inserted == 0 and _reasons(report)[0][2].startswith("invalid JSON")
    assert _reasons(report)[0][1] == 3
    assert _reasons(ingest_help_center(db, tmp_path / "missing"))[0][2] == "path does not exist"
    wrong_shape = tmp_path / "list.json"
    wrong_shape.write_text("[1, 2]")
    assert "articles" in _reasons(ingest_help_center(db, wrong_shape))[0][2]


# --- tickets ------------------------------------------------------------------------------------------

CSV_HEADER = (
    "id,created_at,subject,customer_message,agent_reply,intent,tags,resolution,escalated,refund_amount,csat\n"
)


def _csv_rows(n: int) -> str:
    rows = [
        f'C{i},2024-01-{i + 1:02d}T10:00:00Z,Where is it,"Where is order NB{i}, please?",It shipped today.,order_status,,share_tracking,false,,5\n'
        for i in range(n)
    ]
    return CSV_HEADER + "".join(rows)


def test_csv_tickets_with_split_by_date(db: psycopg.Connection, tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(_csv_rows(10))
    report = ingest_tickets(db, path)
    assert (report.rows, report.inserted, report.skipped) == (10, 10, [])
    splits = db.execute("SELECT id, split FROM tickets ORDER BY created_at").fetchall()
    assert [s for _, s in splits] == ["learn"] * 8 + ["test"] * 2  # oldest 80 % learn, newest 20 % test
    row = db.execute(
        "SELECT intent, tier, resolution_action, resolved, resolved_first_reply, escalated, csat, messages, source "
        "FROM tickets WHERE id = 'C0'"
    ).fetchone()
    assert row[:7] == ("order_status", 1, "share_tracking", True, True, False, 5)
    assert [m["role"] for m in row[7]] == ["customer", "agent"] and row[7][0][
        "text"
    ] == "Where is order NB0, please?"
    assert row[8] == "csv"


def test_csv_malformed_rows_are_reported_with_lines(db: psycopg.Connection, tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(
        CSV_HEADER
        + "A1,2024-01-01T10:00:00Z,s,Hello,Hi there,order_status,,,false,,\n"  # line 2: fine
        + "A2,not-a-date,s,Hello,Hi,order_status,,,false,,\n"  # line 3
        + ",2024-01-02,s,Hello,Hi,order_status,,,false,,\n"  # line 4: no id
        + "A4,2024-01-03,s,,Hi,order_status,,,false,,\n"  # line 5: no customer message
        + "A5,2024-01-04,s,Hello,Hi,teleport,,,false,,\n"  # line 6: unknown intent
        + "A6,2024-01-05,s,Hello,Hi,,,,maybe,,\n"  # line 7: bad boolean
        + "A7,2024-01-06,s,Hello,Hi,,,,false,-3,\n"  # line 8: negative refund
        + 'A8,2024-01-07,s,"multi\nline message",Hi,,damaged,,false,,\n'  # lines 9-10: fine, intent from tag
        + "A9,2024-01-08,s,Hello,Hi,,,,false,,,EXTRA\n"  # line 11: too many fields
        + "A1,2024-01-09,s,Hello,Hi,,,,false,,\n"  # line 12: duplicate id
    )
    report = ingest_tickets(db, path)
    assert report.inserted == 2 and report.rows == 10
    got = [(line, reason.split(":")[0]) for _, line, reason in _reasons(report)]
    assert got == [
        (3, "invalid created_at"),
        (4, "missing id"),
        (5, "missing customer_message"),
        (6, "invalid intent"),
        (7, "invalid escalated"),
        (8, "invalid refund_amount"),
        (11, "too many fields"),
        (12, "duplicate ticket id"),
    ]
    assert db.execute("SELECT intent, tier FROM tickets WHERE id = 'A8'").fetchone() == ("damaged_item", 2)


def test_csv_missing_columns_and_binary_garbage(db: psycopg.Connection, tmp_path: Path) -> None:
    no_cols = tmp_path / "a.csv"
    no_cols.write_text("ticket,date\n1,2024-01-01\n")
    garbage = tmp_path / "b.csv"
    garbage.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "c.jsonl"
    latin.write_bytes(b'{"id": "x"}\n{"id": "caf\xe9"}\n')
    report = ingest_tickets(db, tmp_path)
    reasons = _reasons(report)
    assert (
        reasons[0][0] == "a.csv" and reasons[0][1] == 1 and "missing columns: id, created_at" in reasons[0][2]
    )
    assert reasons[1][0] == "b.csv" and "binary" in reasons[1][2]
    assert reasons[2][0] == "c.jsonl" and reasons[2][1] == 2 and "not UTF-8" in reasons[2][2]
    assert report.inserted == 0 and report.files == 3


def test_jsonl_tickets(db: psycopg.Connection, tmp_path: Path) -> None:
    good = {
        "id": "J1", "created_at": "2024-02-01 09:00:00", "intent": "refund_status", "refund_amount": "$24.50",
        "messages": [{"role": "customer", "text": "Where is my refund?"}, {"role": "agent", "text": "Sent on Monday."},
                     {"role": "customer", "text": "Thanks"}, {"role": "agent", "text": "You're welcome"}],
    }  # fmt: skip
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps([1, 2]),
        "",
        json.dumps({"id": "J2", "created_at": "2024-02-02T00:00:00Z", "messages": [{"role": "bot", "text": "x"}]}),
        json.dumps({"id": "J3", "created_at": "2024-02-03T00:00:00Z", "customer_message": "Nul \u0000 byte", "agent_reply": "ok"}),
        json.dumps({"id": "J4", "created_at": {"weird": 1}, "customer_message": "x"}),
        json.dumps({"id": "J5", "created_at": "2024-02-05T00:00:00Z", "customer_message": "Do you ship to Peru?", "tags": ["shipping"]}),
    ]  # fmt: skip
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = ingest_tickets(db, path)
    got = [(line, reason.split(":")[0]) for _, line, reason in _reasons(report)]
    assert got == [
        (2, "invalid JSON"),
        (3, "invalid JSON"),
        (5, "invalid message"),
        (6, "rejected by the database"),
        (7, "invalid created_at"),
    ]
    assert report.inserted == 2
    j1 = db.execute(
        "SELECT refund_amount, resolved, resolved_first_reply FROM tickets WHERE id = 'J1'"
    ).fetchone()
    assert (float(j1[0]), j1[1], j1[2]) == (24.5, True, False)  # two agent replies: not first-reply
    j5 = db.execute("SELECT intent, resolved FROM tickets WHERE id = 'J5'").fetchone()
    assert j5 == ("shipping_info", False)  # no agent reply: not resolved


def test_zendesk_tickets_with_comments_file(db: psycopg.Connection, tmp_path: Path) -> None:
    tickets = {
        "tickets": [
            {"id": 1, "created_at": "2024-03-01T10:00:00Z", "subject": "Broken mug", "status": "solved",
             "tags": ["damaged", "escalated"], "requester_id": 50, "via": {"channel": "web"},
             "satisfaction_rating": {"score": "good"}},
            {"id": 2, "created_at": "2024-03-02T10:00:00Z", "subject": "Where is my order", "status": "open",
             "tags": ["wismo"], "requester_id": 51, "description": "Order NB1 has not arrived"},
            {"id": 3, "created_at": "nonsense", "status": "solved"},
        ]
    }  # fmt: skip
    comments = {
        "comments": [
            {"ticket_id": 1, "author_role": "agent", "body": "Sorry! A replacement ships today.", "created_at": "2024-03-01T11:00:00Z"},
            {"ticket_id": 1, "author_role": "end-user", "body": "My mug arrived broken", "created_at": "2024-03-01T10:00:00Z"},
            {"ticket_id": 1, "author_role": "agent", "body": "internal note", "public": False, "created_at": "2024-03-01T10:30:00Z"},
        ]
    }  # fmt: skip
    (tmp_path / "tickets.json").write_text(json.dumps(tickets, indent=1))
    (tmp_path / "comments.json").write_text(json.dumps(comments))
    report = ingest_tickets(db, tmp_path / "tickets.json")
    assert report.inserted == 2 and [r[2].split(":")[0] for r in _reasons(report)] == ["invalid created_at"]
    assert _reasons(report)[0][1] is not None
    one = db.execute(
        "SELECT intent, tier, escalated, resolved, channel, csat, messages, source FROM tickets WHERE id = 'zd-1'"
    ).fetchone()
    assert one[:6] == ("damaged_item", 2, True, True, "contact_form", 5)
    assert [(m["role"], m["text"]) for m in one[6]] == [
        ("customer", "My mug arrived broken"),
        ("agent", "Sorry! A replacement ships today."),
    ]
    assert one[7] == "zendesk"
    two = db.execute("SELECT intent, resolved, messages FROM tickets WHERE id = 'zd-2'").fetchone()
    assert two[0] == "order_status" and two[1] is False and two[2][0]["text"] == "Order NB1 has not arrived"


def test_reingest_tickets_updates_only_changed_rows(db: psycopg.Connection, tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(_csv_rows(5))
    assert ingest_tickets(db, path).inserted == 5
    path.write_text(_csv_rows(5).replace("It shipped today.", "It ships tomorrow.", 1))
    report = ingest_tickets(db, path)
    assert (report.inserted, report.updated, report.unchanged) == (0, 1, 4)
    # Newer tickets arrive: the split moves so the newest 20 % are held out.
    path.write_text(_csv_rows(10))
    ingest_tickets(db, path)
    assert db.execute("SELECT count(*) FROM tickets WHERE split = 'test'").fetchone()[0] == 2
    assert (
        db.execute("SELECT max(created_at) FROM tickets WHERE split = 'learn'").fetchone()[0]
        < db.execute("SELECT min(created_at) FROM tickets WHERE split = 'test'").fetchone()[0]
    )


def test_unknown_ticket_file_type(db: psycopg.Connection, tmp_path: Path) -> None:
    path = tmp_path / "tickets.xlsx"
    path.write_bytes(b"PK\x03\x04")
    report = ingest_tickets(db, path)
    assert "unknown ticket file type" in _reasons(report)[0][2]


def test_the_demo_help_center_export_ingests_cleanly(db: psycopg.Connection, tmp_path: Path) -> None:
    """The Markdown folder the demo writes is a brand's help center like any other: nothing skipped."""
    from data.seed import write_help_center_markdown

    written = write_help_center_markdown(tmp_path / "hc")
    report = ingest_help_center(db, tmp_path / "hc")
    assert report.skipped == []
    assert report.rows == len(written) >= 40
    titles = dict(db.execute("SELECT id, title FROM help_articles WHERE id = 'shipping-ca'").fetchall())
    assert titles == {"shipping-ca": "Shipping to Canada: times and costs"}
