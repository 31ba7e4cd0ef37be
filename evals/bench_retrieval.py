"""Retrieval benchmark: HNSW + full-text hybrid query latency at 1k, 10k and 100k chunks.

    python -m evals.bench_retrieval [--sizes 1000,10000,100000] [--queries 200]

1k uses real MiniLM embeddings of generated help/ticket texts (so it also measures embedding speed and
the end-to-end `KnowledgeBase.search`). 10k and 100k use SYNTHETIC random unit vectors (the texts are
still generated, so the full-text side does real work): latency of the SQL, not retrieval quality.
Vectors go in with binary COPY and the HNSW indexes are built after loading (bulk build).
Each size gets its own temporary database on the configured server; results go to
reports/bench_retrieval.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
import uuid
from pathlib import Path

import numpy as np
import psycopg
from pgvector.psycopg import register_vector

from core.settings import REPO_ROOT, get_settings
from db.connection import database_url
from db.migrate import apply_migrations
from tools.knowledge import store
from tools.knowledge.chunking import content_hash

REPORT = REPO_ROOT / "reports" / "bench_retrieval.json"
TOPICS = [
    "shipping",
    "returns",
    "refund",
    "exchange",
    "sizing",
    "wool care",
    "payment",
    "promo code",
    "account",
    "order",
]
PLACES = ["Canada", "Texas", "the UK", "Australia", "Berlin", "Toronto", "Ohio", "Paris"]
THINGS = ["jeans", "sweater", "parka", "sneakers", "scarf", "tote bag", "t-shirt", "boots"]


def fake_text(rng: random.Random, i: int) -> tuple[str, str, str]:
    topic, place, thing = rng.choice(TOPICS), rng.choice(PLACES), rng.choice(THINGS)
    code = f"SKU-{i:06d}"
    body = (
        f"Question about {topic} for my {thing} ({code}) shipped to {place}. "
        f"Our {topic} policy: {thing}s ordered to {place} follow the standard {topic} rules; "
        f"contact us with order NB{100000 + i} if anything is unclear."
    )
    return f"{topic.title()} for {thing}s", topic, body


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def new_database(admin_url: str) -> tuple[str, str]:
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, admin_url.replace("/postgres?", f"/{name}?", 1)


def load(
    conn: psycopg.Connection, texts: list[tuple[str, str, str]], vectors: np.ndarray, model: str
) -> dict[str, float]:
    """COPY rows without the HNSW indexes, then build them (bulk build is much faster)."""
    store.ensure_schema(conn, model, vectors.shape[1])
    for source in ("help_center", "past_ticket"):
        conn.execute(f"DROP INDEX {store.TABLE}_hnsw_{source}")
    conn.commit()
    register_vector(conn)
    started = time.perf_counter()
    columns = "doc_id, chunk_no, source, title, heading, body, content, content_hash, category, embedding"
    with conn.cursor().copy(f"COPY {store.TABLE} ({columns}) FROM STDIN WITH (FORMAT BINARY)") as copy:
        copy.set_types(["text", "int4", "text", "text", "text", "text", "text", "text", "text", "vector"])
        for i, ((title, topic, body), vector) in enumerate(zip(texts, vectors, strict=True)):
            source = "help_center" if i % 5 == 0 else "past_ticket"  # 20 % help center, 80 % tickets
            content = f"{title}\n\n{body}"
            copy.write_row(
                (f"d{i}", 0, source, title, "", body, content, content_hash(content), topic, vector)
            )
    conn.commit()
    copied = time.perf_counter() - started
    started = time.perf_counter()
    conn.execute("SET maintenance_work_mem = '512MB'")
    conn.execute("SET max_parallel_maintenance_workers = 1")
    for source in ("help_center", "past_ticket"):
        conn.execute(
            f"CREATE INDEX {store.TABLE}_hnsw_{source} ON {store.TABLE} "
            f"USING hnsw (embedding vector_cosine_ops) WHERE source = '{source}'"
        )
    conn.commit()
    conn.execute(f"ANALYZE {store.TABLE}")
    conn.commit()
    return {"copy_s": round(copied, 2), "hnsw_build_s": round(time.perf_counter() - started, 2)}


def time_queries(
    conn: psycopg.Connection, queries: list[tuple[str, np.ndarray]], source: str | None
) -> list[float]:
    sql = store.hybrid_query(source)
    latencies = []
    for text, vector in queries:
        started = time.perf_counter()
        with conn.transaction():
            conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(store.EF_SEARCH),))
            conn.execute(sql, store.search_params(text, vector.tolist(), 5)).fetchall()
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def recall_at_10(
    conn: psycopg.Connection, vectors: np.ndarray, queries: list[tuple[str, np.ndarray]]
) -> float:
    """HNSW (ef_search as configured) against exact search, help-center side, top 10."""
    ids = np.array([i for i in range(len(vectors)) if i % 5 == 0])
    hits = total = 0
    for _, q in queries[:50]:
        exact = {f"d{i}" for i in ids[np.argsort(-(vectors[ids] @ q))[:10]]}
        with conn.transaction():
            conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(store.EF_SEARCH),))
            got = conn.execute(
                f"SELECT doc_id FROM {store.TABLE} WHERE source = 'help_center' ORDER BY embedding <=> %s LIMIT 10",
                (q,),
            ).fetchall()
        hits += len(exact & {r[0] for r in got})
        total += 10
    return round(hits / total, 3)


def bench_size(admin_url: str, n: int, n_queries: int, real: bool) -> dict:
    rng = random.Random(n)
    texts = [fake_text(rng, i) for i in range(n)]
    result: dict = {"chunks": n, "vectors": "MiniLM (real)" if real else "synthetic random unit vectors"}
    if real:
        from tools.knowledge.embeddings import MiniLMEmbeddings

        embeddings = MiniLMEmbeddings()
        embeddings.embed_query("warm up")
        started = time.perf_counter()
        vectors = np.array(embeddings.embed_documents([f"{t}\n\n{b}" for t, _, b in texts]), dtype=np.float32)
        seconds = time.perf_counter() - started
        result["embed_chunks_per_s"] = round(n / seconds, 1)
        q_texts = [fake_text(rng, rng.randrange(n))[2][:80] for _ in range(n_queries)]
        started = time.perf_counter()
        q_vectors = np.array([embeddings.embed_query(t) for t in q_texts], dtype=np.float32)
        result["embed_query_ms"] = round((time.perf_counter() - started) / n_queries * 1000, 2)
    else:
        gen = np.random.default_rng(n)
        vectors = gen.standard_normal((n, 384), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        q_texts = [
            f"is SKU-{rng.randrange(n):06d} back in stock" if i % 2 else fake_text(rng, i)[2][:80]
            for i in range(n_queries)
        ]
        q_vectors = gen.standard_normal((n_queries, 384), dtype=np.float32)
        q_vectors /= np.linalg.norm(q_vectors, axis=1, keepdims=True)
    queries = list(zip(q_texts, q_vectors, strict=True))
    name, url = new_database(admin_url)
    try:
        with psycopg.connect(url) as conn:
            apply_migrations(conn)
            model = "MiniLMEmbeddings:all-MiniLM-L6-v2" if real else "synthetic"
            result.update(load(conn, texts, vectors, model))
            time_queries(conn, queries[:10], None)  # warm the caches
            for label, source in (("all_sources", None), ("help_center_only", "help_center")):
                lat = time_queries(conn, queries, source)
                result[f"{label}_p50_ms"] = round(statistics.median(lat), 2)
                result[f"{label}_p95_ms"] = round(percentile(lat, 95), 2)
            result["hnsw_recall_at_10"] = recall_at_10(conn, vectors, queries)
        if real:
            from tools.knowledge.retriever import KnowledgeBase

            kb = KnowledgeBase(url, embeddings)
            kb.search("warm up")
            lat = []
            for text in q_texts[:100]:
                started = time.perf_counter()
                kb.search(text, k=5)
                lat.append((time.perf_counter() - started) * 1000)
            result["end_to_end_search_p50_ms"] = round(statistics.median(lat), 2)
            result["end_to_end_search_p95_ms"] = round(percentile(lat, 95), 2)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    url = database_url(get_settings())
    admin = url.replace(url.split("?")[0].rsplit("/", 1)[1] + "?", "postgres?", 1)
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"-- {n} chunks …", flush=True)
        result = bench_size(admin, n, args.queries, real=n <= 1000)
        results.append(result)
        print(json.dumps(result, indent=2), flush=True)
    print(
        f"\n{'chunks':>8} {'vectors':>10} {'copy s':>7} {'hnsw s':>7} {'all p50':>8} {'all p95':>8} {'hc p50':>7} {'hc p95':>7} {'recall':>6}"
    )
    for r in results:
        kind = "MiniLM" if r["vectors"].startswith("MiniLM") else "synthetic"
        print(
            f"{r['chunks']:>8} {kind:>10} {r['copy_s']:>7} {r['hnsw_build_s']:>7} {r['all_sources_p50_ms']:>8} "
            f"{r['all_sources_p95_ms']:>8} {r['help_center_only_p50_ms']:>7} {r['help_center_only_p95_ms']:>7} "
            f"{r['hnsw_recall_at_10']:>6}"
        )
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(json.dumps({"ef_search": store.EF_SEARCH, "results": results}, indent=2))
    print(f"saved {Path(REPORT).relative_to(REPO_ROOT)}")


if __name__ == "__main__":
    main()
