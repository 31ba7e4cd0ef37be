"""CLI commands for the order system: `oms` serves the demo OMS, `import-tau` loads the tau-retail store.

Heavy imports (FastAPI, uvicorn, psycopg) happen inside the commands so `--help` stays instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("oms")(serve_oms)
    app.command("import-tau")(import_tau)


def serve_oms(
    port: Annotated[int | None, typer.Option(help="Port to listen on (default: OMS_PORT).")] = None,
) -> None:
    """Serve the demo OMS (read API over the OMS tables) on HOST:OMS_PORT."""
    from core.settings import get_settings
    from oms.app import serve

    settings = get_settings()
    if port is not None:
        settings = settings.model_copy(update={"oms_port": port})
    serve(settings)


def import_tau(
    path: Annotated[
        Path, typer.Option(help="Folder with users.json, orders.json, products.json, policy.md.")
    ] = Path("../shared/datasets/tau-retail"),
) -> None:
    """Migrate the database, then import the tau-bench retail store (run with DB_NAME=tau to keep it apart)."""
    import time

    from rich.console import Console
    from rich.table import Table

    from core.settings import get_settings
    from data.tau_retail import TauRetailError, check_dataset, import_tau_retail
    from db.connection import DatabaseUnavailable, connect
    from db.migrate import migrate

    console = Console()
    settings = get_settings()
    started = time.perf_counter()
    try:
        check_dataset(path)
        migrate(settings)
        with connect(settings) as conn:
            counts = import_tau_retail(conn, path)
    except (TauRetailError, DatabaseUnavailable) as exc:
        console.print(f"[red]import-tau failed:[/red] {exc}")
        raise typer.Exit(1) from exc
    elapsed = time.perf_counter() - started

    verb = "already imported (nothing written)" if counts.skipped else "imported"
    table = Table(title=f"tau-retail -> '{settings.db_name}'", caption=f"{verb} in {elapsed:.1f}s")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, n in counts.as_dict().items():
        table.add_row(name, f"{n:,}")
    console.print(table)
