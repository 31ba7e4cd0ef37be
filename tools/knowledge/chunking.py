"""Split help articles and past tickets into retrievable chunks.

A chunk is one heading section (long sections split on paragraphs under a size cap). The embedded
text starts with the article title and heading path, so a section like "## Canada" still says what it
is about; the content hash lets the indexer skip chunks whose text did not change.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from tools.knowledge.html_text import html_to_text, looks_like_html
from tools.knowledge.redaction import redact, ticket_identifiers

SourceKind = Literal["help_center", "past_ticket"]
SOURCES: tuple[SourceKind, ...] = ("help_center", "past_ticket")

MAX_CHARS = 1000  # ~220 word pieces: all-MiniLM-L6-v2 truncates input at 256.
MIN_CHARS = 40  # tiny trailing pieces are merged into the previous chunk

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Chunk:
    doc_id: str
    chunk_no: int
    source: SourceKind
    title: str
    heading: str  # heading path, e.g. "International > Canada"; "" for the intro
    text: str  # the section text shown to the drafter
    url: str | None = None
    category: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def content(self) -> str:
        """What is embedded and full-text indexed: title and heading path give the text its context."""
        head = f"{self.title} — {self.heading}" if self.heading else self.title
        return f"{head}\n\n{self.text}"

    @property
    def content_hash(self) -> str:
        return content_hash(self.content)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sections(markdown: str, title: str = "") -> list[tuple[str, str]]:
    """(heading path, text) per heading section; an H1 equal to the title is not part of the path."""
    path: list[tuple[int, str]] = []
    out: list[tuple[str, str]] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        text = "\n".join(lines).strip()
        if text:
            out.append((" > ".join(h for _, h in path), text))
        lines.clear()

    for line in markdown.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if not match:
            lines.append(line)
            continue
        flush()
        level, heading = len(match.group(1)), match.group(2).strip()
        if level == 1 and heading.casefold() == title.strip().casefold():
            continue
        path = [(lvl, h) for lvl, h in path if lvl < level] + [(level, heading)]
    flush()
    return out


def split_text(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """Pack paragraphs into pieces under max_chars; over-long paragraphs split on sentences, then words."""
    units: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        if len(para) <= max_chars:
            units.append(para)
            continue
        for sentence in _SENTENCE.split(para):
            while len(sentence) > max_chars:
                cut = sentence.rfind(" ", 0, max_chars)
                cut = cut if cut > 0 else max_chars
                units.append(sentence[:cut].strip())
                sentence = sentence[cut:].strip()
            if sentence:
                units.append(sentence)
    pieces: list[str] = []
    for unit in units:
        if pieces and len(pieces[-1]) + 2 + len(unit) <= max_chars:
            pieces[-1] = f"{pieces[-1]}\n\n{unit}"
        else:
            pieces.append(unit)
    if len(pieces) > 1 and len(pieces[-1]) < MIN_CHARS:
        pieces[-2] = f"{pieces[-2]}\n\n{pieces.pop()}"
    return pieces


def chunk_article(
    doc_id: str,
    title: str,
    body: str,
    *,
    url: str | None = None,
    category: str | None = None,
    max_chars: int = MAX_CHARS,
) -> list[Chunk]:
    """Chunks of one help article (Markdown, or HTML converted to text first)."""
    if looks_like_html(body):
        body = html_to_text(body)
    chunks: list[Chunk] = []
    for heading, text in sections(body, title):
        for piece in split_text(text, max_chars):
            chunks.append(Chunk(doc_id, len(chunks), "help_center", title, heading, piece, url, category))
    return chunks


def chunk_ticket(
    ticket_id: str,
    *,
    subject: str | None,
    customer_message: str,
    agent_reply: str,
    intent: str,
    resolution_action: str,
    facts: dict[str, Any] | None = None,
    names: Iterable[object] = (),
    max_chars: int = MAX_CHARS * 2,
) -> Chunk:
    """One evidence chunk per resolved ticket: the customer's first message and the resolving reply,
    redacted of who the customer was (names, contact details, addresses, order and tracking numbers)."""
    identifiers = ticket_identifiers(facts)

    def clean(text: str) -> str:
        return redact(text, names=names, identifiers=identifiers)

    customer = clean(customer_message.strip())[:max_chars]
    reply = clean(agent_reply.strip())[:max_chars]
    kept_facts = {k: v for k, v in (facts or {}).items() if k == "help_article_id"}
    return Chunk(
        doc_id=ticket_id,
        chunk_no=0,
        source="past_ticket",
        title=clean((subject or intent.replace("_", " ")).strip()),
        heading=intent,
        text=f"Customer: {customer}\n\nAgent: {reply}",
        category=intent,
        metadata={"intent": intent, "resolution_action": resolution_action, "facts": kept_facts},
    )
