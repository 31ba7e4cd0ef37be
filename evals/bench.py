"""`bench`: how fast the agent is, side by side, measured and printed (never asserted in tests).

One run measures, on the same held-out conversations (the first two customer messages of held-out
tickets, picked deterministically), at 1, 8 and 32 concurrent conversations:
- floor:        a trivial graph (six no-op nodes) on the same Postgres checkpointer: what LangGraph and
                PostgreSQL cost by themselves on this machine;
- in-process:   the support graph through Conversations.send (checkpointer + store, no HTTP);
- serve-1w / serve-2w: `support-agent serve` with 1 and 2 worker processes (POST /threads/{id}/runs/wait);
- langgraph-dev: the same requests through `langgraph dev`.
Per target and level: p50/p95/p99 latency per turn, turns/s, errors, and peak resident memory (the bench
process for in-process targets, the whole server process tree for HTTP ones), sampled every 250 ms.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.settings import REPO_ROOT, Settings
from evals.cpu_meter import CpuMeter, postmaster_pid, process_tree
from evals.metrics import percentile

BENCH_DIR = REPO_ROOT / "reports" / "bench"
LEVELS = (1, 8, 32)
TARGETS = ("floor", "in-process", "serve-1w", "serve-2w", "langgraph-dev")
Send = Callable[[str, str, str | None], Awaitable[None]]


@dataclass(frozen=True)
class Script:
    """One benchmark conversation: who talks and what they say, turn by turn."""

    customer_id: str | None
    messages: tuple[str, ...]


def load_scripts(settings: Settings, count: int) -> list[Script]:
    from db.connection import connect
    from evals.dataset import load_split, stratified_slice

    with connect(settings) as conn:
        examples = stratified_slice(load_split(conn, "test"), count)
    return [Script(e["inputs"]["customer_id"], tuple(e["inputs"]["messages"][:2])) for e in examples]


def latency_summary(latencies: list[float]) -> dict[str, float | None]:
    return {f"p{q}_s": percentile(latencies, q) for q in (50, 95, 99)}


def conversations_for(level: int, cap: int) -> int:
    """Eight conversations per slot: throughput is read while `level` of them are in flight, and the
    ramp-down (the last conversations finishing alone) is a small part of the window. With two per slot
    it was a large part of a 32-conversation level: in alternating runs of `serve` with 2 workers the short
    window read 29.3 and 31.9 turns/s, the long one 34.7 and 33.1. Level 1 keeps 16."""
    return max(16, min(cap, 8 * level))


def level_scripts(scripts: list[Script], levels, cap: int) -> list[list[Script]]:
    """Each level its own conversations, after scripts[0] (the warm-up): a level that replayed messages an
    earlier level sent would find their embeddings and intent readings cached and look faster than a
    level of new messages. Wraps around only when there are not enough held-out conversations."""
    rest = scripts[1:] or scripts
    chunks, at = [], 0
    for level in levels:
        size = conversations_for(level, cap)
        chunks.append([rest[(at + i) % len(rest)] for i in range(size)])
        at += size
    return chunks


def scripts_needed(levels, cap: int) -> int:
    return 1 + sum(conversations_for(level, cap) for level in levels)


# --- memory ----------------------------------------------------------------------------------------
def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class PeakMemory:
    """Peak summed RSS of a process tree, sampled in a background thread."""

    def __init__(self, root_pid: int, interval_s: float = 0.25):
        self.root, self.interval = root_pid, interval_s
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="bench-rss")

    def _run(self) -> None:
        pids, scanned = process_tree(self.root), time.monotonic()
        while not self._stop.is_set():
            if time.monotonic() - scanned > 2:  # re-walking /proc is the costly part: every 2 s is enough
                pids, scanned = process_tree(self.root), time.monotonic()
            self.peak_kib = max(self.peak_kib, sum(_rss_kib(p) for p in pids))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024


# --- one level -------------------------------------------------------------------------------------
async def run_level(send: Send, scripts: list[Script], concurrency: int) -> dict[str, Any]:
    """Run every script with at most `concurrency` conversations in flight."""
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    errors: list[str] = []

    async def converse(script: Script) -> None:
        async with gate:
            thread_id = str(uuid.uuid4())
            for text in script.messages:
                started = time.perf_counter()
                try:
                    await send(thread_id, text, script.customer_id)
                except Exception as exc:  # counted and reported, never hidden
                    errors.append(f"{type(exc).__name__}: {str(exc)[:120]}")
                    return
                latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(converse(s) for s in scripts))
    wall = time.perf_counter() - started
    return {
        "concurrency": concurrency,
        "conversations": len(scripts),
        "turns": len(latencies),
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:3],
        "wall_s": wall,
        "turns_per_s": len(latencies) / wall if wall else 0.0,
        **latency_summary(latencies),
    }


async def run_target(send: Send, scripts: list[Script], root_pid: int, levels=LEVELS, cap: int = 256,
                     others: dict[str, int | None] | None = None) -> dict[str, Any]:
    """Every level on its own conversations; latency, throughput, peak memory and CPU per turn of the
    target, the OMS and PostgreSQL (`others`: their root pids)."""
    warm = scripts[0]
    for text in warm.messages:  # warm-up on a real conversation: every model loaded, pools open
        await send(str(uuid.uuid4()), text, warm.customer_id)
    results = []
    for level, chosen in zip(levels, level_scripts(scripts, levels, cap), strict=True):
        meter = CpuMeter({"target": root_pid, **(others or {})}).start()
        client_started = time.process_time()
        with PeakMemory(root_pid) as memory:
            result = await run_level(send, chosen, level)
        cpu = meter.stop()
        if root_pid != os.getpid():  # a server under test: this process is only its load generator, which
            cpu["client"] = time.process_time() - client_started  # shares the same cores
        turns = max(1, result["turns"])
        results.append({**result, "peak_rss_mib": memory.peak_mib,
                        "cpu_ms_per_turn": {name: 1000 * seconds / turns for name, seconds in cpu.items()}})
    return {"levels": results}


# --- targets ---------------------------------------------------------------------------------------
@contextlib.asynccontextmanager
async def floor_target() -> AsyncIterator[Send]:
    """Six no-op nodes on the same AsyncPostgresSaver: the cost of LangGraph + PostgreSQL alone."""
    from langchain_core.messages import HumanMessage
    from langgraph.graph import START, MessagesState, StateGraph

    from graph.persistence import persistence

    def noop(state: MessagesState) -> dict:
        return {}

    builder = StateGraph(MessagesState)
    names = [f"step_{i}" for i in range(6)]
    for name in names:
        builder.add_node(name, noop)
    builder.add_edge(START, names[0])
    for a, b in zip(names, names[1:], strict=False):
        builder.add_edge(a, b)
    async with persistence() as (saver, _):
        compiled = builder.compile(checkpointer=saver)

        async def send(thread_id: str, text: str, customer_id: str | None) -> None:
            await compiled.ainvoke({"messages": [HumanMessage(content=text)]},
                                   {"configurable": {"thread_id": thread_id}})

        yield send


@contextlib.asynccontextmanager
async def in_process_target(settings: Settings) -> AsyncIterator[Send]:
    from graph.conversation import Conversations
    from graph.reasoning.offline.help_warmup import warm_help_sentences

    async with Conversations.open(settings) as conversations:
        await warm_help_sentences(settings)  # as a `serve` worker does before it reports ready

        async def send(thread_id: str, text: str, customer_id: str | None) -> None:
            await conversations.send(thread_id, text, customer_id)

        yield send


@contextlib.asynccontextmanager
async def http_target(base_url: str, settings: Settings) -> AsyncIterator[Send]:
    """The LangGraph API as a front end calls it: a signed token in the Authorization header."""
    import httpx

    from core.identity import sign_anonymous, sign_customer

    tokens: dict[str | None, str] = {}
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    async with httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=120, limits=limits) as client:

        async def send(thread_id: str, text: str, customer_id: str | None) -> None:
            if customer_id not in tokens:
                tokens[customer_id] = (sign_customer(customer_id, settings=settings) if customer_id
                                       else sign_anonymous(settings=settings))
            response = await client.post(
                f"/threads/{thread_id}/runs/wait",
                json={"assistant_id": "support", "if_not_exists": "create",
                      "input": {"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]}},
                headers={"Authorization": f"Bearer {tokens[customer_id]}"},
            )
            response.raise_for_status()
            if "__error__" in response.text[:200]:
                raise RuntimeError(response.text[:200])

        yield send


@contextlib.contextmanager
def spawned_server(kind: str, settings: Settings, log_dir: Path, workers: int = 1):
    """`serve` (N workers) or `langgraph dev` on a free port; yields (base_url, root pid)."""
    from evals.services import free_port
    from service.processes import start_api, start_studio

    port = free_port()
    if kind == "serve":
        env = {**os.environ, "API_PORT": str(port), "SERVE_WORKERS": str(workers)}
        service = start_api(settings.model_copy(update={"api_port": port}), log_dir, workers=workers, env=env,
                            name=f"bench-serve-{workers}w")
    else:
        service = start_studio(settings.model_copy(update={"studio_port": port}), log_dir,
                               env={**os.environ, "STUDIO_PORT": str(port)})
    try:
        yield f"http://127.0.0.1:{port}", service.process.pid
    finally:
        service.stop()


async def bench_all(settings: Settings, scripts: list[Script], targets=TARGETS, levels=LEVELS,
                    progress: Callable[[str], None] = print, cap: int = 256,
                    oms_pid: int | None = None) -> dict[str, Any]:
    log_dir = BENCH_DIR / "logs"
    results: dict[str, Any] = {}
    others = {"oms": oms_pid, "postgres": None if settings.database_url else postmaster_pid(settings.data_dir)}
    for target in targets:
        progress(f"bench: {target} …")
        if target == "floor":
            async with floor_target() as send:
                results[target] = await run_target(send, scripts, os.getpid(), levels, cap, others)
        elif target == "in-process":
            async with in_process_target(settings) as send:
                results[target] = await run_target(send, scripts, os.getpid(), levels, cap, others)
        else:
            kind, workers = ("serve", int(target[6])) if target.startswith("serve") else ("dev", 1)
            with spawned_server(kind, settings, log_dir, workers) as (url, pid):
                async with http_target(url, settings) as send:
                    results[target] = await run_target(send, scripts, pid, levels, cap, others)
    return results


@contextlib.contextmanager
def oms_running(settings: Settings):
    """The demo OMS as its own process (so it does not share the bench's CPU time), unless one answers;
    yields its pid (None when it was already running)."""
    from evals.services import oms_healthy
    from service.processes import start_oms

    if oms_healthy(settings.resolved_oms_url):
        yield None  # someone else's OMS: its CPU is not measured
        return
    service = start_oms(settings, BENCH_DIR / "logs")
    try:
        yield service.process.pid
    finally:
        service.stop()


def run_bench(settings: Settings, conversations: int = 256, targets=TARGETS, levels=LEVELS) -> dict[str, Any]:
    scripts = load_scripts(settings, scripts_needed(levels, conversations))
    with oms_running(settings) as oms_pid:
        results = asyncio.run(bench_all(settings, scripts, targets, levels, cap=conversations, oms_pid=oms_pid))
    return {"engine": settings.engine, "conversations": len(scripts), "cpus": os.cpu_count(),
            "load_average": os.getloadavg(), "targets": results}


def save(result: dict, out_dir: Path = BENCH_DIR) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"bench-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2))
    return path


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{1000 * value:.0f}"


def print_tables(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Per-turn latency and throughput ({result.get('engine')} engine, {result.get('cpus')} CPUs)")
    for column in ("target", "concurrent", "turns", "errors", "turns/s", "p50 ms", "p95 ms", "p99 ms", "peak RSS MiB",
                   "CPU ms/turn target/OMS/PG/client"):
        table.add_column(column, justify="right")
    for target, section in result["targets"].items():
        for level in section["levels"]:
            cpu = level.get("cpu_ms_per_turn") or {}
            table.add_row(target, str(level["concurrency"]), str(level["turns"]), str(level["errors"]),
                          f"{level['turns_per_s']:.1f}", _ms(level["p50_s"]), _ms(level["p95_s"]),
                          _ms(level["p99_s"]), f"{level['peak_rss_mib']:.0f}",
                          " / ".join(f"{cpu[k]:.0f}" if k in cpu else "-"
                                     for k in ("target", "oms", "postgres", "client")))
    load = result.get("load_average")
    Console().print(table)
    if load:
        Console().print(f"load average at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min)")
