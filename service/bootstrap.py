"""Make a database ready to serve: migrate, seed the demo store, index knowledge, train the engine.

Every step is idempotent and skips work already done, so `run` on a prepared database starts in seconds.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from core.settings import Settings, get_settings
from db.connection import connect
from db.migrate import migrate


@dataclass
class StepResult:
    name: str
    seconds: float
    detail: str


@dataclass
class BootstrapReport:
    steps: list[StepResult] = field(default_factory=list)
    embedded: int = 0  # texts the embedding model computed during this prepare (the rest came from the cache)

    def add(self, name: str, started: float, detail: str) -> None:
        self.steps.append(StepResult(name, time.perf_counter() - started, detail))


def prepare(
    settings: Settings | None = None,
    *,
    seed_demo: bool = True,
    progress: Callable[[str], None] = lambda message: None,
) -> BootstrapReport:
    settings = settings or get_settings()
    report = BootstrapReport()
    began = time.perf_counter()

    started = time.perf_counter()
    progress("Applying database migrations…")
    applied = migrate(settings)
    report.add("migrate", started, f"{len(applied)} applied" if applied else "up to date")

    if seed_demo:
        from data.seed import seed_demo_store

        started = time.perf_counter()
        progress("Seeding the demo store (first run only)…")
        with connect(settings) as conn:
            result = seed_demo_store(conn, seed=settings.demo_seed)
        report.add("seed", started, "already seeded" if result.skipped else f"seeded {sum(result.counts.values()):,} rows")

    cache_size = _cached_vectors(settings)
    if settings.shipped_vectors and settings.embedding_backend == "minilm":
        started = time.perf_counter()
        progress("Adding the demo store's shipped vectors to the embedding cache…")
        added = _add_shipped(settings)
        cache_size = _cached_vectors(settings)
        report.add("vectors", started, f"{added:,} shipped vectors added to the cache" if added
                   else "the cache holds the shipped vectors")

    # Training reads only the tickets, not the index: it runs in a second process while this one embeds,
    # so the first start uses both cores (each step is single-threaded most of its time).
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        progress("Training the offline engine on the learning split (when the data changed), in parallel…")
        learning = pool.submit(_learn, settings)

        started = time.perf_counter()
        progress("Indexing help center and past tickets (changed content only; cached embeddings reused)…")
        help_report, ticket_report = _index(settings)
        report.add(
            "index",
            started,
            "; ".join(
                f"{name} {r.chunks} chunks: {r.embedded - r.cached} embedded, {r.cached} reused, {r.unchanged} unchanged"
                for name, r in (("help center", help_report), ("past tickets", ticket_report))
            ),
        )
        waited = time.perf_counter()
        training, seconds = learning.result()
        report.steps.append(StepResult(
            "learn",
            seconds,
            (f"trained v{training.version} on {training.examples} tickets" if training.trained
             else "model up to date")
            + f" (in parallel with index; {time.perf_counter() - waited:.1f}s waited after it)",
        ))
    report.embedded = _cached_vectors(settings) - cache_size
    report.add("total", began, f"ready to serve ({report.embedded:,} texts embedded at this start)")
    return report


def _cached_vectors(settings: Settings) -> int:
    """How many vectors of the configured embedding model the cache holds (it only grows)."""
    from tools.knowledge.embedding_cache import EmbeddingCache
    from tools.knowledge.embeddings import get_embeddings
    from tools.knowledge.index import model_name

    cache = EmbeddingCache.in_data_dir(settings.data_dir)
    try:
        return cache.count(model_name(get_embeddings(settings)))
    finally:
        cache.close()


def _add_shipped(settings: Settings) -> int:
    from tools.knowledge.embedding_cache import EmbeddingCache
    from tools.knowledge.embeddings import MiniLMEmbeddings
    from tools.knowledge.index import model_name
    from tools.knowledge.shipped_vectors import add_shipped_vectors

    cache = EmbeddingCache.in_data_dir(settings.data_dir)
    try:
        return add_shipped_vectors(cache, model_name(MiniLMEmbeddings()))
    finally:
        cache.close()


def _index(settings: Settings):
    from tools.knowledge.embedding_cache import EmbeddingCache
    from tools.knowledge.embeddings import get_embeddings
    from tools.knowledge.index import index_help_articles, index_past_tickets

    embeddings = get_embeddings(settings)
    cache = EmbeddingCache.in_data_dir(settings.data_dir)
    try:
        with connect(settings) as conn:
            help_report = index_help_articles(conn, embeddings, progress=True, cache=cache)
            ticket_report = index_past_tickets(conn, embeddings, progress=True, cache=cache)
    finally:
        cache.close()
    return help_report, ticket_report


def _learn(settings: Settings):
    """Train the offline engine (in the worker process); returns its picklable report and its duration."""
    from graph.reasoning.offline.training import train_offline_engine

    started = time.perf_counter()
    with connect(settings) as conn:
        return train_offline_engine(conn), time.perf_counter() - started
