"""`chat-load`: many concurrent chats through the streaming API of a running server (evals/chat_load.py)."""

from __future__ import annotations

import typer


def chat_load(
    url: str = typer.Option(None, help="API base URL (default http://127.0.0.1:API_PORT, i.e. `make run`)."),
    chats: int = typer.Option(50, min=1, max=1000, help="Chats started at the same moment."),
) -> None:
    """Time to the first streamed token and to the full reply for N simultaneous chats; errors listed."""
    import asyncio

    from core.settings import get_settings
    from evals.chat_load import run_load

    settings = get_settings()
    report = asyncio.run(run_load(url or f"http://127.0.0.1:{settings.api_port}", chats, settings))
    for line in report.lines():
        typer.echo(line)
    if report.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("chat-load")(chat_load)
