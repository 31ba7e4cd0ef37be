"""CpuMeter attributes CPU to the right process group (what `bench` prints as CPU per turn)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from evals.cpu_meter import CpuMeter

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc (Linux)")

BURN = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
# Burns 0.4 s of CPU when told to, says so, then stays alive (idle) until its stdin closes.
CHILD = "import sys\nsys.stdin.readline()\n" + BURN + "print('done', flush=True)\nsys.stdin.read()\n"


def _child() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _burn_in(child: subprocess.Popen) -> None:
    child.stdin.write("go\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "done"


def test_cpu_of_a_process_in_another_group_is_counted_there_and_not_in_the_target():
    child = _child()
    try:
        meter = CpuMeter({"target": os.getpid(), "oms": child.pid}).start()
        _burn_in(child)
        exec(BURN, {})
        seconds = meter.stop()
    finally:
        child.stdin.close()
        child.wait(30)
    assert seconds["oms"] >= 0.35
    assert 0.35 <= seconds["target"] < 0.7  # its own 0.4 s, not the child's as well


def test_a_process_that_appears_during_the_interval_is_counted_in_full():
    meter = CpuMeter({"target": os.getpid()}).start()
    child = _child()  # a child of the target: part of its tree
    try:
        _burn_in(child)
        seconds = meter.stop()
    finally:
        child.stdin.close()
        child.wait(30)
    assert seconds["target"] >= 0.35
