"""(Re)build the chunk index from the canonical tables, incrementally.

Chunks are keyed by (doc_id, content hash, position): a chunk whose text did not change keeps its row
and its embedding; only new or edited chunks are embedded; chunks and documents that disappeared are
deleted. Past tickets come only from the learn split (resolved ones): the test split is what the
evaluation measures, so it must never become evidence.

What is embedded is what retrieval compares with a customer's message: a help-center chunk whole, and
of a past ticket only the customer's first message (capped at TICKET_EMBED_TOKENS), not the agent's
reply: the reply is shown as evidence and full-text indexed, but a customer's question resembles the
earlier question, and embedding half the text makes the first start several times faster. Vectors are
cached on disk by (model, sha256 of the embedded text), so a re-index, a reseed or a test run embeds
only texts never seen before; texts are embedded longest first so each batch pads little.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import psycopg
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from tools.knowledge import store
from tools.knowledge.chunking import Chunk, chunk_article, chunk_ticket, content_hash
from tools.knowledge.embedding_cache import EmbeddingCache, text_digest
from tools.knowledge.embeddings import cap_tokens

EMBED_BATCH = 256
TICKET_EMBED_TOKENS = 128

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
    cached: int = 0  # of the embedded chunks, vectors reused: from the embedding cache, or a text seen twice
    seconds: float = 0.0

    def __str__(self) -> str:
        return (
            f"{self.documents} documents, {self.chunks} chunks ({self.embedded} embedded, "
            f"{self.cached} of them from the embedding cache, "
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


def row_hash(chunk: Chunk, embedded: str) -> str:
    """What identifies a stored row: its content, and what was embedded when that is not the content
    (so changing what is embedded re-embeds the rows once)."""
    return chunk.content_hash if embedded == chunk.content else content_hash(chunk.content + "\x1e" + embedded)


def default_cache() -> EmbeddingCache:
    from core.settings import get_settings

    return EmbeddingCache.in_data_dir(get_settings().data_dir)


def embed_cached(
    embeddings: Embeddings,
    texts: Sequence[str],
    cache: EmbeddingCache | None,
    *,
    desc: str = "embed",
    progress: bool = False,
    shortest_first: bool = False,
) -> tuple[list[np.ndarray], int]:
    """Vectors for `texts` (aligned) and how many had to be computed; cached ones are read from disk.

    The cache is read again before each batch, so two processes embedding overlapping texts from opposite
    ends (the indexer longest first, the trainer `shortest_first`) share the work instead of doing it twice.
    """
    model = model_name(embeddings)
    digests = [text_digest(t) for t in texts]
    known = cache.get_many(model, digests) if cache else {}
    todo = sorted({d: t for d, t in zip(digests, texts, strict=True) if d not in known}.items(),
                  key=lambda item: len(item[1]) if shortest_first else -len(item[1]))
    bar = tqdm(total=len(todo), desc=desc, unit="text", disable=not progress or not todo)
    computed = 0
    for start in range(0, len(todo), EMBED_BATCH):
        batch = todo[start : start + EMBED_BATCH]
        if cache and start:
            known.update(cache.get_many(model, [digest for digest, _ in batch]))
            batch = [(digest, text) for digest, text in batch if digest not in known]
        if batch:
            vectors = embeddings.embed_documents([text for _, text in batch])
            fresh = {digest: np.asarray(v, dtype=np.float32) for (digest, _), v in zip(batch, vectors, strict=True)}
            if cache:
                cache.put_many(model, fresh)  # kept batch by batch: an interrupted first start resumes
            known.update(fresh)
            computed += len(batch)
        bar.update(min(EMBED_BATCH, len(todo) - start))
    bar.close()
    return [known[d] for d in digests], computed


def sync_chunks(
    conn: psycopg.Connection,
    embeddings: Embeddings,
    source: str,
    chunks: Sequence[Chunk],
    *,
    documents: int,
    embed_texts: Sequence[str] | None = None,
    cache: EmbeddingCache | None = None,
    progress: bool = False,
) -> IndexReport:
    """Make the index hold exactly `chunks` for `source`, embedding only what is new.

    `embed_texts` (aligned with chunks) is what to embed for each chunk; by default its content."""
    started = time.perf_counter()
    report = IndexReport(source=source, documents=documents, chunks=len(chunks))
    embedded_texts = list(embed_texts) if embed_texts is not None else [c.content for c in chunks]
    existing = store.existing_chunks(conn, source)
    todo: list[tuple[Chunk, str, str]] = []
    for chunk, text in zip(chunks, embedded_texts, strict=True):
        digest = row_hash(chunk, text)
        same_text = existing.get((chunk.doc_id, digest))
        if same_text:  # same text (maybe moved): keep its embedding
            store.update_unembedded_fields(conn, same_text.pop(0), chunk)
            report.unchanged += 1
        else:
            todo.append((chunk, text, digest))
    report.deleted = store.delete_rows(conn, [s.id for left in existing.values() for s in left])
    vectors, computed = embed_cached(
        embeddings, [text for _, text, _ in todo], cache, desc=f"embed {source}", progress=progress
    )
    report.cached = len(todo) - computed
    with store.bulk_load(conn, source, len(todo)):
        report.embedded = store.copy_chunks(
            conn, ((chunk, vector, digest) for (chunk, _, digest), vector in zip(todo, vectors, strict=True))
        )
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


def learn_ticket_chunks(conn: psycopg.Connection) -> tuple[int, list[Chunk], list[str]]:
    """Learn-split resolved tickets as (customer's first message, the agent reply that followed), and
    for each the text to embed: the customer's first message."""
    rows = conn.execute(LEARN_TICKETS_SQL).fetchall()
    chunks, questions = [], []
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
            questions.append(" ".join(customer.split()))
    return len(rows), chunks, questions


def index_help_articles(
    conn: psycopg.Connection,
    embeddings: Embeddings,
    *,
    rebuild: bool = False,
    progress: bool = False,
    cache: EmbeddingCache | None = None,
) -> IndexReport:
    """Sync the help-center chunks with table help_articles (cache: DATA_DIR's embedding cache by default)."""
    prepare(conn, embeddings, rebuild=rebuild)
    documents, chunks = help_article_chunks(conn)
    return sync_chunks(conn, embeddings, "help_center", chunks, documents=documents,
                       cache=cache or default_cache(), progress=progress)


def index_past_tickets(
    conn: psycopg.Connection,
    embeddings: Embeddings,
    *,
    rebuild: bool = False,
    progress: bool = False,
    cache: EmbeddingCache | None = None,
) -> IndexReport:
    """Sync the past-ticket chunks with the learn-split, resolved rows of table tickets."""
    prepare(conn, embeddings, rebuild=rebuild)
    documents, chunks, questions = learn_ticket_chunks(conn)
    return sync_chunks(conn, embeddings, "past_ticket", chunks, documents=documents,
                       embed_texts=cap_tokens(embeddings, questions, TICKET_EMBED_TOKENS),
                       cache=cache or default_cache(), progress=progress)
