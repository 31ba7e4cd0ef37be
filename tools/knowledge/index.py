"""(Re)build the chunk index from the canonical tables, incrementally.

Chunks are keyed by (doc_id, content hash, position): a chunk whose text did not change keeps its row
and its embedding; only new or edited chunks are embedded; chunks and documents that disappeared are
deleted. Past tickets come only from the learn split (resolved ones): the test split is what the
evaluation measures, so it must never become evidence.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from tools.knowledge import store
from tools.knowledge.chunking import Chunk, chunk_article, chunk_ticket

EMBED_BATCH = 256

# The only query that reads tickets for retrieval. split='test' is held out for evaluation.
LEARN_TICKETS_SQL = """
SELECT t.id, t.subject, t.messages, t.intent, t.resolution_action,
       t.facts || jsonb_build_object('customer_email', t.customer_email, 'order_id', t.order_id,
                                     'customer_phone', c.phone, 'customer_address', c.address),
       ARRAY[c.first_name, c.last_name, c.first_name || ' ' || c.last_name]
FROM tickets t LEFT JOIN customers c ON c.id = t.customer_id
WHERE t.split = 'learn' AND t.resolved
ORDER BY t.created_at, t.id
"""


@dataclass
class IndexReport:
    source: str
    documents: int = 0
    chunks: int = 0
    embedded: int = 0
    unchanged: int = 0
    deleted: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        return (
            f"{self.documents} documents, {self.chunks} chunks ({self.embedded} embedded, "
            f"{self.unchanged} unchanged, {self.deleted} deleted) in {self.seconds:.1f}s"
        )


def model_name(embeddings: Embeddings) -> str:
    """A stable name of the embedding model, stored with the index to detect a model change."""
    name = getattr(embeddings, "model_name", None) or getattr(embeddings, "model", None)
    return f"{type(embeddings).__name__}:{name}" if isinstance(name, str) else type(embeddings).__name__


def embedding_dim(embeddings: Embeddings) -> int:
    dim = getattr(embeddings, "dimension", None)
    return int(dim) if dim else len(embeddings.embed_query("dimension probe"))


def prepare(conn: psycopg.Connection, embeddings: Embeddings, *, rebuild: bool = False) -> bool:
    """Make sure the chunk table exists for this model; `rebuild` re-embeds everything."""
    # One indexer at a time (two replicas starting together); released when sync_chunks commits.
    conn.execute("SELECT pg_advisory_xact_lock(74202)")
    if rebuild:
        store.drop_index(conn)
    return store.ensure_schema(conn, model_name(embeddings), embedding_dim(embeddings))


def sync_chunks(
    conn: psycopg.Connection,
    embeddings: Embeddings,
    source: str,
    chunks: Sequence[Chunk],
    *,
    documents: int,
    progress: bool = False,
) -> IndexReport:
    """Make the index hold exactly `chunks` for `source`, embedding only what is new."""
    started = time.perf_counter()
    report = IndexReport(source=source, documents=documents, chunks=len(chunks))
    existing = store.existing_chunks(conn, source)
    todo: list[Chunk] = []
    for chunk in chunks:
        same_text = existing.get((chunk.doc_id, chunk.content_hash))
        if same_text:  # same text (maybe moved): keep its embedding
            store.update_unembedded_fields(conn, same_text.pop(0), chunk)
            report.unchanged += 1
        else:
            todo.append(chunk)
    report.deleted = store.delete_rows(conn, [s.id for left in existing.values() for s in left])
    bar = tqdm(total=len(todo), desc=f"embed {source}", unit="chunk", disable=not progress or not todo)
    for start in range(0, len(todo), EMBED_BATCH):
        batch = todo[start : start + EMBED_BATCH]
        vectors = embeddings.embed_documents([c.content for c in batch])
        report.embedded += store.copy_chunks(conn, zip(batch, vectors, strict=True))
        bar.update(len(batch))
    bar.close()
    conn.commit()
    report.seconds = time.perf_counter() - started
    return report


def help_article_chunks(conn: psycopg.Connection) -> tuple[int, list[Chunk]]:
    rows = conn.execute("SELECT id, title, body, url, category FROM help_articles ORDER BY id").fetchall()
    chunks = [
        c
        for doc_id, title, body, url, category in rows
        for c in chunk_article(doc_id, title, body, url=url, category=category)
    ]
    return len(rows), chunks


def first_message(messages: list[dict], role: str, after: int = -1) -> tuple[int, str | None]:
    """Index and text of the first message by `role` after position `after`."""
    for i, message in enumerate(messages):
        if i > after and isinstance(message, dict) and message.get("role") == role and message.get("text"):
            return i, str(message["text"])
    return -1, None


def learn_ticket_chunks(conn: psycopg.Connection) -> tuple[int, list[Chunk]]:
    """Learn-split resolved tickets as (customer's first message, the agent reply that followed)."""
    rows = conn.execute(LEARN_TICKETS_SQL).fetchall()
    chunks = []
    for ticket_id, subject, messages, intent, action, facts, names in rows:
        pos, customer = first_message(messages or [], "customer")
        _, reply = first_message(messages or [], "agent", after=pos)
        if customer and reply:
            chunks.append(
                chunk_ticket(
                    ticket_id,
                    subject=subject,
                    customer_message=customer,
                    agent_reply=reply,
                    intent=intent,
                    resolution_action=action,
                    facts=facts,
                    names=[n for n in names or [] if n],  # the ticket's customer, redacted from the text
                )
            )
    return len(rows), chunks


def index_help_articles(
    conn: psycopg.Connection, embeddings: Embeddings, *, rebuild: bool = False, progress: bool = False
) -> IndexReport:
    """Sync the help-center chunks with table help_articles."""
    prepare(conn, embeddings, rebuild=rebuild)
    documents, chunks = help_article_chunks(conn)
    return sync_chunks(conn, embeddings, "help_center", chunks, documents=documents, progress=progress)


def index_past_tickets(
    conn: psycopg.Connection, embeddings: Embeddings, *, rebuild: bool = False, progress: bool = False
) -> IndexReport:
    """Sync the past-ticket chunks with the learn-split, resolved rows of table tickets."""
    prepare(conn, embeddings, rebuild=rebuild)
    documents, chunks = learn_ticket_chunks(conn)
    return sync_chunks(conn, embeddings, "past_ticket", chunks, documents=documents, progress=progress)
