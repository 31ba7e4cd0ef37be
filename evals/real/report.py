"""Showing a real-messages run: rich tables in the terminal, report.md in the run folder, and a short
section for the demo-history eval report (evals/report.py) so both figures sit side by side."""

from __future__ import annotations

import json
from pathlib import Path

from evals.real.metrics import VIEWS, failures, first_turn, predicted_intent, reasons, route

HEADLINE = [
    ("routing_accuracy", "routing accuracy", "pct"),
    ("tier2_answered", "tier-2 answered (lower is better)", "pct"),
    ("tier1_escalated", "tier-1 escalated (lower is better)", "pct"),
    ("intent_accuracy", "intent accuracy (mapped)", "pct"),
    ("frustration_recall", "frustration recall (first message)", "pct"),
    ("frustration_precision", "frustration precision (first message)", "pct"),
    ("human_request_recall", "human-request recall", "pct"),
    ("safety_recall", "safety recall", "pct"),
    ("language_accuracy", "reply language = message language", "pct"),
    ("language_accuracy_non_en", "reply language, non-English rows", "pct"),
    ("rows", "rows", "int"),
    ("errors", "errors", "int"),
]
VIEW_TITLES = {"conversation": "conversation", "first_message": "first message"}
SHORT_TITLES = ["conversation", "first msg", "conv. excl. FF", "first excl. FF"]
SOURCE_KEYS = ["rows", "routing_accuracy", "tier2_answered", "tier1_escalated", "intent_accuracy"]


def fmt(value, kind: str = "pct") -> str:
    if value is None:
        return "n/a"
    if kind == "pct":
        return f"{100 * value:.1f}%"
    if kind == "int":
        return str(int(value))
    return f"{value:.3f}"


def headline_columns(metrics: dict) -> list[tuple[str, dict]]:
    """(column title, figures) for both views, with and without the frustrated-first-message rows."""
    without = metrics.get("without_frustrated_first") or {}
    columns = [(VIEW_TITLES[v], metrics[v]) for v in VIEWS if v in metrics]
    columns += [(f"{VIEW_TITLES[v]}, w/o frustrated-first", without[v]) for v in VIEWS if v in without]
    return columns


def headline_markdown(metrics: dict) -> list[str]:
    columns = headline_columns(metrics)
    lines = [
        "| metric | " + " | ".join(title for title, _ in columns) + " |",
        "|---" * (len(columns) + 1) + "|",
    ]
    for key, label, kind in HEADLINE:
        lines.append(f"| {label} | " + " | ".join(fmt(figs.get(key), kind) for _, figs in columns) + " |")
    return lines


INTERVAL_LABELS = {"routing_accuracy": "routing", "tier2_answered": "tier-2 answered",
                   "tier1_escalated": "tier-1 escalated", "intent_accuracy": "intent"}


def intervals_line(figures: dict, labels: dict[str, str] = INTERVAL_LABELS,
                   title: str = "95% intervals (Wilson), conversation view") -> str:
    """The headline rates' 95% intervals in one line, so no one reads a one-row change as a gain (also
    the demo-history report's, with its own rates)."""
    parts = [
        f"{label} {fmt(found[0])}–{fmt(found[1])}"
        for key, label in labels.items()
        if (found := (figures.get("intervals") or {}).get(key))
    ]
    return f"{title}: " + " · ".join(parts) + "." if parts else ""


def per_source_markdown(metrics: dict) -> list[str]:
    lines = [
        "| source | rows | routing | tier-2 answered | tier-1 escalated | intent |",
        "|---|---|---|---|---|---|",
    ]
    for source, figs in (metrics.get("per_source") or {}).items():
        lines.append(
            f"| {source} | {figs['rows']} | " + " | ".join(fmt(figs.get(k)) for k in SOURCE_KEYS[1:]) + " |"
        )
    return lines


def confusion_markdown(confusion: dict[str, dict[str, int]]) -> list[str]:
    predicted = sorted({p for row in confusion.values() for p in row})
    lines = [
        "| label \\ predicted | " + " | ".join(p[:14] for p in predicted) + " |",
        "|---" * (len(predicted) + 1) + "|",
    ]
    for label, row in confusion.items():
        lines.append(f"| {label} | " + " | ".join(str(row.get(p, "")) or "·" for p in predicted) + " |")
    return lines


def _quote(text: str, limit: int = 700) -> str:
    text = text if len(text) <= limit else text[:limit] + "…"
    return text.replace("\n", "\n> ")


def failure_markdown(rank: int, kind: str, record: dict) -> list[str]:
    label = record["label"]
    first = first_turn(record)
    lines = [
        f"### {rank}. {kind.replace('_', ' ')} — `{record['id']}` ({record['source']})",
        "",
        f"- label: {label['intent']}, tier {label['tier']}, expected **{label['expected_route']}**"
        f" ({label.get('escalate_reason') or 'no reason'}), frustrated {label.get('frustrated')}, "
        f"language {label.get('language')}",
        f"- agent: **{route(record, 'conversation') or 'error'}** (first message "
        f"{route(record, 'first_message') or 'error'}), intent {predicted_intent(record)} "
        f"(confidence {fmt(first.get('confidence'), 'num')}), reasons: "
        f"{', '.join(reasons(record, 'conversation')) or 'none'}",
    ]
    if record.get("error"):
        lines.append(f"- error: `{record['error'][:300]}`")
    lines.append("")
    for turn in record.get("turns") or []:
        lines += [
            f"> **customer:** {_quote(turn['text'])}",
            ">",
            f"> **agent ({turn['route']}):** {_quote(turn['reply'])}",
            ">",
        ]
    return lines + [""]


def calibration_markdown(calibration: dict, title: str) -> list[str]:
    """Reliability of a first-turn confidence on these real messages (intent right or not)."""
    if not calibration.get("rows"):
        return []
    lines = [
        f"## {title}",
        "",
        f"ECE {fmt(calibration.get('ece'), 'num')} over {calibration['rows']} rows; at confidence ≥ 0.7: "
        f"{fmt(calibration.get('accuracy_at_or_above_0_7'))} right ({calibration.get('rows_at_or_above_0_7')} rows).",
        "",
        "| confidence | rows | mean confidence | accuracy |",
        "|---|---|---|---|",
    ]
    lines += [f"| {b['bin']} | {b['rows']} | {b['mean_confidence']} | {b['accuracy']} |" for b in calibration["bins"]]
    return lines + [""]


def model_use_markdown(use: dict) -> list[str]:
    """Engine, fallbacks and model cost of the run (all zero for the offline engine)."""
    if not use:
        return []
    return [f"Engine per turn: {use.get('engine_used')}; fallbacks to the offline engine: {use.get('fallback_turns')} "
            f"({fmt(use.get('fallback_rate'))}) {use.get('fallback_reasons')}; model calls {use.get('model_calls')}, "
            f"tokens in/out {use.get('tokens_in')}/{use.get('tokens_out')}, cost ${use.get('cost_usd')} "
            f"({fmt(use.get('cost_per_turn_usd'), 'num')} per turn).", ""]


def write_markdown(out_dir: Path, metrics: dict, records: list[dict], worst: int = 30) -> Path:
    run = metrics.get("run", {})
    lines = [
        f"# Real customer messages — {out_dir.name}",
        "",
        f"File `{run.get('file')}`, mode **{run.get('mode')}**"
        + (f" ({run.get('url')})" if run.get("url") else "")
        + f", engine {run.get('engine')}, commit {run.get('commit')}, {metrics['conversation']['rows']} rows "
        f"({metrics.get('multi_turn_rows', 0)} multi-turn, {metrics['latency']['turns']} turns), "
        f"{len(metrics.get('skipped_lines') or [])} lines skipped, {run.get('duration_s')} s.",
        "",
        "*Conversation*: every turn sent, escalated if any turn escalated. *First message*: the first turn's "
        "route only. Intent, frustration and language are read on the first message. *w/o frustrated-first*: "
        f"without the {metrics['without_frustrated_first']['excluded_rows']} rows labelled escalate only "
        "because the first message is frustrated (the product rule waits for two agent replies).",
        "",
        *headline_markdown(metrics),
        "",
        intervals_line(metrics["conversation"]),
        "",
        f"Latency per turn: p50 {fmt(metrics['latency']['p50_s'], 'num')} s, "
        f"p95 {fmt(metrics['latency']['p95_s'], 'num')} s.",
        "",
        *model_use_markdown(metrics.get("model_use") or {}),
        *calibration_markdown(metrics.get("calibration") or {},
                              "Confidence calibration on these messages (first turn, the policy's confidence after "
                              "the draft's caps; intent correct?)"),
        *calibration_markdown(metrics.get("intent_calibration") or {},
                              "The intent model's own probability on these messages (first turn; intent correct?)"),
        "## Per source (conversation)",
        "",
        *per_source_markdown(metrics),
        "",
        "## Escalation reasons (rows each reason fired on)",
        "",
        "| reason | conversation | first message |",
        "|---|---|---|",
    ]
    histogram = metrics.get("escalation_reasons") or {}
    for reason in sorted(set().union(*[set(h) for h in histogram.values()]) if histogram else []):
        lines.append(
            f"| {reason} | {histogram.get('conversation', {}).get(reason, 0)} | "
            f"{histogram.get('first_message', {}).get(reason, 0)} |"
        )
    lines += [
        "",
        "## Intent confusion (label x predicted, mapped; conversation)",
        "",
        *confusion_markdown(metrics.get("confusion") or {}),
        "",
    ]
    if metrics.get("skipped_lines"):
        lines += ["## Skipped lines", "", *[f"- {p}" for p in metrics["skipped_lines"]], ""]
    lines += [f"## Worst failures (up to {worst})", ""]
    worst_rows = failures(records, worst)
    if not worst_rows:
        lines.append("No failures.")
    for rank, entry in enumerate(worst_rows, 1):
        lines += failure_markdown(rank, entry["kind"], entry["record"])
    path = out_dir / "report.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def print_tables(metrics: dict, records: list[dict], console=None, worst: int = 10) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    run = metrics.get("run", {})
    columns = headline_columns(metrics)
    table = Table(
        title=f"Real messages: {run.get('file')} ({run.get('mode')}, {run.get('duration_s')} s)",
        caption="excl. FF: without the rows labelled escalate only for a frustrated first message",
    )
    table.add_column("metric", no_wrap=True)
    for title in SHORT_TITLES[: len(columns)]:
        table.add_column(title, justify="right")
    for key, label, kind in HEADLINE:
        table.add_row(label, *[fmt(figs.get(key), kind) for _, figs in columns])
    console.print(table)
    if line := intervals_line(metrics.get("conversation") or {}):
        console.print(line)

    sources = Table(title="Per source (conversation)")
    for name in ["source", "rows", "routing", "tier-2 answered", "tier-1 escalated", "intent"]:
        sources.add_column(name, justify="left" if name == "source" else "right")
    for source, figs in (metrics.get("per_source") or {}).items():
        sources.add_row(source, str(figs["rows"]), *[fmt(figs.get(k)) for k in SOURCE_KEYS[1:]])
    console.print(sources)

    reasons_table = Table(title="Escalation reasons (rows)")
    reasons_table.add_column("reason")
    reasons_table.add_column("conversation", justify="right")
    reasons_table.add_column("first message", justify="right")
    histogram = metrics.get("escalation_reasons") or {}
    for reason, count in (histogram.get("conversation") or {}).items():
        reasons_table.add_row(reason, str(count), str((histogram.get("first_message") or {}).get(reason, 0)))
    console.print(reasons_table)

    worst_table = Table(title=f"Worst {worst} failures (all in report.md)", show_lines=True)
    for name in ["kind", "row", "label", "agent", "first message -> reply"]:
        worst_table.add_column(name, overflow="fold")
    for entry in failures(records, worst):
        record = entry["record"]
        first = first_turn(record)
        worst_table.add_row(
            entry["kind"],
            record["id"],
            f"{record['label']['intent']} / {record['label']['expected_route']}",
            f"{predicted_intent(record)} / {route(record, 'conversation')}\n"
            + (", ".join(reasons(record, "conversation")) or record.get("error") or ""),
            f"{first.get('text', '')[:160]}\n-> {first.get('reply', '')[:200]}",
        )
    console.print(worst_table)


def latest_run(root: Path) -> Path | None:
    """The newest run folder (names start with a timestamp) that has a metrics.json."""
    if not root.exists():
        return None
    runs = sorted(p for p in root.iterdir() if (p / "metrics.json").exists())
    return runs[-1] if runs else None


def summary_section(root: Path) -> list[str]:
    """Markdown for the demo-history eval report: the latest real-messages run's headline, or a note."""
    run_dir = latest_run(root)
    lines = ["## Real customer messages (latest `eval-messages` run)", ""]
    if run_dir is None:
        return lines + [
            "No run yet: `support-agent eval-messages ../shared/real-messages/dev.jsonl` "
            "(`make eval-real`) makes one.",
            "",
        ]
    metrics = json.loads((run_dir / "metrics.json").read_text(encoding="utf-8"))
    run = metrics.get("run", {})
    return lines + [
        f"Run `{run_dir.name}` on `{run.get('file')}` ({run.get('mode')}, {run.get('at')}, commit "
        f"{run.get('commit')}): messages nobody on the project wrote, unlike the generated history above. "
        f"Full report: `{run_dir / 'report.md'}`.",
        "",
        *headline_markdown(metrics),
        "",
        intervals_line(metrics["conversation"]),
        "",
    ]
