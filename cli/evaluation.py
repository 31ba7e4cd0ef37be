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


def eval_messages(
    path: Annotated[Path, typer.Argument(help="Labelled JSONL of customer messages (real-messages schema).")],
    url: Annotated[
        str | None,
        typer.Option(help="Replay over the LangGraph HTTP API at this base URL instead of in process."),
    ] = None,
    anonymous: Annotated[
        bool,
        typer.Option("--anonymous", help="Speak as an anonymous visitor instead of a signed-in customer."),
    ] = False,
    concurrency: Annotated[int, typer.Option(help="Rows replayed at once.")] = 4,
    out: Annotated[Path | None, typer.Option(help="Folder for run folders (default reports/real).")] = None,
) -> None:
    """Replay labelled real customer messages through the agent and score routing, intent and replies."""
    from rich.console import Console

    from core.settings import get_settings
    from evals.real.customers import NotEnoughCustomers
    from evals.real.report import print_tables
    from evals.real.runner import REAL_REPORTS_DIR, run_messages

    if not path.is_file():
        raise typer.BadParameter(f"{path} is not a file.", param_hint="PATH")
    console = Console()

    def warn(message: str) -> None:
        console.print(message, style="yellow", markup=False, soft_wrap=True)

    try:
        run = asyncio.run(
            run_messages(
                path, get_settings(), url=url, anonymous=anonymous, concurrency=concurrency,
                out_root=out or REAL_REPORTS_DIR, warn=warn,
            )
        )
    except NotEnoughCustomers as exc:
        raise typer.BadParameter(str(exc)) from exc
    print_tables(run.metrics, run.records, console)
    typer.echo(
        f"Report: {run.out_dir / 'report.md'}\nMetrics: {run.out_dir / 'metrics.json'}\n"
        f"Rows: {run.out_dir / 'rows.jsonl'}"
    )


def gate() -> None:
    """CI gate: the fixed slice and the real-messages development set in evals/gate.toml must stay within
    their bounds (exit code 1 otherwise; both parts run so the log shows every regression)."""
    from core.settings import get_settings
    from evals.gate import GateFailed, run_gate, run_real_gate

    settings = get_settings()
    failed = []
    try:
        metrics = asyncio.run(run_gate(settings))
        _print_headline(metrics, "Eval gate (held-out slice) passed")
    except GateFailed as exc:
        failed.append(exc)
    try:
        real = asyncio.run(
            run_real_gate(settings, warn=lambda m: typer.secho(m, fg=typer.colors.YELLOW, err=True))
        )
        if real is not None:
            figures = real["conversation"]
            typer.echo(
                f"Real-messages gate passed: routing {100 * figures['routing_accuracy']:.1f}%, "
                f"tier-2 answered {100 * figures['tier2_answered']:.1f}% on {figures['rows']} rows."
            )
    except GateFailed as exc:
        failed.append(exc)
    for exc in failed:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
    if failed:
        raise typer.Exit(1)


def bench(
    conversations: Annotated[int, typer.Option(help="Conversations per concurrency level.")] = 64,
    http: Annotated[bool, typer.Option(help="Also bench the LangGraph HTTP API.")] = True,
    api_url: Annotated[
        str | None, typer.Option(help="Base URL of a running LangGraph API (default: HOST:API_PORT).")
    ] = None,
    start_api: Annotated[
        bool,
        typer.Option(help="Start `langgraph dev` (and the demo OMS) for the HTTP bench if none answers."),
    ] = True,
) -> None:
    """Latency p50/p95/p99, throughput at 1/8/32 concurrent conversations, memory and per-node time."""
    import httpx

    from core.settings import REPO_ROOT, get_settings
    from evals.bench import bench_http, bench_in_process, load_scripts, print_tables, save

    settings = get_settings()
    scripts = load_scripts(settings, conversations)
    result: dict = {"conversations_per_level": len(scripts), "engine": settings.engine}
    result["in_process"] = asyncio.run(bench_in_process(settings, scripts))
    if http:
        base = api_url or f"http://{settings.host}:{settings.api_port}"
        started = []
        try:
            try:
                up = httpx.get(f"{base}/ok", timeout=2).status_code == 200
            except httpx.HTTPError:
                up = False
            if not up and start_api and api_url is None:
                from service.processes import start_api as spawn_api
                from service.processes import start_oms

                logs = REPO_ROOT / "reports" / "bench" / "logs"
                try:
                    started.append(start_oms(settings, logs))
                except Exception as exc:  # noqa: BLE001 - an OMS may already run on that port
                    typer.echo(f"(demo OMS not started: {str(exc).splitlines()[0]})")
                started.append(spawn_api(settings, logs))
                up = True
            if up:
                result["http"] = asyncio.run(bench_http(base, scripts, settings))
            else:
                typer.echo(
                    f"No LangGraph API at {base}; run `support-agent run` or pass --api-url. HTTP skipped."
                )
        finally:
            for service in reversed(started):
                service.stop()
    print_tables(result)
    typer.echo(f"Saved: {save(result)}")


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
    app.command("eval-messages")(eval_messages)
    app.command("gate")(gate)
    app.command("bench")(bench)
