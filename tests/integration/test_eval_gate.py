"""The CI gate on the real stack: seeded demo store, trained offline engine, real OMS process, Postgres
checkpointer. It passes on the engine as built and fails when routing is broken on purpose
(SUPPORT_BREAK_ROUTE=answer makes every turn answer, so tier-2 tickets are falsely deflected), on the
held-out slice and on the development set of real customer messages alike."""

from __future__ import annotations

import pytest

from core.settings import get_settings
from evals.gate import GateFailed, load_config, run_gate, run_real_gate, violations
from graph.routing import BREAK_SWITCH

pytestmark = pytest.mark.integration


async def test_gate_passes_on_the_engine_as_built(oms_server, tmp_path, monkeypatch):
    monkeypatch.delenv(BREAK_SWITCH, raising=False)
    config = load_config()
    metrics = await run_gate(get_settings(), config, out_root=tmp_path)
    assert metrics["tickets"] == config.size
    assert violations(metrics, config.bounds) == []


async def test_gate_fails_when_every_route_is_forced_to_answer(oms_server, tmp_path, monkeypatch):
    monkeypatch.setenv(BREAK_SWITCH, "answer")
    with pytest.raises(GateFailed, match=r"false_deflection_rate = [0-9.]+ is above the maximum"):
        await run_gate(get_settings(), out_root=tmp_path)


# The real-messages part: the development set from ../shared (never copied into the repo). Without it the
# gate warns and skips that part, and so do these tests.
DEV_SET = load_config().real.file
needs_dev_set = pytest.mark.skipif(not DEV_SET.is_file(), reason=f"development set missing: {DEV_SET}")


@needs_dev_set
async def test_real_gate_passes_on_the_engine_as_built(oms_server, tmp_path, monkeypatch):
    monkeypatch.delenv(BREAK_SWITCH, raising=False)
    config = load_config()
    metrics = await run_real_gate(get_settings(), config, out_root=tmp_path)
    rows = sum(1 for line in DEV_SET.read_text(encoding="utf-8").splitlines() if line.strip())
    assert metrics["conversation"]["rows"] == rows
    assert violations(metrics["conversation"], config.real.bounds) == []


@needs_dev_set
async def test_real_gate_fails_when_every_route_is_forced_to_answer(oms_server, tmp_path, monkeypatch):
    monkeypatch.setenv(BREAK_SWITCH, "answer")
    with pytest.raises(GateFailed, match=r"tier2_answered = 1\.000 is above the maximum"):
        await run_real_gate(get_settings(), out_root=tmp_path)
