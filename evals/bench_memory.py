"""How long the frustration rule's memory read (`graph.memory.replies_elsewhere`) takes for a customer
with many old conversations and two recent replies elsewhere (issue #8: the read grew with every old
conversation). Prints figures; asserts nothing about speed.

    DATABASE_URL=... python -m evals.bench_memory [--old 150] [--replies 10] [--calls 200]

Runs whichever `graph.memory` is first on PYTHONPATH, so the same script measures the code before a
change (PYTHONPATH=<old checkout>) and after. The customer is made up and forgotten afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

from graph import memory
from graph.persistence import store as open_store


class _CountingStore:
    """The real store, counting the items its searches hand back (what the read costs in transfer and
    Python work)."""

    def __init__(self, store) -> None:
        self.store, self.items = store, 0

    async def asearch(self, *args, **kwargs):
        found = await self.store.asearch(*args, **kwargs)
        self.items += len(found)
        return found


async def _seed(store, customer: str, old: int, replies: int, now: datetime) -> None:
    """`old` conversations answered `replies` times each 30+ days ago, two recent ones, the current one."""
    for n in range(old):
        for r in range(replies):
            await memory.record_reply(store, customer, f"old-{n}", at=now - timedelta(days=30 + n, minutes=r))
    await memory.record_reply(store, customer, "recent-a", at=now - timedelta(days=2))
    await memory.record_reply(store, customer, "recent-b", at=now - timedelta(hours=1))


async def main(old: int, replies: int, calls: int) -> None:
    customer = f"CBENCH{uuid.uuid4().hex[:8]}"
    now = datetime.now(UTC)
    async with open_store() as store:
        await _seed(store, customer, old, replies, now)
        counting = _CountingStore(store)
        try:
            count = await memory.replies_elsewhere(counting, customer, "current", 14, now=now)  # warm up
            counting.items = 0
            wall, cpu = [], []
            for _ in range(calls):
                w0, c0 = time.perf_counter(), time.process_time()
                await memory.replies_elsewhere(counting, customer, "current", 14, now=now)
                wall.append((time.perf_counter() - w0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
        finally:
            await memory.forget_conversations(store, customer)
    print(f"graph.memory from {memory.__file__}")
    print(f"{old} old conversations x {replies} replies, 2 recent: counted {count} replies elsewhere")
    print(f"items read per call: {counting.items / calls:.1f}")
    print(f"wall ms per call: mean {statistics.mean(wall):.2f}  p50 {statistics.median(wall):.2f}  "
          f"p95 {statistics.quantiles(wall, n=20)[-1]:.2f}")
    print(f"agent CPU ms per call: mean {statistics.mean(cpu):.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=int, default=150)
    parser.add_argument("--replies", type=int, default=10)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(main(args.old, args.replies, args.calls))
