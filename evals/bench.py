"""`bench`: how fast the agent is, measured, printed and saved (never asserted in tests).

- in-process: per-turn latency p50/p95/p99 through the compiled graph with the Postgres checkpointer and
  store (Conversations.send), throughput at 1, 8 and 32 concurrent conversations, peak memory (tracemalloc
  for the Python heap, ru_maxrss for the process), and each node's share of the graph's time (callbacks
  on the node runs, in a separate sequential pass so the timing hooks do not distort the throughput figures);
- over HTTP: the same conversations through the LangGraph API served by `langgraph dev`
  (POST /threads/{id}/runs/wait with if_not_exists="create").
Conversations are the first two customer messages of held-out tickets, picked deterministically.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import resource
import time
import tracemalloc
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.callbacks import AsyncCallbackHandler

from core.settings import REPO_ROOT, Settings
from evals.metrics import percentile

BENCH_DIR = REPO_ROOT / "reports" / "bench"
LEVELS = (1, 8, 32)
NODES = ("classify", "retrieve", "call_oms", "draft", "score", "answer", "escalate")


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


async def _run_level(send, scripts: list[Script], concurrency: int) -> dict[str, Any]:
    """Run every script with at most `concurrency` conversations in flight."""
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []

    async def converse(script: Script) -> None:
        async with gate:
            thread_id = f"bench-{uuid.uuid4().hex}"
            for text in script.messages:
                started = time.perf_counter()
                await send(thread_id, text, script.customer_id)
                latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(converse(s) for s in scripts))
    wall = time.perf_counter() - started
    return {
        "concurrency": concurrency,
        # With fewer conversations than the level, fewer run at once: say so rather than mislabel the figure.
        "effective_concurrency": min(concurrency, len(scripts)),
        "conversations": len(scripts),
        "turns": len(latencies),
        "wall_s": wall,
        "turns_per_s": len(latencies) / wall,
        "conversations_per_s": len(scripts) / wall,
        **latency_summary(latencies),
    }


class NodeTimer(AsyncCallbackHandler):
    """Wall time of each graph node run, keyed by node name (only the node's own top-level run)."""

    def __init__(self) -> None:
        self.started: dict[uuid.UUID, tuple[str, float]] = {}
        self.seconds: dict[str, float] = defaultdict(float)

    async def on_chain_start(self, serialized, inputs, *, run_id, metadata=None, name=None, **kwargs) -> None:
        node = (metadata or {}).get("langgraph_node")
        if node in NODES and (name or "") == node:
            self.started[run_id] = (node, time.perf_counter())

    async def on_chain_end(self, outputs, *, run_id, **kwargs) -> None:
        if run_id in self.started:
            node, started = self.started.pop(run_id)
            self.seconds[node] += time.perf_counter() - started

    async def on_chain_error(self, error, *, run_id, **kwargs) -> None:
        await self.on_chain_end(None, run_id=run_id)


async def node_shares(conversations, scripts: list[Script]) -> dict[str, float]:
    """Share of graph time per node over a sequential pass, via callbacks on a direct graph call."""
    from langchain_core.messages import HumanMessage

    timer = NodeTimer()
    for script in scripts:
        config = {**conversations.config(f"bench-nodes-{uuid.uuid4().hex}", script.customer_id), "callbacks": [timer]}
        for text in script.messages:
            await conversations.graph.ainvoke({"messages": [HumanMessage(content=text)]}, config=config)
    total = sum(timer.seconds.values()) or 1.0
    return {node: timer.seconds[node] / total for node in NODES if node in timer.seconds}


async def bench_in_process(settings: Settings, scripts: list[Script], levels=LEVELS) -> dict[str, Any]:
    """Latency and throughput first, then node shares, then memory: tracemalloc slows Python down, so it
    only runs in its own final pass and never touches the timing figures."""
    from evals.services import oms_available
    from graph.conversation import Conversations

    with oms_available(settings):
        async with Conversations.open(settings) as conversations:
            await conversations.send(f"bench-warmup-{uuid.uuid4().hex}", "hello", None)  # load models once
            results = [await _run_level(conversations.send, scripts, c) for c in levels]
            shares = await node_shares(conversations, scripts[:16])
            tracemalloc.start()
            await _run_level(conversations.send, scripts[:16], 8)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    return {
        "levels": results,
        "node_share": shares,
        "tracemalloc_peak_mb": peak / 2**20,  # Python heap peak during 16 conversations at 8 concurrent
        "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,  # KiB on Linux
    }


async def bench_http(
    base_url: str, scripts: list[Script], settings: Settings, levels=LEVELS
) -> dict[str, Any]:
    """The same scripts through the LangGraph API (`langgraph dev` or a LangGraph server)."""
    import httpx

    from core.identity import sign_anonymous, sign_customer

    anonymous = sign_anonymous(settings=settings)  # one visitor for the scripts without a customer
    async with httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=120) as client:

        async def send(thread_id: str, text: str, customer_id: str | None) -> None:
            body = {
                "assistant_id": "support",
                "input": {"messages": [{"role": "user", "content": text}]},
                "if_not_exists": "create",
            }
            token = sign_customer(customer_id, settings=settings) if customer_id else anonymous
            response = await client.post(
                f"/threads/{uuid.uuid5(uuid.NAMESPACE_URL, thread_id)}/runs/wait", json=body,
                headers={"Authorization": f"Bearer {token}"},
            )
            response.raise_for_status()

        await send(f"bench-warmup-{uuid.uuid4().hex}", "hello", None)
        return {"base_url": base_url, "levels": [await _run_level(send, scripts, c) for c in levels]}


def save(result: dict, out_dir: Path = BENCH_DIR) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"bench-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(result, indent=2))
    return path


def print_tables(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for label, section in (("in-process graph", result.get("in_process")), ("HTTP API", result.get("http"))):
        if not section:
            continue
        table = Table(title=f"Latency and throughput: {label}")
        for column in ("concurrent", "turns", "turns/s", "conv/s", "p50 s", "p95 s", "p99 s"):
            table.add_column(column, justify="right")
        for level in section["levels"]:
            table.add_row(
                str(level["concurrency"]),
                str(level["turns"]),
                f"{level['turns_per_s']:.2f}",
                f"{level['conversations_per_s']:.2f}",
                f"{level['p50_s']:.3f}",
                f"{level['p95_s']:.3f}",
                f"{level['p99_s']:.3f}",
            )
        console.print(table)
    in_process = result.get("in_process") or {}
    if in_process.get("node_share"):
        table = Table(title="Share of graph time per node (sequential pass)")
        table.add_column("node")
        table.add_column("share", justify="right")
        for node, share in sorted(in_process["node_share"].items(), key=lambda kv: -kv[1]):
            table.add_row(node, f"{100 * share:.1f}%")
        console.print(table)
    if in_process:
        console.print(
            f"Peak memory: Python heap (tracemalloc) {in_process['tracemalloc_peak_mb']:.1f} MiB, "
            f"process max RSS {in_process['max_rss_mb']:.1f} MiB"
        )
