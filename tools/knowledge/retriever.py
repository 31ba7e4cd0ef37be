"""`KnowledgeBase`: what the graph's retrieve node calls to get help-center and ticket evidence.

Inputs are validated here so the graph never has to: an empty query returns no passages, an over-long
one is cut (MiniLM reads 256 word pieces anyway), an unknown source or a bad k is a clear ValueError.

A turn's retrieval (`aretrieve`) embeds all its texts in one model call and runs all its searches in
one SQL statement on a pooled connection (one pool per event loop, see core.loop_local).
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from langchain_core.embeddings import Embeddings
from psycopg_pool import AsyncConnectionPool

from core.settings import Settings, get_settings
from db.connection import database_url
from db.pools import loop_pool
from tools.knowledge import store
from tools.knowledge.chunking import SOURCES
from tools.knowledge.embeddings import MiniLMEmbeddings, get_embeddings
from tools.knowledge.index import model_name
from tools.knowledge.query_vectors import minilm_vectors

MAX_QUERY_CHARS = 2000
MAX_K = 50
QUERY_CACHE = 256


async def _configure(conn: psycopg.AsyncConnection) -> None:
    # Session-wide, so each search is a single statement (no transaction for a SET LOCAL).
    await conn.execute(f"SET hnsw.ef_search = {int(store.EF_SEARCH)}")
    # The turn's retrieval statement is prepared once per connection and planned once: PostgreSQL's
    # default keeps re-planning it for every vector (a custom plan: 1.1 ms of the database's CPU per turn,
    # against 1.7-2.3 ms to run it), though the plan never changes: HNSW top-N per source, full-text, fusion.
    # On 300 held-out questions the generic plan returned the same passages in the same order.
    await conn.execute("SET plan_cache_mode = force_generic_plan")


@dataclass(frozen=True)
class Query:
    """One search of a turn: the text, how many passages, which source (None = all)."""

    text: str
    k: int = 5
    source: str | None = None


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
        # Repeated texts ("hi", "where is my order?") are embedded once per process.
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()
        self._vectors_lock = threading.Lock()

    def _embed_query(self, text: str) -> list[float]:
        return self._embed_many([text])[0]

    def _embed_many(self, texts: Sequence[str]) -> list[list[float]]:
        """Vectors of the texts, the ones not cached embedded together in ONE model call (thread-safe)."""
        with self._vectors_lock:
            cached = {t: self._vectors[t] for t in texts if t in self._vectors}
        todo = [t for t in dict.fromkeys(texts) if t not in cached]
        if todo:
            if isinstance(self.embeddings, MiniLMEmbeddings):
                # The intent model already encoded this turn's message with the same local model: share it.
                vectors = minilm_vectors(todo).tolist()
            else:
                vectors = self.embeddings.embed_documents(todo) if len(todo) > 1 else [self.embeddings.embed_query(todo[0])]
            cached.update(zip(todo, vectors, strict=True))
        with self._vectors_lock:
            for text in texts:
                self._vectors[text] = cached[text]
                self._vectors.move_to_end(text)
            while len(self._vectors) > QUERY_CACHE:
                self._vectors.popitem(last=False)
        return [cached[t] for t in texts]

    async def _pool(self) -> AsyncConnectionPool:
        return await loop_pool(self.url, "knowledge", configure=_configure)

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
        self._raise_unless_ready(built, store.count_chunks(conn) if built else 0)

    def _raise_unless_ready(self, built: tuple[str, int] | None, count: int) -> None:
        if built is None or count == 0:
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
        """Async variant of search: embedding in a worker thread, the query on a pooled connection."""
        results, _ = await self.aretrieve([Query(query, k, source)])
        return results[0]

    async def aretrieve(
        self, queries: Sequence[Query], articles: Sequence[str] = ()
    ) -> tuple[list[list[Passage]], dict[str, Passage]]:
        """Every search of a turn: one embedding call and ONE SQL statement for all of them.

        Returns each query's passages (in the order asked) and the opening chunk of each help article
        named in `articles` (what an article chosen outside the retrieved ones is answered from)."""
        texts = [self._validate(q.text, q.k, q.source) for q in queries]
        live = [n for n, text in enumerate(texts) if text]
        results: list[list[Passage]] = [[] for _ in queries]
        if not live and not articles:
            return results, {}
        vectors = await asyncio.to_thread(self._embed_many, [texts[n] for n in live]) if live else []
        searches = [
            store.Search(texts[n], vector, queries[n].k, queries[n].source)
            for n, vector in zip(live, vectors, strict=True)
        ]
        statement, params = store.multi_query(searches, list(dict.fromkeys(articles)))
        pool = await self._pool()
        async with pool.connection() as conn:
            if not self._checked:
                await self._acheck_index(conn)
            cursor = await conn.execute(statement, params, prepare=True)
            rows = await cursor.fetchall()
        openings: dict[str, Passage] = {}
        for search, _position, *row in rows:
            (passage,) = self._rows_to_passages([tuple(row)])
            if search < 0:
                openings[passage.doc_id] = passage
            else:
                results[live[search]].append(passage)
        return results, openings

    async def aarticles(self, doc_ids: list[str], source: str = "help_center") -> list[Passage]:
        """The opening chunk of each named document, in the order asked (unknown ids are skipped)."""
        if not doc_ids:
            return []
        pool = await self._pool()
        async with pool.connection() as conn:
            cursor = await conn.execute(store.openings_query(), {"source": source, "ids": list(doc_ids)})
            found = {p.doc_id: p for p in self._rows_to_passages(await cursor.fetchall())}
        return [found[d] for d in doc_ids if d in found]

    async def ahelp_chunks(self) -> list[tuple[str, str]]:
        """(text, heading or else title) of every help-center chunk: what the engine reads sentence by sentence."""
        pool = await self._pool()
        async with pool.connection() as conn:
            cursor = await conn.execute(
                f"SELECT body, coalesce(nullif(heading, ''), title, '') FROM {store.TABLE} WHERE source = 'help_center'"
            )
            return [(body or "", heading) for body, heading in await cursor.fetchall()]

    async def _acheck_index(self, conn: psycopg.AsyncConnection) -> None:
        """The async twin of _check_index (same messages), on the pooled connection."""
        cursor = await conn.execute("SELECT to_regclass(%s)", (store.META,))
        built = None
        if (await cursor.fetchone())[0]:
            cursor = await conn.execute(
                f"SELECT embedding_model, dimension FROM {store.META} WHERE name = %s", (store.TABLE,)
            )
            built = await cursor.fetchone()
        count = 0
        if built is not None:
            count = (await (await conn.execute(f"SELECT count(*) FROM {store.TABLE}")).fetchone())[0]
        self._raise_unless_ready(built, count)
