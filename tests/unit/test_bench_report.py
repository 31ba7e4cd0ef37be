"""The bench's CPU figures: the load generator's own CPU is counted for servers, never for in-process runs."""

from __future__ import annotations

import asyncio
import os
import time

from evals.bench import Script, print_tables, run_target


def _level_cpu(root_pid: int) -> dict[str, float]:
    async def send(thread_id: str, text: str, customer_id: str) -> None:
        deadline = time.process_time() + 0.002  # a little CPU in this process, as an HTTP client spends
        while time.process_time() < deadline:
            pass

    scripts = [Script("C000001", ("hello", "where is my order?")) for _ in range(20)]
    result = asyncio.run(run_target(send, scripts, root_pid, levels=(1,)))
    (level,) = result["levels"]
    assert level["turns"] == 32 and level["errors"] == 0
    return level["cpu_ms_per_turn"]


def test_a_server_under_test_gets_the_clients_cpu_beside_its_own():
    cpu = _level_cpu(os.getppid())  # stands in for a server process: not this one
    assert cpu["client"] >= 1.5  # each turn burned >= 2 ms here; the meter's clock ticks are 10 ms


def test_in_process_runs_count_the_client_inside_the_target():
    cpu = _level_cpu(os.getpid())
    assert "client" not in cpu and cpu["target"] >= 1.5


def test_the_table_shows_the_clients_cpu_when_measured(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # rich wraps cells to the terminal's width
    level = {"concurrency": 32, "turns": 80, "errors": 0, "turns_per_s": 40.0, "p50_s": 0.5, "p95_s": 0.9,
             "p99_s": 1.0, "peak_rss_mib": 1400.0,
             "cpu_ms_per_turn": {"target": 28.0, "oms": 2.0, "postgres": 7.0, "client": 4.0}}
    print_tables({"engine": "offline", "cpus": 2, "targets": {"serve-2w": {"levels": [level]}}})
    out = capsys.readouterr().out
    assert "serve-2w" in out and "40.0" in out
    assert "target/OMS/PG/client" in out and "28 / 2 / 7 / 4" in out
