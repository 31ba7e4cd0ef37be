"""`eval` and `eval-messages` with `--engine`: the LLM engine (pointed at the OpenAI-compatible test
double) is measured like the offline one, the two side by side, with the model's calls, tokens, cost and
fallbacks in metrics.json and in the printed tables."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from core.settings import REPO_ROOT

pytestmark = pytest.mark.integration

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "eval_messages_sample.jsonl"


def test_eval_messages_runs_both_engines_side_by_side(openai_double, tmp_path):
    from cli.main import app

    result = CliRunner().invoke(app, ["eval-messages", str(FIXTURE), "--out", str(tmp_path), "--engine", "both",
                                      "--concurrency", "3"])
    assert result.exit_code == 0, result.output + repr(result.exception)
    assert "Engines side by side" in result.output
    runs = {json.loads((d / "metrics.json").read_text())["run"]["engine"]: json.loads((d / "metrics.json").read_text())
            for d in tmp_path.iterdir()}
    assert set(runs) == {"offline", "openai"}
    assert runs["offline"]["model_use"]["model_calls"] == 0
    use = runs["openai"]["model_use"]
    assert use["model_calls"] > 0 and use["tokens_in"] > 0 and use["cost_usd"] > 0
    assert use["engine_used"].get("openai", 0) > 0
    assert runs["openai"]["conversation"]["rows"] == runs["offline"]["conversation"]["rows"]
    assert any(r.get("model") == openai_double.model for r in openai_double.requests)


def test_eval_on_held_out_tickets_with_the_llm_engine(openai_double, tmp_path):
    from cli.main import app

    result = CliRunner().invoke(app, ["eval", "--limit", "6", "--engine", "openai", "--out", str(tmp_path),
                                      "--concurrency", "3"])
    assert result.exit_code == 0, result.output + repr(result.exception)
    (run_dir,) = [d for d in tmp_path.iterdir() if d.is_dir()]
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert metrics["run"]["engine"] == "openai" and metrics["errors"] == 0
    assert metrics["model_use"]["model_calls"] > 0 and metrics["cost_per_turn"] > 0
    assert metrics["tokens_in"] > 0  # the LangChain usage callback saw the same calls
    assert "model cost per turn" in result.output


def test_the_llm_engine_is_refused_without_a_model_configured(monkeypatch, tmp_path):
    from cli.main import app
    from core.settings import get_settings

    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["eval-messages", str(FIXTURE), "--out", str(tmp_path), "--engine", "both"])
    get_settings.cache_clear()
    assert result.exit_code != 0 and "OPENAI_BASE_URL" in result.output
