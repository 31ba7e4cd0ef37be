"""Make a database ready to serve: migrate, seed the demo store, index knowledge, train the engine.

Every step is idempotent and skips work already done, so `run` on a prepared database starts in seconds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
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

    from tools.knowledge.embeddings import get_embeddings
    from tools.knowledge.index import index_help_articles, index_past_tickets

    embeddings = get_embeddings(settings)
    started = time.perf_counter()
    progress("Indexing help center and past tickets (changed content only)…")
    with connect(settings) as conn:
        help_report = index_help_articles(conn, embeddings, progress=True)
        ticket_report = index_past_tickets(conn, embeddings, progress=True)
    report.add(
        "index",
        started,
        f"help center {help_report.chunks} chunks ({help_report.embedded} embedded), "
        f"past tickets {ticket_report.chunks} chunks ({ticket_report.embedded} embedded)",
    )

    from graph.reasoning.offline.training import train_offline_engine

    started = time.perf_counter()
    progress("Training the offline engine on the learning split (when the data changed)…")
    with connect(settings) as conn:
        training = train_offline_engine(conn)
    report.add(
        "learn",
        started,
        f"trained v{training.version} on {training.examples} tickets" if training.trained else "model up to date",
    )
    return report
