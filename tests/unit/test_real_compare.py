"""Two real-messages runs compared row by row (evals/real/compare.py, `support-agent compare-real`)."""

from __future__ import annotations

import copy
import json

import pytest
from typer.testing import CliRunner

from evals.real.compare import compare, read_rows
from tests.unit.test_real_messages_metrics import ROWS, row, turn


def _runs(tmp_path):
    """Before: the six hand-built rows. After: D (tier 1, escalated) now answered and right, A (answered,
    right) now escalated and its intent wrong, F left out, and a row G that only the second run has."""
    before = copy.deepcopy(ROWS)
    after = [copy.deepcopy(r) for r in ROWS if r["id"] != "F"]
    by_id = {r["id"]: r for r in after}
    by_id["D"]["turns"] = [turn("answer", "return_policy")]
    by_id["A"]["turns"] = [turn("escalate", "complaint", ["low_confidence"])]
    after.append(row("G", "tw", "order_status", 1, "answer", None, [turn(intent="order_status")]))
    paths = []
    for name, records in (("before", before), ("after", after)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "rows.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        paths.append(folder)
    return paths


def test_rows_that_changed_are_named_and_weighed(tmp_path):
    before, after = _runs(tmp_path)
    result = compare(read_rows(before), read_rows(after / "rows.jsonl"))
    assert (result.rows, result.only_in_before, result.only_in_after) == (5, 1, 1)
    assert result.routing.gained == ["D"] and result.routing.lost == ["A"]
    assert result.routing.p_value == 1.0  # one each way is no evidence
    assert result.intent.gained == [] and result.intent.lost == ["A"]
    # over the five shared rows A-E: routing 3/5 right before (B, D wrong), 3/5 after (A, B wrong)
    assert result.rates["routing_accuracy"] == pytest.approx((3 / 5, 3 / 5))
    assert result.rates["tier1_escalated"] == pytest.approx((1 / 2, 1 / 2))  # D before, A after
    assert {c["id"]: (c["before"], c["after"]) for c in result.changed_routes} == {
        "A": ("answer", "escalate"), "D": ("escalate", "answer")}


def test_the_command_prints_the_comparison_and_refuses_a_missing_run(tmp_path):
    from cli.main import app

    before, after = _runs(tmp_path)
    shown = CliRunner().invoke(app, ["compare-real", str(before), str(after)])
    assert shown.exit_code == 0, shown.output
    assert "routing: became right 1, became wrong 1; McNemar exact p = 1.000" in shown.output
    assert "D: escalate -> answer (expected answer; right now)" in shown.output
    as_json = CliRunner().invoke(app, ["compare-real", str(before), str(after), "--json"])
    assert json.loads(as_json.output)["routing"] == {"gained": ["D"], "lost": ["A"], "p_value": 1.0}
    missing = CliRunner().invoke(app, ["compare-real", str(before), str(tmp_path / "nowhere")],
                                 env={"COLUMNS": "400"})
    assert missing.exit_code == 2 and "not found" in missing.output
    wrong_view = CliRunner().invoke(app, ["compare-real", str(before), str(after), "--view", "sideways"])
    assert wrong_view.exit_code == 2
