"""The chunk table in PostgreSQL: pgvector HNSW for meaning, a tsvector GIN index for exact tokens.

Hand-written SQL instead of langchain-postgres' PGVectorStore (0.0.19), for reasons measured on this
database (see the knowledge report): its keyword half uses plainto_tsquery, which ANDs every word of a
question so natural questions rarely match; it pins the first query's text in the shared
HybridSearchConfig (langchain-postgres#337, open), so later searches keyword-search the wrong text;
and it inserts one row per round trip (2.6 s per 1,000 rows here, COPY does it in ~0.1 s).
Here one statement does both searches and reciprocal rank fusion in a single round trip.

One partial HNSW index per source kind: pgvector 0.6 filters *after* the index scan, so a filter on a
rare source over one shared index would lose results; per-source indexes answer filtered queries exactly.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import psycopg
from pgvector.psycopg.vector import register_vector_info
from psycopg import sql
from psycopg.types import TypeInfo
from psycopg.types.json import Jsonb

from tools.knowledge.chunking import SOURCES, Chunk

TABLE = "knowledge_chunks"
META = "knowledge_index"
RRF_K = 60
CANDIDATES = 40  # per search side, before fusion
EF_SEARCH = 80
BULK_REBUILD_MIN = 1000  # new rows from which building the HNSW index afterwards beats inserting into it


class IndexEmpty(RuntimeError):
    """No chunks indexed yet; the message says which command fills the index."""


class IndexMismatch(RuntimeError):
    """The index was built with another embedding model than the configured one."""


def ensure_schema(conn: psycopg.Connection, model: str, dimension: int) -> bool:
    """Create the chunk table for this model; drops and recreates it when the model changed.

    Returns True when the table was (re)created, i.e. everything must be embedded again.
    """
    conn.execute(
        f"""CREATE TABLE IF NOT EXISTS {META} (
               name text PRIMARY KEY, embedding_model text NOT NULL, dimension integer NOT NULL,
               built_at timestamptz NOT NULL DEFAULT now())"""
    )
    row = conn.execute(f"SELECT embedding_model, dimension FROM {META} WHERE name = %s", (TABLE,)).fetchone()
    if row == (model, dimension):
        return False
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    sources = ", ".join(f"'{s}'" for s in SOURCES)
    conn.execute(
        f"""CREATE TABLE {TABLE} (
               id            bigserial PRIMARY KEY,
               doc_id        text NOT NULL,
               chunk_no      integer NOT NULL,
               source        text NOT NULL CHECK (source IN ({sources})),
               title         text NOT NULL,
               heading       text NOT NULL DEFAULT '',
               body          text NOT NULL,
               content       text NOT NULL,
               content_hash  text NOT NULL,
               url           text,
               category      text,
               metadata      jsonb NOT NULL DEFAULT '{{}}',
               embedding     vector({int(dimension)}) NOT NULL,
               tsv           tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED)"""
    )
    conn.execute(f"CREATE INDEX {TABLE}_doc ON {TABLE} (source, doc_id)")
    conn.execute(f"CREATE INDEX {TABLE}_tsv ON {TABLE} USING gin (tsv)")
    for source in SOURCES:
        conn.execute(
            f"CREATE INDEX {TABLE}_hnsw_{source} ON {TABLE} "
            f"USING hnsw (embedding vector_cosine_ops) WHERE source = '{source}'"
        )
    conn.execute(
        f"""INSERT INTO {META} (name, embedding_model, dimension) VALUES (%s, %s, %s)
            ON CONFLICT (name) DO UPDATE SET embedding_model = EXCLUDED.embedding_model,
                dimension = EXCLUDED.dimension, built_at = now()""",
        (TABLE, model, dimension),
    )
    return True


def drop_index(conn: psycopg.Connection) -> None:
    """Forget every chunk (used by --reindex and when the embedding model changes)."""
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
    if conn.execute("SELECT to_regclass(%s)", (META,)).fetchone()[0]:
        conn.execute(f"DELETE FROM {META} WHERE name = %s", (TABLE,))


def index_model(conn: psycopg.Connection) -> tuple[str, int] | None:
    """(embedding model, dimension) the index was built with, or None when there is no index."""
    exists = conn.execute("SELECT to_regclass(%s)", (META,)).fetchone()[0]
    if not exists:
        return None
    row = conn.execute(f"SELECT embedding_model, dimension FROM {META} WHERE name = %s", (TABLE,)).fetchone()
    return (row[0], row[1]) if row else None


@dataclass(frozen=True)
class Stored:
    """An indexed chunk as the indexer needs it: identity plus the fields that change without re-embedding."""

    id: int
    chunk_no: int
    url: str | None
    category: str | None
    metadata: dict[str, Any]


def existing_chunks(conn: psycopg.Connection, source: str) -> dict[tuple[str, str], list[Stored]]:
    """(doc_id, content_hash) -> stored chunks, for every chunk of a source."""
    found: dict[tuple[str, str], list[Stored]] = {}
    rows = conn.execute(
        f"SELECT doc_id, content_hash, id, chunk_no, url, category, metadata FROM {TABLE} WHERE source = %s ORDER BY id",
        (source,),
    )
    for doc_id, digest, *rest in rows:
        found.setdefault((doc_id, digest), []).append(Stored(*rest))
    return found


def vector_literal(vector: Sequence[float]) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in vector) + "]"


_COPY_TYPES = ["text", "int4", "text", "text", "text", "text", "text", "text", "text", "text", "jsonb", "vector"]


def _dumps(value: Any) -> str:
    return json.dumps(value, default=str)


def copy_chunks(conn: psycopg.Connection, rows: Iterable[tuple[Chunk, Sequence[float], str]]) -> int:
    """Bulk insert with binary COPY (one round trip for the whole batch; vectors go as float32 bytes,
    about ten times cheaper than formatting 384 decimals per row). Rows are (chunk, vector, row hash)."""
    n = 0
    columns = "doc_id, chunk_no, source, title, heading, body, content, content_hash, url, category, metadata, embedding"
    with conn.cursor() as cursor:
        register_vector_info(cursor, TypeInfo.fetch(conn, "vector"))  # this cursor only: reads are untouched
        with cursor.copy(f"COPY {TABLE} ({columns}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(_COPY_TYPES)
            for chunk, vector, digest in rows:
                copy.write_row(
                    (
                        chunk.doc_id,
                        chunk.chunk_no,
                        chunk.source,
                        chunk.title,
                        chunk.heading,
                        chunk.text,
                        chunk.content,
                        digest,
                        chunk.url,
                        chunk.category,
                        Jsonb(chunk.metadata, dumps=_dumps),
                        np.asarray(vector, dtype=np.float32),
                    )
                )
                n += 1
    return n


@contextlib.contextmanager
def bulk_load(conn: psycopg.Connection, source: str, rows: int) -> Iterator[None]:
    """Around a large insert into a source: build its HNSW index once afterwards instead of inserting
    every row into the graph (measured: see tools/knowledge/index.py). Small inserts keep the index."""
    if rows < BULK_REBUILD_MIN:
        yield
        return
    name = f"{TABLE}_hnsw_{source}"
    conn.execute(f"DROP INDEX IF EXISTS {name}")
    yield
    conn.execute(
        f"CREATE INDEX {name} ON {TABLE} USING hnsw (embedding vector_cosine_ops) WHERE source = '{source}'"
    )


def update_unembedded_fields(conn: psycopg.Connection, stored: Stored, chunk: Chunk) -> bool:
    """Position, URL, category and metadata change without re-embedding; True when a row was updated."""
    metadata = json.loads(json.dumps(chunk.metadata, default=str))
    if (stored.chunk_no, stored.url, stored.category, stored.metadata) == (
        chunk.chunk_no,
        chunk.url,
        chunk.category,
        metadata,
    ):
        return False
    conn.execute(
        f"UPDATE {TABLE} SET chunk_no = %s, url = %s, category = %s, metadata = %s WHERE id = %s",
        (chunk.chunk_no, chunk.url, chunk.category, json.dumps(metadata), stored.id),
    )
    return True


def delete_rows(conn: psycopg.Connection, ids: Sequence[int]) -> int:
    if not ids:
        return 0
    return conn.execute(f"DELETE FROM {TABLE} WHERE id = ANY(%s)", (list(ids),)).rowcount


def count_chunks(conn: psycopg.Connection, source: str | None = None) -> int:
    if source:
        return conn.execute(f"SELECT count(*) FROM {TABLE} WHERE source = %s", (source,)).fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0]


def _dense_branch(source: str, p: str) -> sql.Composed:
    return sql.SQL(
        "(SELECT id, embedding <=> %({p}vec)s::vector AS dist FROM {table} WHERE source = {source} "
        "ORDER BY embedding <=> %({p}vec)s::vector LIMIT %({p}cand)s)".replace("{p}", p)
    ).format(table=sql.Identifier(TABLE), source=sql.Literal(source))


_HYBRID = """
WITH q AS (
    SELECT CASE WHEN %({p}any_term)s THEN websearch_to_tsquery('english', %({p}text)s)
                ELSE plainto_tsquery('english', %({p}text)s) END AS tsq
), dense AS (
    SELECT id, dist, row_number() OVER (ORDER BY dist) AS rank
    FROM (SELECT * FROM ({dense}) d ORDER BY dist LIMIT %({p}cand)s) top
), sparse AS (
    SELECT id, row_number() OVER (ORDER BY score DESC, id) AS rank
    FROM (SELECT c.id, ts_rank_cd(c.tsv, q.tsq, 1) AS score
          FROM {table} c, q
          WHERE q.tsq IS NOT NULL AND numnode(q.tsq) > 0 AND c.tsv @@ q.tsq AND c.{source_filter}
          ORDER BY score DESC LIMIT %({p}cand)s) s
), fused AS (
    SELECT id, dense.dist, dense.rank AS dense_rank, sparse.rank AS sparse_rank,
           coalesce(1.0 / (%({p}rrf_k)s + dense.rank), 0) + coalesce(1.0 / (%({p}rrf_k)s + sparse.rank), 0) AS score
    FROM dense FULL OUTER JOIN sparse USING (id)
)
SELECT c.doc_id, c.chunk_no, c.source, c.title, c.heading, c.body, c.url, c.category, c.metadata,
       f.score::float8, f.dense_rank, f.sparse_rank, (1 - f.dist)::float8 AS similarity
FROM fused f
JOIN {table} c ON c.id = f.id
LEFT JOIN tickets t ON c.source = 'past_ticket' AND t.id = c.doc_id
WHERE c.source <> 'past_ticket' OR (t.split = 'learn' AND t.resolved)
ORDER BY f.score DESC, c.id
LIMIT %({p}k)s
"""


def hybrid_query(source: str | None, p: str = "") -> sql.Composed:
    """Vector top-N (per-source HNSW) + full-text top-N, fused by reciprocal rank in SQL.

    The source is a literal (validated by the caller) so the planner can use the partial HNSW index.
    Past tickets are re-checked against `tickets`: only learn-split, resolved tickets may be returned,
    even if the index is stale after a re-split. `p` prefixes the parameter names (see multi_query).
    """
    sources = [source] if source else list(SOURCES)
    dense = sql.SQL(" UNION ALL ").join(_dense_branch(s, p) for s in sources)
    source_filter = sql.SQL("source = ANY({})").format(sql.Literal(sources))
    return sql.SQL(_HYBRID.replace("{p}", p)).format(
        dense=dense, table=sql.Identifier(TABLE), source_filter=source_filter
    )


# The opening chunk of each named document: what an article the engine chose (but retrieval did not
# return) is answered from.
_OPENINGS = """
SELECT DISTINCT ON (doc_id) doc_id, chunk_no, source, title, heading, body, url, category,
       metadata, 0.0::float8, NULL::bigint, NULL::bigint, NULL::float8
FROM {table} WHERE source = %({p}source)s AND doc_id = ANY(%({p}ids)s)
ORDER BY doc_id, chunk_no
"""


def openings_query(p: str = "") -> sql.Composed:
    return sql.SQL(_OPENINGS.replace("{p}", p)).format(table=sql.Identifier(TABLE))


@dataclass(frozen=True)
class Search:
    """One hybrid search of a multi_query: text already validated, its vector, k and source."""

    text: str
    vector: Sequence[float]
    k: int
    source: str | None


def multi_query(searches: Sequence[Search], opening_ids: Sequence[str] = (), opening_source: str = "help_center"):
    """Several hybrid searches (and the openings of some documents) in ONE statement, one round trip.

    Rows come back as (search, position, *hybrid columns): the search's index (-1 for openings), then
    the rank within that search, which is ranked exactly as if it ran alone.
    Returns (query, params).
    """
    parts: list[sql.Composable] = []
    params: dict[str, Any] = {}
    for n, search in enumerate(searches):
        p = f"s{n}_"
        parts.append(sql.SQL("SELECT {n}::int AS search, row_number() OVER () AS pos, r.* FROM ({q}) r").format(
            n=sql.Literal(n), q=hybrid_query(search.source, p)))
        params.update({p + key: value for key, value in search_params(search.text, search.vector, search.k).items()})
    if opening_ids:
        parts.append(sql.SQL("SELECT -1, row_number() OVER (), r.* FROM ({q}) r").format(q=openings_query("o_")))
        params.update(o_source=opening_source, o_ids=list(opening_ids))
    union = sql.SQL("\nUNION ALL\n").join(sql.SQL("({})").format(part) for part in parts)
    return sql.SQL("{} ORDER BY search, pos").format(union), params


# Identifiers: tokens with a digit (SKUs, order numbers, SPRING25) or shouted words (FREESHIP).
_IDENTIFIER = re.compile(r"(?<![\w-])(?:[A-Za-z-]*\d[\w-]*|[A-Z]{4,}[A-Z0-9-]*)(?![\w-])")


def keyword_text(query: str) -> tuple[str, bool]:
    """What the full-text side searches, and whether any of its terms suffices (OR) or all are needed.

    With identifiers (SKU, order number, promo code) in the question, any of them is a match and the
    other words are left to the vector side: ts_rank has no inverse document frequency, so OR-ing the
    whole question lets a common word ("back", "stock") outrank the rare exact code. Without
    identifiers every word must match (AND), so the keyword side only speaks up for close matches.
    """
    identifiers = [t for t in _IDENTIFIER.findall(query) if len(t) >= 3 and not t.isdigit() or len(t) >= 5]
    if not identifiers:
        return query, False
    # websearch syntax: each identifier as a quoted phrase ("SKU-00042" must not match every "SKU"), OR-ed.
    return " or ".join(f'"{t}"' for t in dict.fromkeys(identifiers)), True


def search_params(text: str, vector: Sequence[float], k: int) -> dict[str, Any]:
    keywords, any_term = keyword_text(text)
    return {
        "text": keywords,
        "any_term": any_term,
        "vec": vector_literal(vector),
        "k": k,
        "cand": max(CANDIDATES, k),
        "rrf_k": RRF_K,
    }
