"""A small fault-injection run (evals/fault_injection.py) on the real stack: a proxy in front of the real OMS
injects latency, 5xx, malformed bodies and dropped connections; the run ends without a crash or a duplicate
action, and prints its figures in the eval report's terms (each action audited against the OMS over HTTP)."""

from __future__ import annotations

import ast
import re

import pytest

from core.settings import get_settings
from evals.fault_injection import run

pytestmark = pytest.mark.integration


def figure(out: str, name: str) -> int:
    return int(re.search(rf"^  {re.escape(name)}\s+(\d+)$", out, re.MULTILINE).group(1))


async def test_a_fault_injection_run_has_no_crash_and_no_duplicate_action(oms_server, capsys):
    code = await run(10, seed=11, timeout_s=1.0, oms_url=oms_server)
    out = capsys.readouterr().out
    faults = ast.literal_eval(re.search(r"faults injected per OMS request: (\{.*\})", out).group(1))
    assert set(faults) - {"pass"}, faults  # faults really were injected
    assert figure(out, "conversations") == 10 and figure(out, "action conversations") == 8
    assert figure(out, "crashes") == 0 and figure(out, "duplicate actions") == 0
    assert figure(out, "claimed, not in the OMS") == 0 and figure(out, "order not as promised") == 0
    assert figure(out, "actions taken") >= 1
    assert code == 0, out
    assert get_settings().oms_url is None  # the agent's OMS address is restored after the run
