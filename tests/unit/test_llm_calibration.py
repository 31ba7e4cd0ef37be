"""The LLM engine's confidence calibration as pure functions: the fitted map is monotone, pulls an
overconfident model's high confidences down to how often it was right, and refuses to fit on nothing."""

from __future__ import annotations

import random

import pytest

from evals.metrics import calibration
from graph.reasoning.llm.calibration import ISOTONIC_MIN_POINTS, Calibrator, NotEnoughData, fit

GRID = [i / 100 for i in range(101)]


def overconfident(n: int, seed: int = 7) -> tuple[list[float], list[bool]]:
    """Right answers at 0.70-0.85, wrong ones at 0.85-0.99 (and 1 right in 4 of those): too sure when wrong."""
    rng = random.Random(seed)
    raw, correct = [], []
    for i in range(n):
        if i % 2:
            raw.append(rng.uniform(0.70, 0.85))
            correct.append(True)
        else:
            raw.append(rng.uniform(0.85, 0.99))
            correct.append(i % 8 == 0)
    return raw, correct


@pytest.mark.parametrize("n", [16, 200], ids=["platt", "isotonic"])
def test_the_map_is_monotone_and_lowers_confident_wrong_answers(n):
    raw, correct = overconfident(n)
    calibrator = fit(raw, correct)
    assert calibrator.kind == ("isotonic" if n >= ISOTONIC_MIN_POINTS else "platt")
    mapped = [calibrator.apply(x) for x in GRID]
    assert all(a <= b for a, b in zip(mapped, mapped[1:], strict=False))
    assert all(0.0 <= m <= 1.0 for m in mapped)
    wrong_above = [r for r, ok in zip(raw, correct, strict=True) if not ok and r >= 0.7]
    assert wrong_above and all(calibrator.apply(r) < 0.7 for r in wrong_above)
    before = calibration(raw, correct).ece
    after = calibration([calibrator.apply(r) for r in raw], correct).ece
    assert after < before


def test_a_confidence_that_runs_against_correctness_maps_to_the_overall_rate():
    raw = [0.95, 0.9, 0.92, 0.97, 0.75, 0.72, 0.78, 0.71, 0.74, 0.99]
    correct = [False, False, False, False, True, True, True, True, True, False]
    calibrator = fit(raw, correct)
    assert calibrator.kind == "platt" and calibrator.slope == 0.0
    assert {calibrator.apply(x) for x in (0.0, 0.5, 1.0)} == {0.5}


def test_nothing_to_fit_on_is_refused():
    with pytest.raises(NotEnoughData):
        fit([0.9] * 5, [True, False, True, False, True])
    with pytest.raises(NotEnoughData):
        fit([0.9] * 30, [True] * 30)


def test_out_of_range_input_is_clipped():
    calibrator = Calibrator("isotonic", 3, xs=(0.2, 0.8), ys=(0.1, 0.6))
    assert calibrator.apply(-1) == 0.1 and calibrator.apply(5) == 0.6 and calibrator.apply(0.5) == 0.35
