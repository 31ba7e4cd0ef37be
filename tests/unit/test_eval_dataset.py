"""Evaluation examples from tickets: references, training-split refusal and deterministic stratified slices."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from evals.dataset import TrainingDataRefused, example_of, load_file, stratified_slice, to_langsmith


def _ticket(i: int, intent: str, tier: int = 1, **kw) -> dict:
    return {
        "id": f"T{i:04d}",
        "messages": [{"role": "customer", "text": f"message {i}"}, {"role": "agent", "text": "reply"}],
        "intent": intent,
        "tier": tier,
        "escalated": False,
        "resolution_action": "answer_from_help_center",
        **kw,
    }


# 60 order_status, 30 sizing, 9 damaged_item, 1 complaint
TICKETS = (
    [_ticket(i, "order_status") for i in range(60)]
    + [_ticket(100 + i, "sizing") for i in range(30)]
    + [_ticket(200 + i, "damaged_item", tier=2) for i in range(9)]
    + [_ticket(300, "complaint", tier=2)]
)
EXAMPLES = [example_of(t) for t in TICKETS]


def test_needs_human_is_tier2_or_escalated_in_history():
    assert example_of(_ticket(1, "damaged_item", tier=2))["outputs"]["needs_human"] is True
    assert example_of(_ticket(1, "order_status", escalated=True))["outputs"]["needs_human"] is True
    assert example_of(_ticket(1, "order_status"))["outputs"]["needs_human"] is False


def test_only_customer_messages_are_inputs():
    assert EXAMPLES[0]["inputs"]["messages"] == ["message 0"]


def test_slice_is_proportional_and_keeps_rare_intents():
    # 20 of 100: quotas 12 / 6 / 1.8 / 0.2 -> floors 12, 6, 1, 0; the complaint gets its floor of 1,
    # the largest remainder (damaged_item, .8) would add one, so the total must be trimmed back to 20.
    counts = Counter(e["outputs"]["intent"] for e in stratified_slice(EXAMPLES, 20))
    assert sum(counts.values()) == 20
    assert counts["complaint"] == 1
    assert counts["order_status"] >= 11 and counts["sizing"] >= 5


def test_slice_is_deterministic_and_independent_of_input_order():
    first = [e["id"] for e in stratified_slice(EXAMPLES, 25)]
    again = [e["id"] for e in stratified_slice(list(reversed(EXAMPLES)), 25)]
    assert first == again


def test_no_limit_keeps_everything():
    assert len(stratified_slice(EXAMPLES, None)) == 100


def test_ticket_file_refuses_training_rows(tmp_path):
    path = tmp_path / "tickets.jsonl"
    path.write_text(json.dumps(_ticket(1, "sizing")) + "\n" + json.dumps(_ticket(2, "sizing", split="learn")))
    with pytest.raises(TrainingDataRefused):
        load_file(path)


def test_ticket_file_loads(tmp_path):
    path = tmp_path / "tickets.jsonl"
    path.write_text("\n".join(json.dumps(t) for t in TICKETS[:3]) + "\n")
    assert [e["id"] for e in load_file(path)] == ["T0000", "T0001", "T0002"]


def test_langsmith_examples_have_stable_ids():
    assert to_langsmith(EXAMPLES[:1])[0].id == to_langsmith(EXAMPLES[:1])[0].id
