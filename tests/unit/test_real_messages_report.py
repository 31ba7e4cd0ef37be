"""The real-messages report: its own report.md, and its section in the demo-history eval report."""

from __future__ import annotations

import json

from evals.real.metrics import summarise
from evals.real.report import latest_run, summary_section, write_markdown
from evals.report import write_report
from evals.runner import summarise as summarise_history
from tests.unit.test_eval_report import FALSE_DEFLECTION, RIGHT
from tests.unit.test_real_messages_metrics import ROWS


def _real_run(root, name: str) -> dict:
    metrics = summarise(ROWS)
    metrics["skipped_lines"] = ["sample.jsonl:7: not valid JSON"]
    metrics["run"] = {
        "file": "sample.jsonl",
        "mode": "inprocess-signed-in",
        "commit": "abc",
        "duration_s": 1.0,
    }
    run_dir = root / name
    run_dir.mkdir(parents=True)
    (run_dir / "metrics.json").write_text(json.dumps(metrics))
    write_markdown(run_dir, metrics, ROWS)
    return metrics


def test_report_md_has_both_views_failures_and_skipped_lines(tmp_path):
    _real_run(tmp_path, "20260101-000000-inprocess-signed-in")
    markdown = (tmp_path / "20260101-000000-inprocess-signed-in" / "report.md").read_text()
    # routing 4/6 in conversation, 3/6 first message, 3/5 without the frustrated-first row (hand-computed
    # in test_real_messages_metrics).
    assert "| routing accuracy | 66.7% | 50.0% | 60.0% |" in markdown
    assert "95% intervals (Wilson), conversation view: routing 30.0%–90.3%" in markdown  # 4 of 6 rows
    assert "### 1. tier2 answered — `B` (tw)" in markdown
    assert "### 2. tier1 escalated — `D` (tau)" in markdown
    assert "- sample.jsonl:7: not valid JSON" in markdown
    assert "| damaged_or_wrong_item |" in markdown


def test_eval_report_shows_the_latest_real_run(tmp_path):
    real_root = tmp_path / "real"
    _real_run(real_root, "20260101-000000-inprocess-signed-in")
    _real_run(real_root, "20260102-000000-inprocess-anonymous")
    assert latest_run(real_root).name == "20260102-000000-inprocess-anonymous"
    run_dir = tmp_path / "evals" / "20260102-000000"
    run_dir.mkdir(parents=True)
    (run_dir / "metrics.json").write_text(json.dumps(summarise_history([RIGHT, FALSE_DEFLECTION])))
    (run_dir / "results.jsonl").write_text("\n".join(json.dumps(r) for r in [RIGHT, FALSE_DEFLECTION]))
    write_report(run_dir, real_root=real_root)
    markdown = (run_dir / "report.md").read_text()
    assert "## Real customer messages (latest `eval-messages` run)" in markdown
    assert "Run `20260102-000000-inprocess-anonymous`" in markdown
    assert "| tier-2 answered (lower is better) | 33.3% |" in markdown
    assert "95% intervals (Wilson), conversation view: routing 30.0%–90.3%" in markdown


def test_without_a_real_run_the_section_says_how_to_make_one(tmp_path):
    section = "\n".join(summary_section(tmp_path / "none"))
    assert "No run yet" in section and "eval-messages" in section
