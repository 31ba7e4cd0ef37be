"""Run `support-agent serve` in this process: migrate, then uvicorn with N worker processes.

uvicorn's supervisor forwards SIGTERM to the workers; each stops accepting, lets open requests and
in-flight runs finish within SERVE_SHUTDOWN_GRACE_S, and hands the rest back to the database for
another worker or replica. A worker that dies is restarted by the supervisor.
"""

from __future__ import annotations

import uvicorn

from core.settings import get_settings


def run_server(host: str | None = None, port: int | None = None, workers: int | None = None) -> None:
    from db.migrate import migrate

    settings = get_settings()
    migrate(settings)  # the runs table (db/migrations/0005_runs.sql) and friends; a no-op when up to date
    uvicorn.run(
        "server.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.api_port,
        workers=workers or settings.serve_workers,
        # The standard asyncio loop, not uvloop: measured on this graph (psycopg async + worker threads for
        # the engine and embeddings), uvloop added ~250 ms p50 per turn; asyncio matched in-process speed.
        loop="asyncio",
        http="httptools",
        access_log=False,
        log_config=None,
        timeout_graceful_shutdown=settings.serve_shutdown_grace_s,
        timeout_keep_alive=30,
    )
