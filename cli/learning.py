"""`playbook`: show what the offline engine learned from the ticket history, per intent.

(`learn` itself lives in cli/service.py and trains the intent model and the playbook.)
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def playbook_table(playbook: dict[str, dict], version: int | None = None) -> Table:
    title = "Resolution playbook" + (f" v{version}" if version is not None else "") + " (learning split)"
    table = Table(title=title)
    for column in (
        "intent",
        "tier",
        "tickets",
        "share",
        "usual action",
        "1st-reply resolved",
        "escalated",
        "median refund",
        "CSAT",
    ):
        table.add_column(column, justify="left" if column in ("intent", "usual action") else "right")
    for intent, entry in sorted(playbook.items(), key=lambda kv: -kv[1]["tickets"]):
        table.add_row(
            intent,
            str(entry["tier"]),
            str(entry["tickets"]),
            f"{entry['share']:.1%}",
            f"{entry['resolution_action']} ({entry['resolution_action_share']:.0%})",
            f"{entry['first_reply_resolution_rate']:.0%}",
            f"{entry['escalation_rate']:.0%}",
            "-" if entry["median_refund"] is None else f"${entry['median_refund']:.2f}",
            "-" if entry.get("csat") is None else f"{entry['csat']:.2f}",
        )
    return table


def register(app: typer.Typer) -> None:
    @app.command()
    def playbook(
        intent: str = typer.Option(
            None, help="Also print this intent's typical reply and suggested resolution."
        ),
    ) -> None:
        """Show the resolution playbook mined from the learning split (run `learn` first)."""
        from db.connection import connect
        from graph.reasoning.offline.model_store import load_latest
        from graph.reasoning.offline.playbook import PLAYBOOK

        with connect() as conn:
            found = load_latest(conn, PLAYBOOK)
        if found is None:
            console.print(
                "[red]No playbook yet:[/red] run `support-agent learn` (or `support-agent prepare`)."
            )
            raise typer.Exit(1)
        book, version, _ = found
        console.print(playbook_table(book, version))
        if intent:
            entry = book.get(intent)
            if entry is None:
                console.print(f"[red]Unknown intent {intent!r}[/red]; known: {', '.join(sorted(book))}.")
                raise typer.Exit(1)
            console.rule(f"{intent}: typical reply")
            console.print(entry["typical_reply"] or "-", markup=False)
            console.rule(f"{intent}: suggested resolution for handoffs")
            console.print(entry["suggested_resolution"], markup=False)
