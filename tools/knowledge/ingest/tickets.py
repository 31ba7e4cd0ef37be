"""Historical tickets import: CSV, JSONL or a Zendesk export into table `tickets`.

Intent comes from an `intent` column, else from tags (Zendesk macros and tags map onto our taxonomy),
else 'unknown' (tier 2). Splits are by date per import source: the oldest 80 % are 'learn', the newest
20 % 'test', recomputed after every import so new (newer) tickets join the held-out end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import psycopg
from tqdm import tqdm

from graph.intents import INTENTS, tier_of
from tools.knowledge.ingest.parsing import FileError, parse_bool, parse_datetime, parse_list
from tools.knowledge.ingest.report import IngestReport, RowError
from tools.knowledge.ingest.ticket_formats import READERS, detect_format

LEARN_FRACTION = 0.8
UNKNOWN_INTENT = "unknown"
CHANNELS = {"email", "chat", "social", "contact_form"}

# Common helpdesk tags -> our intents (a tag equal to an intent name also works).
TAG_INTENTS = {
    "wismo": "order_status", "where_is_my_order": "order_status", "order_status": "order_status", "tracking": "order_status",
    "delayed": "shipping_delay", "late_delivery": "shipping_delay", "shipping_delay": "shipping_delay",
    "shipping": "shipping_info", "international_shipping": "shipping_info",
    "return_policy": "return_policy", "return": "return_request", "returns": "return_request",
    "refund_status": "refund_status", "refund": "refund_request", "refunds": "refund_request",
    "exchange": "exchange", "size_exchange": "exchange", "sizing": "sizing", "size": "sizing", "fit": "sizing",
    "product": "product_info", "product_question": "product_info", "promo": "promo_code", "discount": "promo_code",
    "discount_code": "promo_code", "payment": "payment_methods", "gift_card": "payment_methods",
    "account": "account_help", "login": "account_help", "password": "account_help",
    "cancel": "cancel_order", "cancellation": "cancel_order", "address_change": "change_address",
    "damaged": "damaged_item", "defective": "damaged_item", "wrong_item": "wrong_item", "missing_item": "wrong_item",
    "lost": "lost_package", "lost_package": "lost_package", "not_received": "lost_package",
    "chargeback": "payment_dispute", "double_charge": "payment_dispute", "dispute": "payment_dispute",
    "complaint": "complaint",
}  # fmt: skip
ESCALATION_TAGS = {"escalated", "escalation", "tier2", "tier_2", "tier-2", "supervisor"}


@dataclass(frozen=True)
class Ticket:
    id: str
    created_at: datetime
    messages: list[dict[str, Any]]
    intent: str
    tier: int
    resolution_action: str
    resolved: bool
    resolved_first_reply: bool
    escalated: bool
    channel: str = "email"
    language: str = "en"
    customer_id: str | None = None
    customer_email: str | None = None
    order_id: str | None = None
    subject: str | None = None
    secondary_intents: list[str] = field(default_factory=list)
    refund_amount: Decimal | None = None
    csat: int | None = None
    facts: dict[str, Any] = field(default_factory=dict)


def _text(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    return str(value).strip() or None if value is not None else None


def _messages(row: dict[str, Any], created_at: datetime) -> list[dict[str, Any]]:
    raw = row.get("messages")
    if isinstance(raw, str) and raw.strip():
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RowError(f"invalid messages JSON: {exc.msg}") from None
    if raw:
        if not isinstance(raw, list) or not all(isinstance(m, dict) for m in raw):
            raise RowError('invalid messages: expected a list of {"role", "text"} objects')
        messages = []
        for m in raw:
            role = str(m.get("role", "")).lower()
            if role not in ("customer", "agent") or not str(m.get("text") or "").strip():
                raise RowError(
                    f"invalid message: role must be customer|agent and text non-empty, got {role!r}"
                )
            at = (
                parse_datetime(m["at"], "message time").isoformat() if m.get("at") else created_at.isoformat()
            )
            messages.append({"role": role, "text": str(m["text"]).strip(), "at": at})
    else:
        customer, agent = _text(row, "customer_message"), _text(row, "agent_reply")
        if not customer:
            raise RowError("missing customer_message")
        resolved_at = (
            parse_datetime(row["resolved_at"], "resolved_at") if row.get("resolved_at") else created_at
        )
        messages = [{"role": "customer", "text": customer, "at": created_at.isoformat()}]
        if agent:
            messages.append({"role": "agent", "text": agent, "at": resolved_at.isoformat()})
    if not any(m["role"] == "customer" for m in messages):
        raise RowError("no customer message")
    return messages


def _intents(row: dict[str, Any]) -> tuple[str, list[str]]:
    given = _text(row, "intent")
    tags = [t.lower().replace("-", "_") for t in parse_list(row.get("tags"))]
    mapped = (TAG_INTENTS.get(t) or (t if t in INTENTS else None) for t in tags)
    from_tags = [i for i in dict.fromkeys(mapped) if i]
    if given:
        if given not in INTENTS:
            raise RowError(f"invalid intent: {given!r} (see graph/intents.py)")
        return given, [i for i in from_tags if i != given]
    if from_tags:
        return from_tags[0], from_tags[1:]
    return UNKNOWN_INTENT, []


def _number(row: dict[str, Any], key: str) -> Decimal | None:
    value = row.get(key)
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).replace("$", "").replace(",", "").strip())
    except InvalidOperation:
        raise RowError(f"invalid {key}: {value!r}") from None
    if not number.is_finite() or number < 0:
        raise RowError(f"invalid {key}: {value!r}")
    return number


def to_ticket(row: dict[str, Any]) -> Ticket:
    """Validate one row in our column vocabulary; RowError says what is wrong."""
    ticket_id = _text(row, "id")
    if not ticket_id:
        raise RowError("missing id")
    created_at = parse_datetime(row.get("created_at"))
    messages = _messages(row, created_at)
    intent, secondary = _intents(row)
    tags = {t.lower() for t in parse_list(row.get("tags"))}
    escalated = parse_bool(row.get("escalated"), "escalated", bool(tags & ESCALATION_TAGS))
    resolved = parse_bool(row.get("resolved"), "resolved", True)
    agent_replies = sum(1 for m in messages if m["role"] == "agent")
    resolved = resolved and agent_replies > 0
    tier = int(_number(row, "tier") or tier_of(intent))
    if tier not in (1, 2):
        raise RowError(f"invalid tier: {tier} (expected 1 or 2)")
    csat = _number(row, "csat")
    if csat is not None and not 1 <= csat <= 5:
        raise RowError(f"invalid csat: {csat} (expected 1-5)")
    known = INTENTS.get(intent)
    channel = (_text(row, "channel") or "email").lower()
    return Ticket(
        id=ticket_id,
        created_at=created_at,
        messages=messages,
        intent=intent,
        tier=tier,
        resolution_action=_text(row, "resolution") or (known.resolving_action if known else "human_review"),
        resolved=resolved,
        resolved_first_reply=resolved and agent_replies == 1 and not escalated,
        escalated=escalated,
        channel=channel if channel in CHANNELS else "email",
        language=(_text(row, "language") or "en").lower()[:8],
        customer_id=_text(row, "customer_id"),
        customer_email=_text(row, "customer_email"),
        order_id=_text(row, "order_id"),
        subject=_text(row, "subject"),
        secondary_intents=secondary,
        refund_amount=_number(row, "refund_amount"),
        csat=int(csat) if csat is not None else None,
    )


_COLUMNS = (
    "id, created_at, channel, language, customer_id, customer_email, order_id, subject, messages, intent, "
    "secondary_intents, tier, resolution_action, resolved, resolved_first_reply, escalated, refund_amount, "
    "csat, facts, source"
)
_UPDATABLE = [c.strip() for c in _COLUMNS.split(",") if c.strip() != "id"]


def upsert_ticket(conn: psycopg.Connection, t: Ticket, source: str) -> str:
    """Insert new tickets with a provisional 'learn' split; update only when a field changed."""
    set_clause = ", ".join(f"{c} = EXCLUDED.{c}" for c in _UPDATABLE)
    changed = " OR ".join(f"tickets.{c} IS DISTINCT FROM EXCLUDED.{c}" for c in _UPDATABLE)
    row = conn.execute(
        f"""INSERT INTO tickets ({_COLUMNS}, split)
            VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 'learn')
            ON CONFLICT (id) DO UPDATE SET {set_clause} WHERE {changed}
            RETURNING (xmax = 0)""",
        (
            t.id, t.created_at, t.channel, t.language, t.customer_id, t.customer_email, t.order_id, t.subject,
            json.dumps(t.messages), t.intent, t.secondary_intents, t.tier, t.resolution_action, t.resolved,
            t.resolved_first_reply, t.escalated, t.refund_amount, t.csat, json.dumps(t.facts), source,
        ),
    ).fetchone()  # fmt: skip
    if row is None:
        return "unchanged"
    return "inserted" if row[0] else "updated"


def assign_splits(conn: psycopg.Connection, source: str, learn_fraction: float = LEARN_FRACTION) -> int:
    """Oldest `learn_fraction` of this source's tickets -> 'learn', the newest rest -> 'test'."""
    return conn.execute(
        """WITH ranked AS (
               SELECT id, row_number() OVER (ORDER BY created_at, id) AS n, count(*) OVER () AS total
               FROM tickets WHERE source = %s)
           UPDATE tickets t
           SET split = CASE WHEN r.n <= ceil(r.total * %s) THEN 'learn' ELSE 'test' END
           FROM ranked r
           WHERE t.id = r.id AND t.split <> CASE WHEN r.n <= ceil(r.total * %s) THEN 'learn' ELSE 'test' END""",
        (source, learn_fraction, learn_fraction),
    ).rowcount


def ingest_tickets(conn: psycopg.Connection, path: Path, *, progress: bool = False) -> IngestReport:
    """Import one ticket export (CSV, JSONL, Zendesk JSON) or every such file in a folder."""
    path = Path(path)
    report = IngestReport(kind="tickets")
    if not path.exists():
        report.skip(path, None, "path does not exist")
        return report
    files = (
        sorted(p for p in path.iterdir() if p.suffix.lower() in (".csv", ".jsonl", ".ndjson", ".json"))
        if path.is_dir()
        else [path]
    )
    files = [f for f in files if not f.name.endswith("comments.json")]
    sources: set[str] = set()
    seen: set[str] = set()
    for file in files:
        report.files += 1
        try:
            kind = detect_format(file)
            rows = READERS[kind](file, report)
            bar = tqdm(rows, desc=f"tickets {file.name}", unit="row", disable=not progress)
            for line, row in bar:
                report.rows += 1
                try:
                    ticket = to_ticket(row)
                except RowError as exc:
                    report.skip(file, line, str(exc))
                    continue
                except (TypeError, ValueError, AttributeError, KeyError) as exc:
                    report.skip(file, line, f"malformed row: {exc}")
                    continue
                if ticket.id in seen:
                    report.skip(file, line, f"duplicate ticket id: {ticket.id!r}")
                    continue
                seen.add(ticket.id)
                try:
                    with conn.transaction():  # a savepoint: one rejected row never aborts the import
                        report.count(upsert_ticket(conn, ticket, kind))
                except psycopg.DataError as exc:
                    report.skip(file, line, f"rejected by the database: {str(exc).splitlines()[0]}")
                    continue
                sources.add(kind)
        except FileError as exc:
            report.skip(file, exc.line, str(exc))
        except OSError as exc:
            report.skip(file, None, f"cannot read file: {exc.strerror or exc}")
    for source in sorted(sources):
        moved = assign_splits(conn, source)
        if moved:
            report.notes.append(
                f"{source}: {moved} ticket(s) assigned or moved between learn/test by date (80/20)"
            )
    unknown = conn.execute(
        "SELECT count(*) FROM tickets WHERE intent = %s AND source = ANY(%s)",
        (UNKNOWN_INTENT, sorted(sources)),
    ).fetchone()[0]
    if unknown:
        report.notes.append(f"{unknown} ticket(s) have no intent/tag we recognise: intent 'unknown' (tier 2)")
    conn.commit()
    return report
