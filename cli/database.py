"""`migrate` and `seed`: bring the schema up to date and load the demo store."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def migrate() -> None:
        """Apply pending SQL migrations (db/migrations)."""
        from rich.console import Console

        from db.migrate import migrate as run_migrations

        console = Console()
        applied = run_migrations()
        if not applied:
            console.print("Schema is up to date.")
        for migration in applied:
            console.print(f"applied [bold]{migration.version:04d}_{migration.name}[/bold]")

    @app.command()
    def seed(
        seed: int = typer.Option(None, "--seed", help="Generator seed (default: DEMO_SEED setting, 7)."),
        force: bool = typer.Option(False, "--force", help="Reseed even if this seed is already loaded."),
    ) -> None:
        """Migrate, then load the Northbound Apparel demo store (no-op when already seeded)."""
        from rich.console import Console
        from rich.table import Table

        from core.settings import get_settings
        from data.seed import seed_demo_store
        from db.connection import connect
        from db.migrate import migrate as run_migrations

        console = Console()
        for migration in run_migrations():
            console.print(f"applied migration {migration.version:04d}_{migration.name}")
        chosen = get_settings().demo_seed if seed is None else seed
        with connect() as conn, console.status("Seeding the demo store..."):
            result = seed_demo_store(conn, seed=chosen, force=force)
        if result.skipped:
            console.print(f"Demo store already seeded ({result.fingerprint}); use --force to reseed.")
            return
        table = Table(title=f"Demo store seeded in {result.seconds:.1f}s ({result.fingerprint})")
        table.add_column("table")
        table.add_column("rows", justify="right")
        for name, count in result.counts.items():
            table.add_row(name, f"{count:,}")
        console.print(table)
