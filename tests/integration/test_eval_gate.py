"""The CI gate on the real stack: seeded demo store, trained offline engine, real OMS process, Postgres
checkpointer. It passes on the engine as built and fails when routing is broken on purpose
(SUPPORT_BREAK_ROUTE=answer makes every turn answer, so tier-2 tickets are falsely deflected)."""

from __future__ import annotations

import pytest

from core.settings import get_settings
from evals.gate import GateFailed, load_config, run_gate, violations
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
