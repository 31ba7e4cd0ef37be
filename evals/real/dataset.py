"""The labelled JSONL of real customer messages (schema of ../shared/real-messages/README.md).

A malformed line never stops a run: it is reported as `file:line: what is wrong` and skipped, so one bad
row in a hand-labelled file does not hide the figures of the other two hundred.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

ROUTES = ("answer", "escalate")
REQUIRED = ("id", "text", "intent", "tier", "expected_route")


@dataclass(frozen=True)
class LabelledMessage:
    id: str
    source: str
    text: str
    turns: tuple[str, ...]  # every customer turn, in order; (text,) when the row has none
    intent: str
    tier: int
    expected_route: str
    escalate_reason: str | None
    frustrated: bool
    language: str
    line: int = 0


@dataclass
class LoadedMessages:
    messages: list[LabelledMessage] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "path:line: reason", one per skipped line
    notes: list[str] = field(default_factory=list)  # "path:line: remark" on rows kept as they are


def parse_row(raw: dict) -> LabelledMessage:
    """One decoded row as a LabelledMessage; ValueError says which field is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("a row must be a JSON object")
    missing = [name for name in REQUIRED if raw.get(name) in (None, "")]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    text = raw["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("text must be a non-empty string")
    turns = raw.get("turns") or [text]
    if not isinstance(turns, list) or not all(isinstance(t, str) and t.strip() for t in turns):
        raise ValueError("turns must be a list of non-empty strings (or null)")
    if raw["expected_route"] not in ROUTES:
        raise ValueError(f"expected_route must be one of {ROUTES}, not {raw['expected_route']!r}")
    try:
        tier = int(raw["tier"])
    except (TypeError, ValueError):
        raise ValueError(f"tier must be 1 or 2, not {raw['tier']!r}") from None
    if tier not in (1, 2):
        raise ValueError(f"tier must be 1 or 2, not {tier}")
    return LabelledMessage(
        id=str(raw["id"]),
        source=str(raw.get("source") or "unknown"),
        text=text,
        turns=tuple(turns),
        intent=str(raw["intent"]),
        tier=tier,
        expected_route=raw["expected_route"],
        escalate_reason=raw.get("escalate_reason") or None,
        frustrated=bool(raw.get("frustrated")),
        language=str(raw.get("language") or "en"),
    )


def load_messages(path: Path) -> LoadedMessages:
    """Every well-formed row of the file; each malformed or duplicate line becomes a problem."""
    loaded = LoadedMessages()
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                message = parse_row(json.loads(line.rstrip("\r\n")))
            except json.JSONDecodeError as exc:
                loaded.problems.append(f"{path}:{number}: not valid JSON: {exc.msg} (column {exc.colno})")
                continue
            except ValueError as exc:
                loaded.problems.append(f"{path}:{number}: {exc}")
                continue
            if message.id in seen:
                loaded.problems.append(f"{path}:{number}: duplicate id {message.id!r}")
                continue
            seen.add(message.id)
            if message.turns[0] != message.text:
                loaded.notes.append(
                    f"{path}:{number}: turns[0] differs from text; the turns are replayed as given"
                )
            loaded.messages.append(LabelledMessage(**{**message.__dict__, "line": number}))
    return loaded
