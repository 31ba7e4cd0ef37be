"""`calibrate`: fit the configured model's confidence calibration on held-out demo tickets."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer


def _reliability_table(title: str, before, after) -> None:
    """Before and after side by side, one row per confidence bin (10 equal-width bins)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in ("bin", "before: n", "before: mean conf", "before: right", "after: n", "after: mean conf",
                   "after: right"):
        table.add_column(column, justify="right")
    before_bins = {round(b.lower, 1): b for b in before.bins}
    after_bins = {round(b.lower, 1): b for b in after.bins}

    def cells(found) -> list[str]:
        return [str(found.count), f"{found.mean_confidence:.3f}", f"{found.accuracy:.3f}"] if found else ["", "", ""]

    for lower in sorted(set(before_bins) | set(after_bins)):
        table.add_row(f"{lower:.1f}-{lower + 0.1:.1f}", *cells(before_bins.get(lower)), *cells(after_bins.get(lower)))
    Console().print(table)


def calibrate(
    engine: Annotated[str, typer.Option(help="The engine to calibrate: openai (the offline engine calibrates "
                                              "itself in `learn`).")] = "openai",
    tickets: Annotated[int, typer.Option(min=1, help="Held-out demo tickets to replay (stratified slice, none from "
                                                     "the gate's); each costs a few model calls.")] = 120,
    concurrency: Annotated[int, typer.Option(help="Conversations replayed at once.")] = 4,
    out: Annotated[Path | None, typer.Option(help="Where the replay's run folder goes (default reports/evals).")]
    = None,
) -> None:
    """Replay held-out demo tickets through the LLM engine, fit a monotone map from its raw confidence to how
    often it was right, store it for the configured model and print the reliability table and ECE."""
    from cli.evaluation import engines_for
    from core.settings import get_settings
    from db.connection import connect
    from evals.calibrate_llm import calibrate as run_calibration
    from evals.calibrate_llm import calibration_tickets
    from evals.runner import REPORTS_DIR
    from graph.reasoning.llm.calibration import NotEnoughData

    if engine != "openai":
        raise typer.BadParameter("only the openai engine is calibrated here", param_hint="--engine")
    settings = get_settings()
    engines_for(engine, settings)  # refuses when no model is configured
    try:
        with connect(settings) as conn:
            examples = calibration_tickets(conn, tickets)
    except LookupError as exc:
        raise typer.BadParameter(str(exc)) from exc
    source = f"split=test outside the gate slice, stratified slice of {len(examples)}"
    try:
        run = asyncio.run(run_calibration(examples, settings, concurrency=concurrency, out_root=out or REPORTS_DIR,
                                          source=source))
    except NotEnoughData as exc:
        raise typer.BadParameter(str(exc), param_hint="--tickets") from exc
    _reliability_table(f"Reliability of {run.model} on {len(run.raw)} replayed tickets", run.before, run.after)
    found = run.calibrator
    typer.echo(f"ECE before: {run.before.ece:.3f}   after (in sample, the fitted tickets): {run.after.ece:.3f}   "
               f"right: {sum(run.correct)}/{len(run.correct)}")
    typer.echo(f"Stored {found.kind} calibration v{run.version} for model {run.model} "
               f"(engine_models: llm_calibration:{run.model}); eval run: {run.eval_run.out_dir}")


def register(app: typer.Typer) -> None:
    app.command("calibrate")(calibrate)
