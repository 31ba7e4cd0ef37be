"""Intervals and the paired test behind the real-messages figures (evals/uncertainty.py), against values
worked out by hand, and the interval each headline rate carries in a run's figures."""

from __future__ import annotations

import pytest

from evals.real import metrics as m
from evals.real.report import intervals_line
from evals.uncertainty import mcnemar_exact, wilson_interval
from tests.unit.test_real_messages_metrics import ROWS


@pytest.mark.parametrize(
    ("hits", "total", "low", "high"),
    [
        (5, 10, 0.2366, 0.7634),
        (0, 10, 0.0, 0.2775),  # a rate of 0% still has room above it
        (10, 10, 0.7225, 1.0),
        (151, 205, 0.6723, 0.7921),  # 73.7% on 205 rows: about ±6 points
    ],
)
def test_wilson_interval(hits, total, low, high):
    found = wilson_interval(hits, total)
    assert found == pytest.approx((low, high), abs=5e-4)
    assert found[0] <= hits / total <= found[1]


def test_no_rows_has_no_interval_and_impossible_counts_are_refused():
    assert wilson_interval(0, 0) is None
    with pytest.raises(ValueError, match="between 0 and total"):
        wilson_interval(11, 10)


@pytest.mark.parametrize(
    ("gained", "lost", "p"),
    [
        (0, 0, 1.0),  # nothing changed
        (6, 0, 2 / 64),  # six flips all one way: 2 * (1/2)^6
        (1, 6, 2 * (1 + 7) / 128),  # P(at most 1 of 7 fair coins) doubled
        (3, 3, 1.0),  # an even split says nothing
    ],
)
def test_mcnemar_exact(gained, lost, p):
    assert mcnemar_exact(gained, lost) == pytest.approx(p)
    assert mcnemar_exact(lost, gained) == pytest.approx(p)  # two-sided


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        mcnemar_exact(-1, 2)


def test_each_headline_rate_carries_its_interval():
    figs = m.figures(ROWS, "conversation")
    assert figs["intervals"]["routing_accuracy"] == pytest.approx(wilson_interval(4, 6))
    assert figs["intervals"]["tier2_answered"] == pytest.approx(wilson_interval(1, 3))
    for key, (low, high) in figs["intervals"].items():
        assert low <= figs[key] <= high, key
    line = intervals_line(figs)
    assert line.startswith("95% intervals (Wilson), conversation view: routing ")
    low, high = wilson_interval(4, 6)
    assert f"routing {100 * low:.1f}%–{100 * high:.1f}%" in line
