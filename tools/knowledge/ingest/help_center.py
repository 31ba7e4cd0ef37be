"""Help-center import: a folder of Markdown/HTML files, or a Zendesk Help Center articles export.

Articles land in `help_articles` with a content hash over title, category, URL and body, so importing
the same export again updates only the articles that changed (and the indexer re-embeds only those).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import yaml
from tqdm import tqdm

from tools.knowledge.chunking import content_hash
from tools.knowledge.html_text import html_to_text
from tools.knowledge.ingest.parsing import (
    FileError,
    array_lines,
    load_json,
    parse_datetime,
    read_text,
    slugify,
)
from tools.knowledge.ingest.report import IngestReport, RowError

CATEGORIES = (
    "shipping",
    "returns",
    "refunds",
    "exchanges",
    "sizing",
    "care",
    "payments",
    "promotions",
    "account",
    "orders",
)
DEFAULT_CATEGORY = "general"
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}

# Words that place an article in a category when the export does not say (first match wins).
_CATEGORY_WORDS = {
    "refunds": ("refund", "money back"),
    "returns": ("return",),
    "exchanges": ("exchange", "swap"),
    "shipping": ("shipping", "delivery", "ship ", "carrier", "tracking", "customs"),
    "sizing": ("size", "fit", "measure"),
    "care": ("care", "wash", "clean"),
    "payments": ("payment", "pay ", "card", "paypal", "klarna", "afterpay", "gift card"),
    "promotions": ("promo", "discount", "code", "sale", "coupon"),
    "account": ("account", "password", "login", "newsletter", "subscription"),
    "orders": ("order", "cancel"),
}
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_H1 = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)
_HTML_TITLE = re.compile(r"<(h1|title)[^>]*>(.*?)</\1>", re.I | re.S)


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    category: str
    body: str  # Markdown with ## headings
    url: str | None
    source: str  # 'markdown' | 'html' | 'zendesk'
    updated_at: datetime

    @property
    def content_hash(self) -> str:
        return content_hash("\n".join([self.title, self.category, self.url or "", self.body]))


def guess_category(*texts: str) -> str:
    """Category by keywords in the title (then body); 'general' when nothing fits."""
    for text in texts:
        lowered = f" {text.lower()} "
        for category, words in _CATEGORY_WORDS.items():
            if any(w in lowered for w in words):
                return category
    return DEFAULT_CATEGORY


def _category(value: Any, *texts: str) -> str:
    """A known category as given, else guessed from the given label, the title and the body."""
    label = str(value).strip() if value else ""
    if label.lower() in CATEGORIES:
        return label.lower()
    return guess_category(*([label] if label else []), *texts)


def parse_file(path: Path, root: Path) -> Article:
    """One Markdown or HTML file -> Article (title from front matter, first heading, or file name)."""
    text = read_text(path)
    meta: dict[str, Any] = {}
    if match := _FRONT_MATTER.match(text):
        try:
            meta = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise FileError(f"invalid front matter: {str(exc).splitlines()[0]}", 1) from exc
        if not isinstance(meta, dict):
            raise FileError("front matter must be a mapping of key: value", 1)
        text = text[match.end() :]
    is_html = path.suffix.lower() in HTML_SUFFIXES
    if is_html:
        html_title = _HTML_TITLE.search(text)
        body = html_to_text(text)
        title = meta.get("title") or (html_to_text(html_title.group(2)) if html_title else None)
    else:
        body = text.strip()
        h1 = _H1.search(body)
        title = meta.get("title") or (h1.group(1) if h1 else None)
    title = str(title or path.stem.replace("-", " ").replace("_", " ").capitalize()).strip()
    body = re.sub(rf"\A#\s+{re.escape(title)}[ \t#]*(\n|\Z)", "", body).strip()
    if not body:
        raise FileError("empty article (no text after the title)")
    folder = path.parent.name.lower() if path.parent != root else ""
    category = _category(
        meta.get("category") or (folder if folder in CATEGORIES else None), title, body[:500]
    )
    updated = meta.get("updated_at")
    return Article(
        id=str(meta.get("id") or meta.get("slug") or slugify(str(path.relative_to(root).with_suffix("")))),
        title=title,
        category=category,
        body=body,
        url=meta.get("url"),
        source="html" if is_html else "markdown",
        updated_at=parse_datetime(updated, "updated_at")
        if updated
        else datetime.fromtimestamp(path.stat().st_mtime, tz=UTC),
    )


def zendesk_articles(path: Path, report: IngestReport) -> Iterator[Article]:
    """Articles of a Zendesk Help Center export: {"articles": [...], "sections": [...] (optional)}."""
    text, data = load_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise FileError('expected a Zendesk export object with an "articles" list')
    sections = {s.get("id"): s.get("name", "") for s in data.get("sections", []) if isinstance(s, dict)}
    articles = data["articles"]
    lines = list(array_lines(text, "articles"))
    lines = lines if len(lines) == len(articles) else [None] * len(articles)
    for line, item in zip(lines, articles, strict=True):
        report.rows += 1
        try:
            if not isinstance(item, dict):
                raise RowError("article is not a JSON object")
            if item.get("draft") is True:
                raise RowError("draft article")
            missing = [k for k in ("id", "title", "body") if item.get(k) in (None, "")]
            if missing:
                raise RowError(f"missing field: {', '.join(missing)}")
            body = html_to_text(str(item["body"]))
            if not body:
                raise RowError("empty article body")
            title = str(item["title"]).strip()
            section = sections.get(item.get("section_id"), "")
            yield Article(
                id=f"zendesk-{item['id']}",
                title=title,
                category=_category(
                    section if section.lower() in CATEGORIES else None, title, section, body[:500]
                ),
                body=body,
                url=item.get("html_url"),
                source="zendesk",
                updated_at=parse_datetime(item.get("updated_at") or item.get("created_at"), "updated_at"),
            )
        except RowError as exc:
            report.skip(path, line, str(exc))


def upsert_article(conn: psycopg.Connection, article: Article) -> str:
    """Insert or update one article; 'unchanged' when its content hash is the same."""
    row = conn.execute(
        """INSERT INTO help_articles (id, title, category, body, url, source, content_hash, updated_at)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
           ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, category = EXCLUDED.category,
               body = EXCLUDED.body, url = EXCLUDED.url, source = EXCLUDED.source,
               content_hash = EXCLUDED.content_hash, updated_at = EXCLUDED.updated_at
           WHERE help_articles.content_hash IS DISTINCT FROM EXCLUDED.content_hash
           RETURNING (xmax = 0)""",
        (
            article.id,
            article.title,
            article.category,
            article.body,
            article.url,
            article.source,
            article.content_hash,
            article.updated_at,
        ),
    ).fetchone()
    if row is None:
        return "unchanged"
    return "inserted" if row[0] else "updated"


def _folder_articles(root: Path, report: IngestReport, progress: bool) -> Iterator[Article]:
    files = sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in MARKDOWN_SUFFIXES | HTML_SUFFIXES
    )
    ignored = [p for p in root.rglob("*") if p.is_file() and p not in files and not p.name.startswith(".")]
    if ignored:
        report.notes.append(f"{len(ignored)} file(s) without a .md/.markdown/.html/.htm suffix were ignored")
    return _files_articles(files, root, report, progress)


def _files_articles(files: list[Path], root: Path, report: IngestReport, progress: bool) -> Iterator[Article]:
    for path in tqdm(files, desc="help center", unit="file", disable=not progress):
        report.files += 1
        report.rows += 1
        try:
            yield parse_file(path, root)
        except (FileError, RowError) as exc:
            report.skip(path, getattr(exc, "line", None), str(exc))


def ingest_help_center(conn: psycopg.Connection, path: Path, *, progress: bool = False) -> IngestReport:
    """Import a folder of Markdown/HTML files or a Zendesk articles JSON into help_articles."""
    path = Path(path)
    report = IngestReport(kind="help_center")
    if not path.exists():
        report.skip(path, None, "path does not exist")
        return report
    if path.is_dir():
        articles: Iterator[Article] = _folder_articles(path, report, progress)
    elif path.suffix.lower() in MARKDOWN_SUFFIXES | HTML_SUFFIXES:
        articles = _files_articles([path], path.parent, report, progress)
    else:
        report.files = 1
        try:
            articles = iter(list(zendesk_articles(path, report)))
        except FileError as exc:
            report.skip(path, exc.line, str(exc))
            return report
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            report.skip(path, None, f"duplicate article id: {article.id!r} (also in {seen[article.id]})")
            continue
        seen[article.id] = article.title
        try:
            with conn.transaction():  # a savepoint: one rejected article never aborts the import
                report.count(upsert_article(conn, article))
        except psycopg.DataError as exc:
            report.skip(
                path, None, f"article {article.id!r} rejected by the database: {str(exc).splitlines()[0]}"
            )
    conn.commit()
    return report
