"""Crash recovery and cross-worker cancellation, one background loop each per worker.

- Sweep: runs left pending or running by a worker whose liveness lock is free (it died: kill -9, OOM,
  lost machine) or handed back at shutdown (no worker) are adopted here and executed again. Message ids
  make that safe: a message the dead worker had already answered is recognised and not answered twice.
- Cancel: a cancel that reaches another worker arrives as a NOTIFY on the liveness connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from server.locks import WorkerLiveness
from server.records import CANCEL_CHANNEL, Records
from server.runner import Runner

log = logging.getLogger("server.recovery")


async def sweep_once(records: Records, runner: Runner) -> int:
    adopted = 0
    rows = await records.unfinished_elsewhere(runner.worker_id)
    if not rows:
        return 0
    verdict: dict[int | None, bool] = {None: False}
    async with records.pool.connection() as conn:
        for row in rows:
            owner = row["worker_id"]
            if owner not in verdict:
                verdict[owner] = await WorkerLiveness.alive(conn, owner)
            if verdict[owner]:
                continue
            taken = await records.adopt(str(row["run_id"]), owner, runner.worker_id)
            if taken is not None:
                runner.adopt(taken)
                adopted += 1
    return adopted


async def sweep_forever(records: Records, runner: Runner, interval_s: float) -> None:
    while True:
        try:
            await sweep_once(records, runner)
        except asyncio.CancelledError:
            raise
        except Exception:  # the database may be restarting: try again next round
            log.exception("recovery sweep failed")
        await asyncio.sleep(interval_s)


async def listen_for_cancels(liveness: WorkerLiveness, runner: Runner) -> None:
    conn = liveness.conn
    await conn.execute(f"LISTEN {CANCEL_CHANNEL}")
    with contextlib.suppress(asyncio.CancelledError):
        async for note in conn.notifies():
            if runner.cancel_local(note.payload):
                log.info("run cancelled by request from another worker", extra={"run_id": note.payload})
