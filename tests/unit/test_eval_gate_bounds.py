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


def test_shipped_config_gates_routing_and_tier2_answered_on_the_development_set():
    config = load_config()
    assert config.real is not None
    assert config.real.file.parts[-3:] == ("shared", "real-messages", "dev.jsonl")
    assert {"min_routing_accuracy", "max_tier2_answered"} <= config.real.bounds.keys()
    assert 0 < config.real.bounds["min_routing_accuracy"] < 1
    assert 0 < config.real.bounds["max_tier2_answered"] < 1


async def test_a_missing_development_set_is_warned_about_and_skipped(tmp_path):
    from dataclasses import replace

    from core.settings import get_settings
    from evals.gate import run_real_gate

    config = load_config()
    missing = replace(config, real=replace(config.real, file=tmp_path / "nowhere" / "dev.jsonl"))
    warnings: list[str] = []
    assert await run_real_gate(get_settings(), missing, out_root=tmp_path, warn=warnings.append) is None
    assert len(warnings) == 1
    assert "WARNING" in warnings[0] and "SKIPPED" in warnings[0] and str(tmp_path / "nowhere") in warnings[0]
