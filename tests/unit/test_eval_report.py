"""The report from a hand-made two-ticket run: headline deltas, confusion table, worst failures first."""

from __future__ import annotations

import json

from evals.report import confusion_table_md, severity, write_report
from evals.runner import summarise


def _record(ticket: str, intent: str, predicted: str, escalated: bool, expected: str, scores: dict) -> dict:
    return {
        "ticket_id": ticket,
        "inputs": {"messages": ["Where is my parcel?"], "customer_id": "C1"},
        "reference": {
            "intent": intent,
            "tier": 1 if expected == "answer" else 2,
            "expected_route": expected,
            "human_reply": "Here is your tracking.",
        },
        "outputs": {
            "first_intent": predicted,
            "first_confidence": 0.8,
            "escalated": escalated,
            "routes": ["escalate" if escalated else "answer"],
            "replies": ["A reply."],
            "reasons": [],
            "latencies_s": [0.1],
        },
        "error": None,
        "evaluations": {k: {"score": v, "comment": f"{k} says why"} for k, v in scores.items()},
    }


RIGHT = _record(
    "T1",
    "order_status",
    "order_status",
    False,
    "answer",
    {"intent_correct": 1.0, "facts_correct": 1.0, "policy_respected": 1.0},
)
FALSE_DEFLECTION = _record(
    "T2",
    "damaged_item",
    "order_status",
    False,
    "escalate",
    {"intent_correct": 0.0, "facts_correct": 1.0, "policy_respected": 1.0},
)


def test_severity_ranks_a_false_deflection_above_a_correct_answer():
    assert severity(RIGHT) == 0.0
    assert severity(FALSE_DEFLECTION) == 50 + 30 + 0.8


def test_confusion_table_counts_reference_rows():
    table = confusion_table_md([("a", "a"), ("a", "b"), ("b", "b")])
    assert "| a | 1 | 1 |" in table and "| b | · | 1 |" in table


def test_report_has_deltas_plots_and_the_failure(tmp_path):
    records = [RIGHT, FALSE_DEFLECTION]
    for name, metrics in (
        ("20250101-000000", {"deflection_rate": 0.25}),
        ("20250102-000000", summarise(records)),
    ):
        run_dir = tmp_path / name
        run_dir.mkdir()
        (run_dir / "metrics.json").write_text(json.dumps({**summarise(records), **metrics}))
        (run_dir / "results.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    html = write_report(tmp_path / "20250102-000000")
    markdown = (tmp_path / "20250102-000000" / "report.md").read_text()
    assert "| Deflection rate (answered, right, no human needed) | 50.0% | +25.0 pt |" in markdown
    assert "95% intervals (Wilson): tier-1 deflection " in markdown and "· intent " in markdown
    assert "Ticket T2 — damaged_item" in markdown and "intent_correct** failed" in markdown
    assert "Ticket T1" not in markdown
    assert (tmp_path / "20250102-000000" / "confusion.png").stat().st_size > 0
    assert "<table>" in html.read_text()


def test_the_report_names_the_tickets_whose_outcome_changed_since_the_previous_run(tmp_path):
    escalated_before = _record("T2", "damaged_item", "damaged_item", True, "escalate",
                               {"intent_correct": 1.0, "facts_correct": 1.0, "policy_respected": 1.0})
    escalated_t1 = _record("T1", "order_status", "order_status", True, "answer",
                           {"intent_correct": 1.0, "facts_correct": 1.0, "policy_respected": 1.0})
    for name, records in (("20250101-000000", [escalated_t1, escalated_before]),
                          ("20250102-000000", [RIGHT, FALSE_DEFLECTION])):
        run_dir = tmp_path / name
        run_dir.mkdir()
        (run_dir / "metrics.json").write_text(json.dumps(summarise(records)))
        (run_dir / "results.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    write_report(tmp_path / "20250102-000000")
    markdown = (tmp_path / "20250102-000000" / "report.md").read_text()
    assert "Ticket by ticket against `20250101-000000` (2 tickets in both runs):" in markdown
    # T1 is deflected now (escalated before); T2 is answered wrongly now (escalated before)
    assert "- deflected: now and not before 1, before and not now 0 (McNemar exact p = 1.000); gained T1" in markdown
    assert "- falsely deflected: now and not before 1, before and not now 0 (McNemar exact p = 1.000); gained T2" in markdown
