"""Headline metrics on hand-made outcomes whose answers were worked out by hand (see each comment)."""

from __future__ import annotations

import pytest

from evals.metrics import (
    Outcome,
    calibration,
    cost_per_resolution,
    deflection_rate,
    escalation_recall,
    false_deflection_rate,
    headline,
    percentile,
)
from evals.uncertainty import wilson_interval


def _o(tier: int, answered: bool, intent_ok: bool = True, facts_ok: bool = True, **kw) -> Outcome:
    needs_human = kw.pop("needs_human", tier == 2)
    return Outcome("x", tier, needs_human, answered, intent_ok, facts_ok, **kw)


# A deflected, B answered with the wrong intent, C answered a tier-2 ticket, D and E escalated.
FIVE = [
    _o(1, answered=True),
    _o(1, answered=True, intent_ok=False),
    _o(2, answered=True),
    _o(2, answered=False),
    _o(1, answered=False),
]


def test_deflection_counts_only_right_answers_to_tickets_without_a_human():
    assert deflection_rate(FIVE) == pytest.approx(1 / 5)


def test_deflection_over_tier1_only():
    tier1 = [o for o in FIVE if o.tier == 1]  # A, B, E: one deflected
    assert deflection_rate(tier1) == pytest.approx(1 / 3)


def test_false_deflection_includes_wrong_answers_and_answers_that_needed_a_human():
    assert false_deflection_rate(FIVE) == pytest.approx(2 / 5)  # B and C


def test_wrong_facts_make_an_answer_a_false_deflection():
    assert false_deflection_rate([_o(1, answered=True, facts_ok=False)]) == 1.0


def test_action_the_agent_cannot_take_counts_as_needing_a_human():
    outcome = _o(1, answered=True, needs_human=True)
    assert (outcome.deflected, outcome.false_deflection) == (False, True)


def test_buckets_partition_the_tickets():
    escalated = sum(not o.answered for o in FIVE) / len(FIVE)
    assert deflection_rate(FIVE) + false_deflection_rate(FIVE) + escalated == pytest.approx(1.0)


def test_escalation_recall_is_over_tier2_only():
    assert escalation_recall(FIVE) == pytest.approx(1 / 2)  # C answered, D escalated


def test_empty_denominators_are_not_measurable():
    assert deflection_rate([]) is None
    assert escalation_recall([_o(1, answered=False)]) is None


def test_ece_by_hand():
    # bin 9: 0.95 (right) and 0.91 (wrong): accuracy 0.5, mean confidence 0.93, gap 0.43, weight 2/4
    # bin 1: 0.15 (right): gap 0.85, weight 1/4; bin 5: 0.55 (right): gap 0.45, weight 1/4
    # ECE = 0.5 * 0.43 + 0.25 * 0.85 + 0.25 * 0.45 = 0.54
    result = calibration([0.95, 0.91, 0.15, 0.55], [True, False, True, True])
    assert result.ece == pytest.approx(0.54)
    assert [(b.lower, b.count) for b in result.bins] == [(0.1, 1), (0.5, 1), (0.9, 2)]
    top = result.bins[-1]
    assert (top.mean_confidence, top.accuracy) == (pytest.approx(0.93), 0.5)


def test_ece_is_zero_when_confidence_matches_accuracy():
    assert calibration([0.25] * 4, [True, False, False, False]).ece == pytest.approx(0.0)


def test_confidence_of_one_falls_in_the_last_bin():
    result = calibration([1.0], [True])
    assert (result.bins[0].lower, result.ece) == (0.9, 0.0)


def test_calibration_of_nothing_is_not_measurable():
    assert calibration([], []).ece is None


def test_percentile_interpolates_between_ranks():
    assert percentile([4, 1, 3, 2], 50) == pytest.approx(2.5)  # position 1.5 between 2 and 3
    assert percentile([1, 2, 3, 4], 95) == pytest.approx(3.85)  # position 2.85: 3 + 0.85 * (4 - 3)
    assert percentile([5.0], 95) == 5.0
    assert percentile([], 50) is None


def test_cost_per_resolution_by_hand():
    # 2M input tokens at $0.15/M = $0.30, 0.5M output tokens at $0.60/M = $0.30: $0.60 over 3 resolutions
    assert cost_per_resolution(2_000_000, 500_000, 0.15, 0.60, 3) == pytest.approx(0.20)


def test_offline_runs_cost_nothing_and_spend_without_resolutions_is_not_measurable():
    assert cost_per_resolution(0, 0, 0.15, 0.60, 0) == 0.0
    assert cost_per_resolution(1000, 0, 0.15, 0.60, 0) is None


def test_headline_puts_it_together():
    outcomes = [
        _o(1, answered=True, confidence=0.9, latencies_s=(0.1, 0.3)),
        _o(2, answered=False, intent_ok=False, confidence=0.2, latencies_s=(0.2,)),
    ]
    figures = headline(outcomes)
    assert figures["deflection_rate"] == 0.5
    assert figures["false_deflection_rate"] == 0.0
    assert figures["escalation_recall_tier2"] == 1.0
    assert figures["intent_accuracy"] == 0.5
    # bin 9: 0.9 right (gap 0.1); bin 2: 0.2 wrong (gap 0.2); ECE = 0.5 * 0.1 + 0.5 * 0.2 = 0.15
    assert figures["ece"] == pytest.approx(0.15)
    assert figures["latency_p50_s"] == pytest.approx(0.2)
    assert figures["turns"] == 3
    assert figures["cost_per_resolution"] == 0.0
    # one tier-1 ticket deflected of one; one tier-2 ticket escalated of one; one intent right of two
    assert figures["intervals"]["deflection_rate_tier1"] == pytest.approx(wilson_interval(1, 1))
    assert figures["intervals"]["escalation_recall_tier2"] == pytest.approx(wilson_interval(1, 1))
    assert figures["intervals"]["intent_accuracy"] == pytest.approx(wilson_interval(1, 2))
    assert figures["intervals"]["false_deflection_rate"] == pytest.approx(wilson_interval(0, 2))
