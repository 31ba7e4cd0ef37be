"""`eval`, `gate`, `bench`: measure the agent on held-out tickets, gate CI on it, and time it."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

HEADLINE_KEYS = [
    ("deflection_rate", "deflection", "pct"),
    ("deflection_rate_tier1", "deflection (tier 1)", "pct"),
    ("false_deflection_rate", "false deflection", "pct"),
    ("escalation_recall_tier2", "escalation recall (tier 2)", "pct"),
    ("intent_accuracy", "intent accuracy", "pct"),
    ("mean_facts_correct", "facts correct", "pct"),
    ("mean_policy_respected", "policy respected", "pct"),
    ("mean_escalation_summary_complete", "handoff summary complete", "pct"),
    ("ece", "calibration error (ECE)", "num"),
    ("latency_p50_s", "latency p50 (s)", "num"),
    ("latency_p95_s", "latency p95 (s)", "num"),
    ("cost_per_resolution", "cost per resolution (USD)", "num"),
    ("errors", "errors", "int"),
    ("tickets", "tickets", "int"),
]


def _print_headline(metrics: dict, title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, label, kind in HEADLINE_KEYS:
        value = metrics.get(key)
        shown = (
            "n/a"
            if value is None
            else (
                f"{100 * value:.1f}%"
                if kind == "pct"
                else str(int(value))
                if kind == "int"
                else f"{value:.3f}"
            )
        )
        table.add_row(label, shown)
    Console().print(table)


def evaluate(
    limit: Annotated[
        int | None, typer.Option(help="Evaluate a stratified, deterministic slice of this many tickets.")
    ] = None,
    split: Annotated[str, typer.Option(help="Held-out split to read from the tickets table.")] = "test",
    file: Annotated[
        Path | None, typer.Option(help="JSONL ticket file (tickets-table columns) instead of the DB.")
    ] = None,
    concurrency: Annotated[int, typer.Option(help="Conversations replayed at once.")] = 8,
    out: Annotated[Path | None, typer.Option(help="Folder for run folders (default reports/evals).")] = None,
) -> None:
    """Replay held-out tickets through the agent, score them, and write the report."""
    from core.settings import get_settings
    from db.connection import connect
    from evals.dataset import TrainingDataRefused, load_file, load_split, stratified_slice
    from evals.report import write_report
    from evals.runner import REPORTS_DIR, run_eval

    settings = get_settings()
    try:
        if file is not None:
            examples, source = load_file(file), f"file {file}"
        else:
            with connect(settings) as conn:
                examples, source = load_split(conn, split), f"split={split}"
    except (TrainingDataRefused, LookupError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    examples = stratified_slice(examples, limit)
    if limit:
        source += f", stratified slice of {len(examples)}"
    run = asyncio.run(
        run_eval(examples, settings, concurrency=concurrency, out_root=out or REPORTS_DIR, source=source)
    )
    _print_headline(run.metrics, f"Eval on {len(examples)} tickets ({source})")
    report = write_report(run.out_dir)
    typer.echo(
        f"Report: {report}\nMarkdown: {run.out_dir / 'report.md'}\nResults: {run.out_dir / 'results.jsonl'}"
    )


def gate() -> None:
    """CI gate: the fixed slice in evals/gate.toml must stay within its bounds (exit code 1 otherwise)."""
    from core.settings import get_settings
    from evals.gate import GateFailed, run_gate

    try:
        metrics = asyncio.run(run_gate(get_settings()))
    except GateFailed as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    _print_headline(metrics, "Eval gate passed")


def bench(
    conversations: Annotated[int, typer.Option(help="Held-out conversations (two turns each) to replay.")] = 64,
    targets: Annotated[
        str, typer.Option(help="Comma-separated: floor,in-process,serve-1w,serve-2w,langgraph-dev.")
    ] = "floor,in-process,serve-1w,serve-2w,langgraph-dev",
    levels: Annotated[str, typer.Option(help="Concurrent conversations, comma-separated.")] = "1,8,32",
) -> None:
    """Side by side: trivial-graph floor, in-process graph, `serve` (1 and 2 workers), `langgraph dev`."""
    from core.settings import get_settings
    from evals.bench import TARGETS, print_tables, run_bench, save

    chosen = tuple(t.strip() for t in targets.split(",") if t.strip())
    unknown = [t for t in chosen if t not in TARGETS]
    if unknown:
        raise typer.BadParameter(f"unknown targets {unknown}; choose from {', '.join(TARGETS)}")
    try:
        level_values = tuple(int(v) for v in levels.split(",") if v.strip())
    except ValueError as exc:
        raise typer.BadParameter("levels must be integers, e.g. 1,8,32") from exc
    result = run_bench(get_settings(), conversations, chosen, level_values)
    print_tables(result)
    typer.echo(f"Saved: {save(result)}")


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
    app.command("gate")(gate)
    app.command("bench")(bench)
