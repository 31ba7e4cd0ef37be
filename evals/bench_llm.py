"""The LLM engine's own overhead per turn: the graph, retrieval, OMS calls, checkpoints and the guardrails
around the model, with the model itself answering at once (the OpenAI-compatible test double, in its own
process, `python -m evals.openai_double`). Printed beside the offline engine on the same conversations.

    python -m evals.bench_llm --conversations 32 --levels 1,8     (or: support-agent bench-llm)

overhead = turn latency - wall time of the turn's model calls (as the engine measured them, HTTP included).
Figures are printed and saved (reports/bench/llm-*.json), never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from core.settings import get_settings
from evals.bench import BENCH_DIR, Script, conversations_for, load_scripts, oms_running
from evals.metrics import percentile

DOUBLE_MODEL = "test-double-model"


def start_double() -> tuple[subprocess.Popen, str]:
    from evals.services import free_port, spawn_until_healthy

    port = free_port()
    url = f"http://127.0.0.1:{port}/v1"
    argv = [sys.executable, "-m", "evals.openai_double", "--port", str(port)]
    return spawn_until_healthy(argv, f"{url}/models", "the OpenAI-compatible test double", timeout_s=20), url


async def measure(conversations, scripts: list[Script], engine: str, concurrency: int) -> list[tuple[float, float]]:
    """(turn latency, model seconds) of every turn, `concurrency` conversations at a time."""
    gate = asyncio.Semaphore(concurrency)
    turns: list[tuple[float, float]] = []

    async def converse(script: Script) -> None:
        async with gate:
            thread_id = f"bench-llm-{uuid.uuid4()}"
            for text in script.messages:
                started = time.perf_counter()
                result = await conversations.send(thread_id, text, script.customer_id, engine=engine)
                latency = time.perf_counter() - started
                turns.append((latency, float(((result.state.get("turn") or {}).get("llm") or {}).get("latency_s") or 0)))

    await asyncio.gather(*(converse(s) for s in scripts))
    return turns


def figures(turns: list[tuple[float, float]]) -> dict[str, Any]:
    latency = [t for t, _ in turns]
    model = [m for _, m in turns]
    overhead = [t - m for t, m in turns]
    return {"turns": len(turns), **{f"latency_p{q}_s": percentile(latency, q) for q in (50, 95)},
            **{f"model_p{q}_s": percentile(model, q) for q in (50, 95)},
            **{f"overhead_p{q}_s": percentile(overhead, q) for q in (50, 95)}}


async def bench(scripts: list[Script], levels: tuple[int, ...]) -> dict[str, Any]:
    from graph.conversation import Conversations

    results: dict[str, Any] = {}
    async with Conversations.open(get_settings()) as conversations:
        for engine in ("offline", "openai"):
            # Warm-up on every script with both engines: models loaded, pools open, and each message's
            # embedding in the cache for both (else the engine measured second would get them for free).
            await measure(conversations, scripts, engine, 4)
        for engine in ("offline", "openai"):
            # The same conversations for both engines (all warmed above), as many as keep `level` busy.
            results[engine] = {level: figures(await measure(conversations, scripts[:conversations_for(level, len(scripts))],
                                                            engine, level))
                               for level in levels}
    return results


def print_table(results: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    def ms(value: float | None) -> str:
        return "-" if value is None else f"{1000 * value:.0f}"

    table = Table(title="Per turn: the LLM engine with a model answering at once, beside the offline engine")
    for column in ("engine", "concurrent", "turns", "p50 ms", "p95 ms", "model p50 / p95 ms", "overhead p50 ms",
                   "overhead p95 ms"):
        table.add_column(column, justify="right")
    for engine, levels in results.items():
        for level, f in levels.items():
            table.add_row(engine, str(level), str(f["turns"]), ms(f["latency_p50_s"]), ms(f["latency_p95_s"]),
                          f"{ms(f['model_p50_s'])} / {ms(f['model_p95_s'])}", ms(f["overhead_p50_s"]),
                          ms(f["overhead_p95_s"]))
    Console().print(table)


def run_bench_llm(conversations: int = 32, levels: tuple[int, ...] = (1, 8)) -> Path:
    """Start the double, measure both engines, print the table; returns the saved JSON's path."""
    double, url = start_double()
    try:
        os.environ.update({"OPENAI_BASE_URL": url, "OPENAI_MODEL": DOUBLE_MODEL, "LLM_MAX_RETRIES": "0"})
        get_settings.cache_clear()
        settings = get_settings()
        scripts = load_scripts(settings, conversations)
        with oms_running(settings):
            results = asyncio.run(bench(scripts, levels))
    finally:
        double.terminate()
        double.wait(10)
    print_table(results)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"llm-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps({"conversations": len(scripts), "cpus": os.cpu_count(), "engines": results}, indent=2))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=32)
    parser.add_argument("--levels", default="1,8")
    args = parser.parse_args()
    print(f"Saved: {run_bench_llm(args.conversations, tuple(int(v) for v in args.levels.split(',')))}")


if __name__ == "__main__":
    main()
