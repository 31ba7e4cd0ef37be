"""Where an in-process turn spends its time: sequential replay of held-out ticket turns.

    python -m evals.profile_turn --conversations 100           # latency p50/p95/p99 + time per node
    python -m evals.profile_turn --hung-oms                    # policy questions with the OMS not answering

Sequential on purpose: one turn at a time shows the latency of a turn, not queueing behind other turns
(throughput under concurrency is `support-agent bench`). The demo OMS runs as its own process, as in
production; the node timings come from a second pass with a callback on every node, so the hooks never
touch the latency figures. For a CPU profile run this under `py-spy record -o turn.svg -- python -m ...`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextvars import ContextVar

from langchain_core.tracers.context import register_configure_hook

from core.settings import REPO_ROOT, Settings, get_settings
from evals.bench import Script, load_scripts
from evals.metrics import percentile
from evals.node_timer import NODES, NodeTimer
from evals.services import oms_healthy

# Policy questions (no order data needed) for the hung-OMS check: written here, not taken from any data set.
POLICY_QUESTIONS = (
    "what is your return policy?",
    "how long do I have to return something?",
    "do you ship to Canada?",
    "which payment methods do you accept?",
    "can I exchange for a different size?",
)

WARMUP_CONVERSATIONS = 5

_node_timer: ContextVar[NodeTimer | None] = ContextVar("profile_node_timer", default=None)
register_configure_hook(_node_timer, inheritable=True)


@contextlib.contextmanager
def oms_process(settings: Settings) -> Iterator[str]:
    """The demo OMS as a separate process (like `run`), unless one already answers at OMS_URL."""
    url = settings.resolved_oms_url
    if oms_healthy(url):
        yield url
        return
    process = subprocess.Popen([sys.executable, "-m", "oms"], cwd=REPO_ROOT, env=dict(os.environ),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not oms_healthy(url, timeout_s=0.5):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the demo OMS did not start on {url}")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@contextlib.contextmanager
def hung_oms() -> Iterator[str]:
    """A port that accepts connections and never answers: an OMS that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def forget_cached_readings() -> None:
    """A second pass over the same messages would find them encoded and read already (classify and
    retrieve would look nearly free): start it from empty caches, as the first pass did."""
    from graph.nodes.retrieve import knowledge_base
    from graph.reasoning.registry import reset_reasoners
    from tools.knowledge import query_vectors

    reset_reasoners()
    knowledge_base.cache_clear()
    query_vectors.forget()


def _ms(values: list[float]) -> str:
    return " / ".join(f"{1000 * (percentile(values, q) or 0):.1f}" for q in (50, 95, 99))


async def replay(scripts: list[Script], settings: Settings, *, per_node: bool, durability: str | None = None,
                 warmup: list[Script] | None = None) -> dict:
    """Every script's messages, one turn at a time, through Conversations.send, after the warm-up scripts
    (other conversations than the measured ones: their messages would be cached)."""
    from langgraph._internal._constants import CONFIG_KEY_DURABILITY

    from graph.conversation import Conversations
    from graph.reasoning.offline.help_warmup import warm_help_sentences

    latencies: list[float] = []
    timer = NodeTimer()
    cpu = 0.0
    slowest: dict[str, tuple[float, str | None]] = {}
    async with Conversations.open(settings) as conversations:
        if durability:  # LangGraph reads the run's checkpoint durability from this configurable key
            conversations.graph = conversations.graph.with_config(configurable={CONFIG_KEY_DURABILITY: durability})
        # Load the models and fill the pools first: the figures are about turns, not about start-up.
        await warm_help_sentences(settings)  # as a `serve` worker does before it reports ready
        for script in warmup if warmup is not None else scripts[:WARMUP_CONVERSATIONS]:
            for text in script.messages:
                await conversations.send(f"profile-warmup-{uuid.uuid4().hex}", text, script.customer_id)
        token = _node_timer.set(timer if per_node else None)
        try:
            for script in scripts:
                thread_id = f"profile-{uuid.uuid4().hex}"
                for text in script.messages:
                    started, cpu_started = time.perf_counter(), time.process_time()
                    result = await conversations.send(thread_id, text, script.customer_id)
                    latencies.append(time.perf_counter() - started)
                    if latencies[-1] > slowest.get(text, (0.0, None))[0]:
                        slowest[text] = (latencies[-1], result.intent)
                    cpu += time.process_time() - cpu_started
        finally:
            _node_timer.reset(token)
    return {"latencies": latencies, "node_seconds": dict(timer.seconds), "cpu_s": cpu, "slowest": slowest}


def report(title: str, latencies: list[float], node_seconds: dict[str, float] | None = None,
           cpu_s: float | None = None) -> None:
    """Latency percentiles; this process's CPU per turn (all its threads: a figure the other jobs on a
    shared machine disturb less than wall time); time per node."""
    cpu = f", CPU {1000 * cpu_s / len(latencies):.1f} ms/turn in this process" if cpu_s is not None else ""
    print(f"\n{title}: {len(latencies)} turns, p50 / p95 / p99 = {_ms(latencies)} ms, "
          f"mean {1000 * statistics.fmean(latencies):.1f} ms{cpu}, load average {os.getloadavg()[0]:.1f}")
    if node_seconds:
        turns = len(latencies)
        total = sum(latencies)
        print(f"{'node':<10} {'ms per turn':>12} {'share of turn time':>20}")
        for node in NODES:
            if node in node_seconds:
                seconds = node_seconds[node]
                print(f"{node:<10} {1000 * seconds / turns:>12.1f} {100 * seconds / total:>19.1f}%")
        rest = total - sum(node_seconds.values())
        print(f"{'(graph)':<10} {1000 * rest / turns:>12.1f} {100 * rest / total:>19.1f}%"
              "   checkpoints, routing, callbacks")


async def main(args: argparse.Namespace) -> None:
    settings = get_settings()
    if args.hung_oms:
        with hung_oms() as url:
            os.environ["OMS_URL"] = url
            get_settings.cache_clear()
            hung = get_settings()
            customer = load_scripts(hung, 1)[0].customer_id
            scripts = [Script(customer, (q,)) for q in POLICY_QUESTIONS] * args.repeat
            result = await replay(scripts, hung, per_node=False)
        report(f"policy questions, OMS hung at {url} (OMS_TIMEOUT_S={hung.oms_timeout_s:g})", result["latencies"],
               cpu_s=result["cpu_s"])
        for text, (seconds, intent) in result["slowest"].items():
            print(f"  {1000 * seconds:8.1f} ms  {intent:<16} {text}")
        return
    loaded = load_scripts(settings, args.conversations + WARMUP_CONVERSATIONS)
    warmup, scripts = loaded[:WARMUP_CONVERSATIONS], loaded[WARMUP_CONVERSATIONS:]
    with oms_process(settings):
        for durability in args.durability or [None]:
            forget_cached_readings()
            timed = await replay(scripts, settings, per_node=False, durability=durability, warmup=warmup)
            report(f"held-out turns, sequential, durability {durability or 'default'}", timed["latencies"],
                   cpu_s=timed["cpu_s"])
        if not args.no_nodes:
            forget_cached_readings()
            nodes = await replay(scripts, settings, per_node=True, durability=(args.durability or [None])[0],
                                 warmup=warmup)
            report("same turns with per-node callbacks", nodes["latencies"], nodes["node_seconds"])


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100, help="held-out conversations (2 turns each)")
    parser.add_argument("--no-nodes", action="store_true", help="skip the per-node pass")
    parser.add_argument("--hung-oms", action="store_true", help="policy questions against an OMS that hangs")
    parser.add_argument("--durability", action="append", choices=["sync", "async", "exit"],
                        help="checkpoint durability to compare (repeatable); default: the graph's own")
    parser.add_argument("--repeat", type=int, default=2, help="repetitions of the policy questions (--hung-oms)")
    asyncio.run(main(parser.parse_args()))


if __name__ == "__main__":
    cli()
