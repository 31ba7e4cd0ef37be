"""Reading helpers shared by the importers: strict text decoding, dates, booleans, JSON with lines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tools.knowledge.ingest.report import RowError

_TRUE = {"1", "true", "t", "yes", "y"}
_FALSE = {"0", "false", "f", "no", "n", ""}


class FileError(ValueError):
    """The whole file cannot be read (not text, not JSON, wrong shape)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


def read_text(path: Path) -> str:
    """UTF-8 text (a BOM is fine); binary files are refused with the offending byte offset."""
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise FileError("binary file (NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileError(f"not UTF-8 text (invalid byte at offset {exc.start})", line) from exc


def parse_datetime(value: Any, field: str = "created_at") -> datetime:
    """ISO 8601 (with 'Z' or offset; naive means UTC) or a Unix timestamp."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    text = str(value or "").strip()
    if not text:
        raise RowError(f"missing {field}")
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" UTC", "+00:00"))
    except ValueError:
        raise RowError(
            f"invalid {field}: {text[:40]!r} (expected ISO 8601, e.g. 2024-03-01T12:00:00Z)"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_bool(value: Any, field: str, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return default if text == "" else False
    raise RowError(f"invalid {field}: {value!r} (expected true/false)")


def parse_list(value: Any) -> list[str]:
    """Tags as a JSON list or a comma/semicolon/space separated string."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [t for t in re.split(r"[,;\s]+", str(value)) if t]


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:120] or "untitled"


def load_json(path: Path) -> tuple[str, Any]:
    text = read_text(path)
    try:
        return text, json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileError(f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from exc


def array_lines(text: str, key: str) -> Iterator[int]:
    """Line number of each element of the top-level array `key`, in order (for row-level reports)."""
    match = re.search(rf'"{re.escape(key)}"\s*:\s*\[', text)
    if not match:
        return
    decoder = json.JSONDecoder()
    pos = match.end()
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        yield text.count("\n", 0, pos) + 1
        _, pos = decoder.raw_decode(text, pos)
