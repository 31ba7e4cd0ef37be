"""`serve`: the production graph API (server/), several worker processes on one port."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: str = typer.Option(None, help="Bind address (default HOST)."),
        port: int = typer.Option(None, help="Port (default API_PORT)."),
        workers: int = typer.Option(None, help="Worker processes (default SERVE_WORKERS)."),
    ) -> None:
        """Serve the graph API for production: auth on every request, Postgres-backed runs, N workers."""
        from service.serving import run_server

        run_server(host=host, port=port, workers=workers)
