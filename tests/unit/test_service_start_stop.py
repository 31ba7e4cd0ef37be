"""`support-agent run` / `studio` start their children in order and stop the started ones when a stop (Ctrl-C,
SIGTERM) or a failure comes before the supervisor runs (cli/service.py: start_all)."""

from __future__ import annotations

import os
import signal

import pytest

from cli.service import start_all


@pytest.fixture(autouse=True)
def _sigterm_restored():
    """start_all makes SIGTERM an interrupt for the whole process: put back pytest's own handler after each test."""
    previous = signal.getsignal(signal.SIGTERM)
    yield
    signal.signal(signal.SIGTERM, previous)


class FakeService:
    def __init__(self, name: str, log: list[str]):
        self.name, self.log = name, log

    def stop(self) -> None:
        self.log.append(f"stopped {self.name}")


def test_all_started_in_order():
    log: list[str] = []
    services = start_all([lambda: FakeService("oms", log), lambda: FakeService("api", log)])
    assert [s.name for s in services] == ["oms", "api"] and log == []


def test_a_sigterm_while_starting_stops_what_already_runs():
    log: list[str] = []

    def api():
        os.kill(os.getpid(), signal.SIGTERM)  # a service manager's stop, mid-start
        return FakeService("api", log)

    assert start_all([lambda: FakeService("oms", log), api]) is None
    assert log == ["stopped oms"]


def test_a_failed_start_stops_what_already_runs_and_says_why():
    log: list[str] = []

    def api():
        raise RuntimeError("port in use")

    with pytest.raises(RuntimeError, match="port in use"):
        start_all([lambda: FakeService("oms", log), api])
    assert log == ["stopped oms"]


def test_a_child_whose_health_wait_is_interrupted_is_stopped(tmp_path, monkeypatch):
    """Ctrl-C lands while the wait probes the child's health. Raised from the probe itself rather than from a timer
    signal: a signal handler's exception that lands inside a garbage-collector callback is swallowed by Python, which
    made the timed version fail now and then."""
    import sys
    import types

    import httpx

    from service import processes

    def ctrl_c(*args, **kwargs):
        raise KeyboardInterrupt

    child = processes._spawn("slow", [sys.executable, "-c", "import time; time.sleep(60)"], "http://127.0.0.1:9/health", tmp_path)
    monkeypatch.setattr(processes, "httpx", types.SimpleNamespace(get=ctrl_c, HTTPError=httpx.HTTPError))
    with pytest.raises(KeyboardInterrupt):
        processes.wait_healthy(child, timeout=30)
    assert child.process.poll() is not None  # not left running in its own session
