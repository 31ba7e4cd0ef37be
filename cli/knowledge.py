"""`ingest` and `index`: bring a brand's help center and ticket history in, and make them searchable."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def _summary(reports: list) -> Table:
    table = Table(title="Ingest summary")
    for column in ("kind", "files", "rows", "inserted", "updated", "unchanged", "skipped", "skip reasons"):
        table.add_column(column, justify="right" if column not in ("kind", "skip reasons") else "left")
    for r in reports:
        reasons = ", ".join(f"{reason} ×{n}" for reason, n in r.skip_reasons().most_common())
        table.add_row(
            r.kind, str(r.files), str(r.rows), str(r.inserted), str(r.updated), str(r.unchanged),
            str(len(r.skipped)), reasons or "-",
        )  # fmt: skip
    return table


def _print_problems(reports: list, limit: int = 20) -> None:
    for r in reports:
        for note in r.notes:
            console.print(f"[dim]{r.kind}: {note}[/dim]")
        for problem in r.skipped[:limit]:
            console.print(f"[yellow]skipped[/yellow] {problem}")
        if len(r.skipped) > limit:
            console.print(f"[yellow]… and {len(r.skipped) - limit} more skipped {r.kind} rows[/yellow]")


def _index_table(reports: list) -> Table:
    table = Table(title="Knowledge index")
    for column in ("source", "documents", "chunks", "embedded", "unchanged", "deleted", "seconds"):
        table.add_column(column, justify="right" if column != "source" else "left")
    for r in reports:
        table.add_row(
            r.source, str(r.documents), str(r.chunks), str(r.embedded), str(r.unchanged), str(r.deleted),
            f"{r.seconds:.1f}",
        )  # fmt: skip
    return table


def _run_index(reindex: bool) -> list:
    from core.settings import get_settings
    from db.connection import connect
    from tools.knowledge.embeddings import get_embeddings
    from tools.knowledge.index import index_help_articles, index_past_tickets

    settings = get_settings()
    embeddings = get_embeddings(settings)
    with connect(settings) as conn:
        help_report = index_help_articles(conn, embeddings, rebuild=reindex, progress=True)
        ticket_report = index_past_tickets(conn, embeddings, progress=True)
    return [help_report, ticket_report]


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        help_center: Annotated[
            Path | None,
            typer.Option(
                "--help-center", help="Folder of Markdown/HTML files, or a Zendesk Help Center articles JSON."
            ),
        ] = None,
        tickets: Annotated[
            Path | None,
            typer.Option(
                "--tickets", help="Tickets as .csv, .jsonl or a Zendesk export .json (or a folder of them)."
            ),
        ] = None,
        reindex: Annotated[
            bool, typer.Option("--reindex", help="Re-embed everything instead of changed chunks only.")
        ] = False,
        index: Annotated[
            bool, typer.Option("--index/--no-index", help="Update the search index after importing.")
        ] = True,
    ) -> None:
        """Import help-center articles and historical tickets into the database (changed content only)."""
        from core.settings import get_settings
        from db.connection import connect
        from db.migrate import migrate
        from tools.knowledge.ingest import ingest_help_center, ingest_tickets

        if help_center is None and tickets is None and not reindex:
            raise typer.BadParameter("give --help-center PATH and/or --tickets PATH (or --reindex)")
        settings = get_settings()
        migrate(settings)
        reports = []
        with connect(settings) as conn:
            if help_center is not None:
                reports.append(ingest_help_center(conn, help_center, progress=True))
            if tickets is not None:
                reports.append(ingest_tickets(conn, tickets, progress=True))
        if reports:
            _print_problems(reports)
            console.print(_summary(reports))
        if index or reindex:
            console.print(_index_table(_run_index(reindex)))
        if reports and all(r.inserted + r.updated + r.unchanged == 0 for r in reports):
            raise typer.Exit(code=1)

    @app.command(name="index")
    def index_command(
        reindex: Annotated[
            bool, typer.Option("--reindex", help="Drop the index and embed everything again.")
        ] = False,
    ) -> None:
        """Index help articles and learn-split resolved tickets from the database (changed chunks only)."""
        console.print(_index_table(_run_index(reindex)))
