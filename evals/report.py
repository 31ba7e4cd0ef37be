"""The human-readable eval report: Markdown (for PRs) and HTML (for a browser) in the run's folder.

It shows the headline table with deltas against the previous run, the intent confusion matrix, the
reliability diagram, and the 20 worst failures with the conversation and the evaluators' reasons, so a
reviewer can see what went wrong without opening results.jsonl.
"""

from __future__ import annotations

import json
from pathlib import Path

from evals.plots import confusion_counts, confusion_png, reliability_png
from evals.real.report import fmt, intervals_line
from evals.ticket_flips import flips_markdown, ticket_flips

HEADLINE = [
    ("deflection_rate", "Deflection rate (answered, right, no human needed)", "pct"),
    ("deflection_rate_tier1", "Deflection rate, tier-1 tickets", "pct"),
    ("false_deflection_rate", "False deflection rate (answered but wrong / needed a human)", "pct"),
    ("escalation_rate", "Escalation rate", "pct"),
    ("escalation_recall_tier2", "Escalation recall, tier-2 tickets", "pct"),
    ("intent_accuracy", "Intent accuracy (first turn)", "pct"),
    ("mean_route_correct", "Route correct", "pct"),
    ("mean_facts_correct", "Facts correct", "pct"),
    ("mean_policy_respected", "Policy respected", "pct"),
    ("mean_escalation_summary_complete", "Handoff summary complete (escalated)", "pct"),
    ("mean_action_outcome", "Cancel / address outcome right at the ticket's date", "pct"),
    ("actions_taken", "Order actions taken (OMS action log)", "int"),
    ("actions_verified", "Order actions verified in the OMS afterwards", "int"),
    ("mean_article_cited", "Reference article cited (answered)", "pct"),
    ("mean_answer_quality", "Answer quality (LLM judge)", "num"),
    ("ece", "Calibration error (ECE, 10 bins)", "num"),
    ("latency_p50_s", "Latency per turn p50 (s)", "num"),
    ("latency_p95_s", "Latency per turn p95 (s)", "num"),
    ("cost_per_resolution", "Cost per resolution (USD)", "num"),
    ("cost_per_turn", "Model cost per turn (USD)", "num"),
    ("fallback_rate", "Turns given to the offline engine (fallback)", "pct"),
    ("errors", "Errors", "int"),
    ("tickets", "Tickets", "int"),
]


def _delta(now, before, kind: str) -> str:
    if now is None or before is None:
        return ""
    diff = now - before
    if kind == "pct":
        return f"{100 * diff:+.1f} pt"
    return f"{diff:+d}" if kind == "int" else f"{diff:+.3f}"


def previous_run(run_dir: Path) -> Path | None:
    """The newest earlier run folder next to this one (folders are named by timestamp)."""
    earlier = sorted(
        p for p in run_dir.parent.iterdir() if p.name < run_dir.name and (p / "metrics.json").exists()
    )
    return earlier[-1] if earlier else None


def headline_rows(metrics: dict, before: dict | None) -> list[tuple[str, str, str]]:
    rows = []
    for key, label, kind in HEADLINE:
        if key not in metrics:
            continue
        rows.append((label, fmt(metrics[key], kind), _delta(metrics[key], (before or {}).get(key), kind)))
    return rows


# The rates the gate bounds, for the line of their 95% intervals under the headline table.
INTERVAL_LABELS = {"deflection_rate_tier1": "tier-1 deflection", "false_deflection_rate": "false deflection",
                   "escalation_recall_tier2": "tier-2 recall", "intent_accuracy": "intent"}


def severity(record: dict) -> float:
    """Worse failures first: policy breaches, then answers that needed a person, then wrong facts/intent."""
    scores = {k: v.get("score") for k, v in record["evaluations"].items()}
    outputs = record.get("outputs") or {}
    answered = not outputs.get("escalated")
    value = 0.0
    if record.get("error"):
        value += 120
    if scores.get("actions_verified") == 0:
        value += 110  # an action the OMS does not bear out: money or an order moved wrongly
    if scores.get("policy_respected") == 0:
        value += 100
    if answered and record["reference"]["expected_route"] == "escalate":
        value += 50
    if answered and scores.get("facts_correct") == 0:
        value += 40
    if answered and scores.get("intent_correct") == 0:
        value += 30
    if scores.get("action_outcome") == 0:
        value += 35
    if scores.get("escalation_summary_complete") == 0:
        value += 20
    if not answered and record["reference"]["expected_route"] == "answer":
        value += 10
    # A confident wrong answer is worse than a hesitant one.
    return value + (outputs.get("first_confidence") or 0) if value else 0.0


def _failure_md(rank: int, record: dict) -> str:
    outputs = record.get("outputs") or {}
    reference = record["reference"]
    lines = [
        f"### {rank}. Ticket {record['ticket_id']} — {reference['intent']} (tier {reference['tier']})",
        "",
        f"- route: **{'escalate' if outputs.get('escalated') else 'answer'}**, expected "
        f"**{reference['expected_route']}**; first intent {outputs.get('first_intent')} "
        f"(confidence {fmt(outputs.get('first_confidence'), 'num')}); reasons: "
        f"{', '.join(outputs.get('reasons') or []) or 'none'}",
    ]
    if record.get("error"):
        lines.append(f"- error: `{record['error'][:300]}`")
    for key, result in sorted(record["evaluations"].items()):
        if result.get("score") == 0:
            lines.append(f"- **{key}** failed: {result.get('comment')}")
    lines += ["", "Conversation (replayed):", ""]
    said = list(record["inputs"].get("messages") or [])
    for i, text in enumerate(said + list(outputs.get("simulated_turns") or [])):
        who = "customer" if i < len(said) else "customer (simulated by the replay)"
        lines.append(f"> **{who}:** {text}")
        replies = outputs.get("replies") or []
        if i < len(replies):
            lines.append(f">\n> **agent ({(outputs.get('routes') or ['?'] * (i + 1))[i]}):** {replies[i]}")
        lines.append(">")
    if reference.get("human_reply"):
        lines += ["", f"Human agent in history: _{reference['human_reply'][:600]}_"]
    return "\n".join(lines) + "\n"


PROBLEM_LABELS = [
    ("actions_claimed_not_in_oms", "claimed to the customer, not in the OMS"),
    ("actions_unreported", "in the OMS, never confirmed to the customer"),
    ("actions_other_customer", "on another customer's order"),
    ("actions_duplicate", "duplicates (a second action of one kind on one order, or a key twice)"),
    ("actions_over_limit", "refunds over the refund limit"),
    ("actions_not_as_promised", "order not in the promised state (not cancelled, address, lines, refund)"),
    ("actions_refunded_more_than_paid", "orders refunded beyond what was paid"),
]


def actions_section(metrics: dict) -> list[str]:
    """Order actions taken during the replay and their audit against the OMS (0 problems is the target)."""
    if "actions_taken" not in metrics:
        return []
    kinds = metrics.get("actions_by_kind") or {}
    return [
        "## Order actions, checked against the OMS afterwards",
        "",
        f"{metrics['actions_taken']} actions taken ("
        + ", ".join(f"{kind} {count}" for kind, count in kinds.items())
        + f"), {metrics['actions_verified']} verified in the OMS after the conversation; "
        f"${metrics.get('refunded_by_agent', 0):.2f} refunded by the agent's own refunds. "
        f"{metrics.get('as_of_tickets', 0)} cancel / address tickets were replayed against their orders as of "
        f"the ticket's date ({metrics.get('as_of_history_missing', 0)} without a recorded history); the replayed "
        f"customer answered the agent {metrics.get('simulated_turns', 0)} times (a yes to a proposal, or the "
        "address). Replays run on a private copy of the order tables, never on the live store.",
        "",
        "| problem | actions |",
        "|---|---|",
        *[f"| {label} | {metrics.get(key, 0)} |" for key, label in PROBLEM_LABELS],
        "",
    ]


def confusion_table_md(pairs: list[tuple[str, str]]) -> str:
    labels, matrix = confusion_counts(pairs)
    short = [label[:12] for label in labels]
    lines = ["| reference \\ predicted | " + " | ".join(short) + " |", "|---" * (len(labels) + 1) + "|"]
    for label, row in zip(labels, matrix, strict=True):
        lines.append(f"| {label} | " + " | ".join(str(c) if c else "·" for c in row) + " |")
    return "\n".join(lines)


def real_messages_section(real_root: Path | None = None) -> list[str]:
    """The latest real-messages run (reports/real) beside the demo-history figures."""
    from evals.real.report import summary_section
    from evals.real.runner import REAL_REPORTS_DIR

    return summary_section(real_root or REAL_REPORTS_DIR)


def write_report(run_dir: Path, real_root: Path | None = None) -> Path:
    """Write report.md, report.html and the PNGs into run_dir; returns the HTML path. The report ends
    with the latest real-messages run found under real_root (default reports/real)."""
    metrics = json.loads((run_dir / "metrics.json").read_text())
    records = [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines() if line]
    before_dir = previous_run(run_dir)
    before = json.loads((before_dir / "metrics.json").read_text()) if before_dir else None
    flips = []
    if before_dir and (before_dir / "results.jsonl").exists():
        earlier = [json.loads(line) for line in (before_dir / "results.jsonl").read_text().splitlines() if line]
        flips = flips_markdown(ticket_flips(records, earlier), before_dir.name)

    pairs = [
        (r["reference"]["intent"], (r.get("outputs") or {}).get("first_intent") or "(none)") for r in records
    ]
    confusion_png(pairs, run_dir / "confusion.png")
    reliability_png(metrics.get("reliability") or [], metrics.get("ece"), run_dir / "reliability.png")

    run = metrics.get("run", {})
    compared = f"previous run `{before_dir.name}`" if before_dir else "no previous run"
    md = [
        f"# Evaluation report — {run_dir.name}",
        "",
        f"Engine **{run.get('engine')}**, data {run.get('source')}, commit {run.get('commit')}, "
        f"{metrics['tickets']} tickets ({metrics['tier1_tickets']} tier 1, {metrics['tier2_tickets']} tier 2), "
        f"{metrics['turns']} turns. Deltas against {compared}.",
        "",
        "| metric | value | delta |",
        "|---|---|---|",
        *[f"| {label} | {value} | {delta} |" for label, value, delta in headline_rows(metrics, before)],
        "",
        intervals_line(metrics, INTERVAL_LABELS, "95% intervals (Wilson)"),
        "",
        *flips,
        "Every ticket is exactly one of: deflected, falsely deflected, escalated. A ticket needs a human when it",
        "was tier 2 or escalated in history, or when its resolution is an action the agent cannot take yet.",
        "",
        *actions_section(metrics),
        "## Intent confusion",
        "",
        "![confusion matrix](confusion.png)",
        "",
        confusion_table_md(pairs),
        "",
        "## Calibration",
        "",
        "![reliability](reliability.png)",
        "",
        "| confidence bin | tickets | mean confidence | share correct |",
        "|---|---|---|---|",
        *[
            f"| {b['lower']:.1f}–{b['upper']:.1f} | {b['count']} | {b['mean_confidence']:.3f} | {b['accuracy']:.3f} |"
            for b in metrics.get("reliability") or []
        ],
        "",
        "## Worst 20 failures",
        "",
    ]
    failures = sorted((r for r in records if severity(r) > 0), key=severity, reverse=True)[:20]
    if not failures:
        md.append("No failures.")
    md += [_failure_md(i, r) for i, r in enumerate(failures, 1)]
    md += ["", *real_messages_section(real_root)]
    markdown = "\n".join(md)
    (run_dir / "report.md").write_text(markdown, encoding="utf-8")

    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(markdown)
    style = (
        "body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}"
        "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px}"
        "img{max-width:100%}blockquote{border-left:3px solid #ccc;margin-left:0;padding-left:1em;color:#333}"
    )
    html = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{run_dir.name}</title>"
        f"<style>{style}</style></head><body>{body}</body></html>"
    )
    path = run_dir / "report.html"
    path.write_text(html, encoding="utf-8")
    return path
