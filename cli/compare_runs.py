"""`compare-real`: two real-messages runs over the same rows, with the rows that changed and whether the
difference is more than the noise of a few hundred rows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

RATE_LABELS = {"routing_accuracy": "routing accuracy", "tier2_answered": "tier-2 answered (lower is better)",
               "tier1_escalated": "tier-1 escalated (lower is better)", "intent_accuracy": "intent accuracy (mapped)"}


def compare_real(
    before: Annotated[Path, typer.Argument(help="The earlier run: its folder under reports/real/ or its rows.jsonl.")],
    after: Annotated[Path, typer.Argument(help="The later run, over the same labelled file.")],
    view: Annotated[str, typer.Option(help="conversation (every turn) or first_message.")] = "conversation",
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """Compare two `eval-messages` runs row by row: each headline rate in both, the rows that became right or
    wrong, and McNemar's exact p-value (a small value: the change is unlikely to be noise)."""
    from rich.console import Console
    from rich.table import Table

    from evals.real.compare import compare, read_rows
    from evals.real.metrics import VIEWS
    from evals.real.report import fmt

    if view not in VIEWS:
        raise typer.BadParameter(f"view must be one of {', '.join(VIEWS)}", param_hint="--view")
    try:
        result = compare(read_rows(before), read_rows(after), view)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=2))
        return
    console = Console()
    table = Table(title=f"{before.name} -> {after.name} ({result.rows} rows in both, {view})")
    for name in ("rate", "before", "after"):
        table.add_column(name, justify="left" if name == "rate" else "right")
    for key, (was, now) in result.rates.items():
        table.add_row(RATE_LABELS[key], fmt(was), fmt(now))
    console.print(table)
    for name, flips in (("routing", result.routing), ("intent", result.intent)):
        console.print(f"{name}: became right {len(flips.gained)}, became wrong {len(flips.lost)}; "
                      f"McNemar exact p = {flips.p_value:.3f}")
    if result.only_in_before or result.only_in_after:
        console.print(f"left out: {result.only_in_before} rows only in the first run, "
                      f"{result.only_in_after} only in the second", style="yellow")
    for change in result.changed_routes:
        mark = "right now" if change["after"] == change["expected"] else "wrong now"
        console.print(f"  {change['id']}: {change['before']} -> {change['after']} (expected {change['expected']}; {mark})")


def register(app: typer.Typer) -> None:
    app.command("compare-real")(compare_real)
