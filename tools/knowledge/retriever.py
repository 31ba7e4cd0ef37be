"""`KnowledgeBase.search`: what the graph's retrieve node calls to get help-center and ticket evidence.

Inputs are validated here so the graph never has to: an empty query returns no passages, an over-long
one is cut (MiniLM reads 256 word pieces anyway), an unknown source or a bad k is a clear ValueError.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import psycopg
from langchain_core.embeddings import Embeddings

from core.settings import Settings, get_settings
from db.connection import database_url
from tools.knowledge import store
from tools.knowledge.chunking import SOURCES
from tools.knowledge.embeddings import get_embeddings
from tools.knowledge.index import model_name

MAX_QUERY_CHARS = 2000
MAX_K = 50
QUERY_CACHE = 256


@dataclass(frozen=True)
class Passage:
    doc_id: str
    title: str
    heading: str
    text: str
    url: str | None
    source: str  # 'help_center' | 'past_ticket'
    category: str | None
    score: float  # reciprocal-rank-fusion score; higher is better
    metadata: dict[str, Any] = field(default_factory=dict)


class KnowledgeBase:
    """Hybrid (vector + full-text) search over the chunk index in PostgreSQL."""

    def __init__(
        self, url: str | None = None, embeddings: Embeddings | None = None, settings: Settings | None = None
    ):
        settings = settings or get_settings()
        self.url = url or database_url(settings)
        self.embeddings = embeddings or get_embeddings(settings)
        self._checked = False
        # A turn searches the help center and past tickets with the same text: embed it once.
        self._embed_query = lru_cache(maxsize=QUERY_CACHE)(self.embeddings.embed_query)

    @staticmethod
    def _validate(query: str, k: int, source: str | None) -> str:
        if not isinstance(query, str):
            raise TypeError(f"query must be a string, got {type(query).__name__}")
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
            raise ValueError(f"k must be an integer between 1 and {MAX_K}, got {k!r}")
        if source is not None and source not in SOURCES:
            raise ValueError(f"source must be one of {', '.join(SOURCES)} or None, got {source!r}")
        return " ".join(query.split())[:MAX_QUERY_CHARS]

    def _check_index(self, conn: psycopg.Connection) -> None:
        """Fail with the command to run, instead of returning nothing forever."""
        if self._checked:
            return
        built = store.index_model(conn)
        if built is None or store.count_chunks(conn) == 0:
            raise store.IndexEmpty(
                "The knowledge index is empty. Run `support-agent seed` (demo data) or "
                "`support-agent ingest --help-center PATH`, then `support-agent index`."
            )
        if built[0] != model_name(self.embeddings):
            raise store.IndexMismatch(
                f"The knowledge index was built with {built[0]}, but the configured embeddings are "
                f"{model_name(self.embeddings)}. Run `support-agent index --reindex`."
            )
        self._checked = True

    def _rows_to_passages(self, rows: list[tuple]) -> list[Passage]:
        passages = []
        for doc_id, chunk_no, source, title, heading, body, url, category, meta, score, dense, sparse, sim in rows:
            metadata = dict(meta or {})
            # similarity: cosine of the query to this chunk (None when only full-text found it).
            metadata.update(chunk_no=chunk_no, dense_rank=dense, sparse_rank=sparse, similarity=sim)
            passages.append(Passage(doc_id, title, heading, body, url, source, category, score, metadata))
        return passages

    def search(self, query: str, k: int = 5, source: str | None = None) -> list[Passage]:
        """Top-k passages for the query, optionally only one source kind."""
        text = self._validate(query, k, source)
        if not text:
            return []
        with psycopg.connect(self.url) as conn:
            self._check_index(conn)
            vector = self._embed_query(text)
            with conn.transaction():
                conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(store.EF_SEARCH),))
                rows = conn.execute(
                    store.hybrid_query(source), store.search_params(text, vector, k)
                ).fetchall()
        return self._rows_to_passages(rows)

    async def asearch(self, query: str, k: int = 5, source: str | None = None) -> list[Passage]:
        """Async variant: embedding runs in a worker thread, the query on an async connection."""
        text = self._validate(query, k, source)
        if not text:
            return []
        async with await psycopg.AsyncConnection.connect(self.url) as conn:
            if not self._checked:
                await asyncio.to_thread(self._check_index_sync)
            vector = await asyncio.to_thread(self._embed_query, text)
            async with conn.transaction():
                await conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(store.EF_SEARCH),))
                cursor = await conn.execute(store.hybrid_query(source), store.search_params(text, vector, k))
                rows = await cursor.fetchall()
        return self._rows_to_passages(rows)

    async def aarticles(self, doc_ids: list[str], source: str = "help_center") -> list[Passage]:
        """The opening chunk of each named document, in the order asked (unknown ids are skipped)."""
        if not doc_ids:
            return []
        async with await psycopg.AsyncConnection.connect(self.url) as conn:
            cursor = await conn.execute(
                f"""SELECT DISTINCT ON (doc_id) doc_id, chunk_no, source, title, heading, body, url, category,
                           metadata, 0.0::float8, NULL::bigint, NULL::bigint, NULL::float8
                    FROM {store.TABLE} WHERE source = %s AND doc_id = ANY(%s)
                    ORDER BY doc_id, chunk_no""",
                (source, list(doc_ids)),
            )
            found = {p.doc_id: p for p in self._rows_to_passages(await cursor.fetchall())}
        return [found[d] for d in doc_ids if d in found]

    def _check_index_sync(self) -> None:
        with psycopg.connect(self.url) as conn:
            self._check_index(conn)
