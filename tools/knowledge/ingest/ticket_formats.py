"""Readers for historical ticket exports. Each yields (line, row dict) in our flat column vocabulary.

CSV and JSONL use these columns (names are case-insensitive; extra columns are kept out):

  required  id, created_at, and either customer_message + agent_reply, or messages (JSON list of
            {"role": "customer"|"agent", "text": str, "at": iso})
  optional  subject, channel, language, customer_id, customer_email, order_id,
            intent, tags (comma/semicolon separated or JSON list), resolution (action that resolved it),
            resolved (true/false, default true), escalated (true/false, default false),
            refund_amount, csat (1-5), tier (1|2), resolved_at

Zendesk: {"tickets": [...]} with {"comments": [...]} in the same file, in a sibling comments.json,
or as a "comments" list inside each ticket. Comments carry ticket_id, author role
("end-user" = customer, "agent"/"admin" = agent), body and created_at.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tools.knowledge.ingest.parsing import FileError, array_lines, load_json, read_text
from tools.knowledge.ingest.report import IngestReport

REQUIRED = ("id", "created_at")
MESSAGE_COLUMNS = ("customer_message", "agent_reply")
OPTIONAL = (
    "subject", "channel", "language", "customer_id", "customer_email", "order_id", "intent", "tags",
    "resolution", "resolved", "escalated", "refund_amount", "csat", "tier", "resolved_at", "messages", "status",
)  # fmt: skip
KNOWN = set(REQUIRED) | set(MESSAGE_COLUMNS) | set(OPTIONAL)

Row = tuple[int | None, dict[str, Any]]


def _normalise_keys(row: dict[str, Any]) -> dict[str, Any]:
    return {str(k).strip().lower(): v for k, v in row.items() if k is not None}


def read_csv(path: Path, report: IngestReport) -> Iterator[Row]:
    text = read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = {h.strip().lower() for h in reader.fieldnames or []}
    missing = [c for c in REQUIRED if c not in header]
    if not ({"messages"} <= header or set(MESSAGE_COLUMNS) <= header):
        missing.append("customer_message + agent_reply (or messages)")
    if missing:
        raise FileError(
            f"missing columns: {', '.join(missing)}; header has {', '.join(sorted(header)) or 'nothing'}", 1
        )
    unknown = sorted(header - KNOWN)
    if unknown:
        report.notes.append(f"{path.name}: ignored unknown columns {', '.join(unknown)}")
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report.rows += 1
            report.skip(path, start, f"unreadable CSV row: {exc}")
            continue
        if None in row:
            report.rows += 1
            report.skip(
                path, start, f"too many fields: {len(row) - 1 + len(row[None])} for {len(row) - 1} columns"
            )
            continue
        yield start, _normalise_keys(row)


def read_jsonl(path: Path, report: IngestReport) -> Iterator[Row]:
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            report.rows += 1
            report.skip(path, number, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(item, dict):
            report.rows += 1
            report.skip(path, number, f"invalid JSON: expected an object, got {type(item).__name__}")
            continue
        yield number, _normalise_keys(item)


_ROLES = {"end-user": "customer", "end_user": "customer", "customer": "customer", "requester": "customer",
          "agent": "agent", "admin": "agent"}  # fmt: skip
_CHANNELS = {"email": "email", "mail": "email", "web": "contact_form", "web_form": "contact_form", "chat": "chat",
             "native_messaging": "chat", "messaging": "chat", "twitter": "social", "facebook": "social",
             "instagram_dm": "social", "whatsapp": "chat"}  # fmt: skip
_CSAT = {"good": 5, "bad": 1}


def _zendesk_comments(path: Path, data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    comments = data.get("comments")
    if comments is None:
        for sibling in (path.with_name("comments.json"), path.with_name(f"{path.stem}_comments.json")):
            if sibling.exists() and sibling != path:
                _, other = load_json(sibling)
                comments = other.get("comments") if isinstance(other, dict) else None
                break
    by_ticket: dict[str, list[dict[str, Any]]] = {}
    for comment in comments or []:
        if isinstance(comment, dict) and comment.get("ticket_id") is not None:
            by_ticket.setdefault(str(comment["ticket_id"]), []).append(comment)
    return by_ticket


def _zendesk_role(comment: dict[str, Any], requester_id: Any) -> str:
    role = comment.get("author_role") or comment.get("role") or (comment.get("author") or {}).get("role")
    if role:
        return _ROLES.get(str(role).lower(), "agent")
    return "customer" if comment.get("author_id") == requester_id else "agent"


def zendesk_row(ticket: dict[str, Any], comments: list[dict[str, Any]]) -> dict[str, Any]:
    """Map one Zendesk ticket (+ its comments) onto our columns."""
    requester = ticket.get("requester_id")
    ordered = sorted(
        (c for c in comments if c.get("public", True) and (c.get("body") or c.get("plain_body"))),
        key=lambda c: str(c.get("created_at", "")),
    )
    messages = [
        {
            "role": _zendesk_role(c, requester),
            "text": str(c.get("plain_body") or c.get("body")).strip(),
            "at": c.get("created_at"),
        }
        for c in ordered
    ]
    if not messages and ticket.get("description"):
        messages = [
            {"role": "customer", "text": str(ticket["description"]).strip(), "at": ticket.get("created_at")}
        ]
    status = str(ticket.get("status") or "").lower()
    rating = ticket.get("satisfaction_rating") or {}
    fields = {
        str(f.get("id")): f.get("value") for f in ticket.get("custom_fields") or [] if isinstance(f, dict)
    }
    return {
        "id": f"zd-{ticket['id']}" if ticket.get("id") is not None else None,
        "created_at": ticket.get("created_at"),
        "subject": ticket.get("subject") or ticket.get("raw_subject"),
        "channel": _CHANNELS.get(str((ticket.get("via") or {}).get("channel", "")).lower(), "email"),
        "customer_email": (ticket.get("requester") or {}).get("email"),
        "customer_id": str(requester) if requester is not None else None,
        "order_id": fields.get("order_id") or ticket.get("external_id"),
        "tags": ticket.get("tags") or [],
        "status": status,
        "resolved": status in ("solved", "closed"),
        "csat": _CSAT.get(str(rating.get("score", "")).lower()) if isinstance(rating, dict) else None,
        "messages": messages,
    }


def read_zendesk(path: Path, report: IngestReport) -> Iterator[Row]:
    text, data = load_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("tickets"), list):
        raise FileError('expected a Zendesk export object with a "tickets" list')
    comments = _zendesk_comments(path, data)
    tickets = data["tickets"]
    lines: list[int | None] = list(array_lines(text, "tickets"))
    lines = lines if len(lines) == len(tickets) else [None] * len(tickets)
    for line, ticket in zip(lines, tickets, strict=True):
        if not isinstance(ticket, dict):
            report.rows += 1
            report.skip(path, line, "ticket is not a JSON object")
            continue
        try:
            own = ticket.get("comments") if isinstance(ticket.get("comments"), list) else []
            yield line, zendesk_row(ticket, own + comments.get(str(ticket.get("id")), []))
        except (AttributeError, TypeError) as exc:
            report.rows += 1
            report.skip(path, line, f"malformed ticket: {exc}")


def detect_format(path: Path) -> str:
    """'csv' | 'jsonl' | 'zendesk' by suffix; a .json file must be a Zendesk export."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "zendesk"
    raise FileError(
        f"unknown ticket file type {suffix or '(none)'}: use .csv, .jsonl or a Zendesk .json export"
    )


READERS = {"csv": read_csv, "jsonl": read_jsonl, "zendesk": read_zendesk}
