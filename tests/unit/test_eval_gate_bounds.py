"""The gate's bound checks: pure, on hand-made metrics."""

from __future__ import annotations

import pytest

from evals.gate import load_config, violations

BOUNDS = {"min_deflection_rate": 0.3, "max_false_deflection_rate": 0.1, "max_errors": 0}


def test_within_bounds_passes():
    assert violations({"deflection_rate": 0.3, "false_deflection_rate": 0.1, "errors": 0}, BOUNDS) == []


def test_each_broken_bound_is_named_with_its_value():
    broken = violations({"deflection_rate": 0.25, "false_deflection_rate": 0.4, "errors": 2}, BOUNDS)
    assert broken == [
        "errors = 2.000 is above the maximum 0.000",
        "false_deflection_rate = 0.400 is above the maximum 0.100",
        "deflection_rate = 0.250 is below the minimum 0.300",
    ]


def test_an_unmeasurable_metric_breaks_its_bound():
    assert violations({"false_deflection_rate": 0.0, "errors": 0}, BOUNDS) == [
        "deflection_rate could not be measured (bound min 0.3)"
    ]


def test_bound_names_must_say_min_or_max():
    with pytest.raises(ValueError, match="min_ or max_"):
        violations({}, {"deflection_rate": 0.3})


def test_shipped_config_gates_deflection_and_false_deflection_on_the_test_split():
    config = load_config()
    assert config.split == "test"
    assert {"min_deflection_rate", "max_false_deflection_rate"} <= config.bounds.keys()
