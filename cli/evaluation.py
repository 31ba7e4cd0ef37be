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
    ("mean_action_outcome", "cancel/address outcome at ticket date", "pct"),
    ("actions_taken", "order actions taken", "int"),
    ("actions_verified", "actions verified in the OMS", "int"),
    ("actions_duplicate", "duplicate actions", "int"),
    ("actions_over_limit", "refunds over the limit", "int"),
    ("ece", "calibration error (ECE)", "num"),
    ("latency_p50_s", "latency p50 (s)", "num"),
    ("latency_p95_s", "latency p95 (s)", "num"),
    ("cost_per_resolution", "cost per resolution (USD)", "num"),
    ("cost_per_turn", "model cost per turn (USD)", "num"),
    ("fallback_rate", "turns given to the offline engine", "pct"),
    ("errors", "errors", "int"),
    ("tickets", "tickets", "int"),
]


ENGINE_HELP = "Reasoning engine: offline, openai, or both (side by side; needs a model configured)."
REAL_KEYS = [
    ("routing_accuracy", "routing accuracy (conversation)", "pct"),
    ("tier2_answered", "tier-2 answered (conversation)", "pct"),
    ("tier1_escalated", "tier-1 escalated (conversation)", "pct"),
    ("intent_accuracy", "intent accuracy (conversation)", "pct"),
]
USE_KEYS = [
    ("fallback_rate", "turns given to the offline engine", "pct"),
    ("tokens_in", "model tokens in", "int"),
    ("tokens_out", "model tokens out", "int"),
    ("cost_per_turn_usd", "model cost per turn (USD)", "num"),
    ("model_latency_p95_s", "model latency p95 (s)", "num"),
]


def _print_headline(metrics: dict, title: str) -> None:
    _print_columns({"value": metrics}, HEADLINE_KEYS, title)


def _print_columns(columns: dict[str, dict], keys: list, title: str) -> None:
    """One row per metric, one column per run (an engine), so engines read side by side."""
    from rich.console import Console
    from rich.table import Table

    from evals.real.report import fmt

    table = Table(title=title)
    table.add_column("metric")
    for name in columns:
        table.add_column(name, justify="right")
    for key, label, kind in keys:
        table.add_row(label, *[fmt(metrics.get(key), kind) for metrics in columns.values()])
    Console().print(table)


def engines_for(choice: str | None, settings) -> list[str]:
    """The engines an eval runs: the deployment's by default; `both` only when a model is configured."""
    if choice in (None, ""):
        return [settings.engine]
    if choice not in ("offline", "openai", "both"):
        raise typer.BadParameter("choose offline, openai or both", param_hint="--engine")
    if choice != "offline" and not (settings.openai_api_key or settings.openai_base_url):
        raise typer.BadParameter("the openai engine needs OPENAI_API_KEY or OPENAI_BASE_URL (see the README: "
                                 "OpenAI, vLLM, Ollama)", param_hint="--engine")
    return ["offline", "openai"] if choice == "both" else [choice]


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
    intent: Annotated[
        list[str] | None, typer.Option(help="Only tickets of this reference intent (repeatable), e.g. cancel_order.")
    ] = None,
    engine: Annotated[str | None, typer.Option(help=ENGINE_HELP)] = None,
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
    if intent:
        examples = [e for e in examples if e["outputs"]["intent"] in intent]
        source += f", intents {', '.join(intent)}"
    examples = stratified_slice(examples, limit)
    if limit:
        source += f", stratified slice of {len(examples)}"
    runs = {}
    for name in engines_for(engine, settings):
        run = asyncio.run(run_eval(examples, settings.model_copy(update={"engine": name}), concurrency=concurrency,
                                   out_root=out or REPORTS_DIR, source=source))
        runs[name] = run
        _print_headline(run.metrics, f"Eval on {len(examples)} tickets ({source}, {name} engine)")
        report = write_report(run.out_dir)
        typer.echo(
            f"Report: {report}\nMarkdown: {run.out_dir / 'report.md'}\nResults: {run.out_dir / 'results.jsonl'}"
        )
    if len(runs) > 1:
        _print_columns({name: run.metrics for name, run in runs.items()}, HEADLINE_KEYS, "Engines side by side")


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
    engine: Annotated[str | None, typer.Option(help=ENGINE_HELP)] = None,
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

    settings = get_settings()
    runs = {}
    for name in engines_for(engine, settings):
        try:
            run = asyncio.run(
                run_messages(
                    path, settings.model_copy(update={"engine": name}), url=url, anonymous=anonymous,
                    concurrency=concurrency, out_root=out or REAL_REPORTS_DIR, warn=warn,
                )
            )
        except NotEnoughCustomers as exc:
            raise typer.BadParameter(str(exc)) from exc
        runs[name] = run
        print_tables(run.metrics, run.records, console)
        _print_columns({name: run.metrics.get("model_use") or {}}, USE_KEYS, f"Model use ({name} engine)")
        typer.echo(
            f"Report: {run.out_dir / 'report.md'}\nMetrics: {run.out_dir / 'metrics.json'}\n"
            f"Rows: {run.out_dir / 'rows.jsonl'}"
        )
    if len(runs) > 1:
        columns = {name: {**run.metrics["conversation"], **(run.metrics.get("model_use") or {})}
                   for name, run in runs.items()}
        _print_columns(columns, REAL_KEYS + USE_KEYS, "Engines side by side (real messages)")


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
            from evals.real.report import intervals_line

            figures = real["conversation"]
            typer.echo(
                f"Real-messages gate passed: routing {100 * figures['routing_accuracy']:.1f}%, "
                f"tier-2 answered {100 * figures['tier2_answered']:.1f}% on {figures['rows']} rows. "
                + intervals_line(figures)
            )
    except GateFailed as exc:
        failed.append(exc)
    for exc in failed:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
    if failed:
        raise typer.Exit(1)


def bench(
    conversations: Annotated[int, typer.Option(
        help="Most held-out conversations (two turns each) per level; each level gets its own.")] = 256,
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


def bench_llm(
    conversations: Annotated[int, typer.Option(help="Held-out conversations (two turns each) to replay.")] = 32,
    levels: Annotated[str, typer.Option(help="Concurrent conversations, comma-separated.")] = "1,8",
) -> None:
    """The LLM engine's own overhead per turn (model answering at once: the OpenAI-compatible test double),
    beside the offline engine."""
    from evals.bench_llm import run_bench_llm

    try:
        level_values = tuple(int(v) for v in levels.split(",") if v.strip())
    except ValueError as exc:
        raise typer.BadParameter("levels must be integers, e.g. 1,8") from exc
    typer.echo(f"Saved: {run_bench_llm(conversations, level_values)}")


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
    app.command("eval-messages")(eval_messages)
    app.command("gate")(gate)
    app.command("bench")(bench)
    app.command("bench-llm")(bench_llm)
