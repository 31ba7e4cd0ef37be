"""Several `serve` replicas on one database: one run at a time per thread across all of them, nothing
lost or answered twice, and a replica killed with SIGKILL mid-run leaves no conversation behind."""

from __future__ import annotations

import asyncio
import uuid

import psycopg
import pytest
from langgraph_sdk import get_client

from core.identity import sign_customer
from server.locks import THREAD_LOCK
from tests.integration.serve_process import start_serve

pytestmark = pytest.mark.integration
QUESTIONS = ("what is your return policy?", "do you ship to Canada?", "how long do refunds take?",
             "can I change my size after ordering?")


def _client(url: str, token: str):
    return get_client(url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120)


def _message(text: str) -> dict:
    return {"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]}


async def _queue_runs(url: str, token: str, questions, threads: dict) -> None:
    """A new thread with each question queued on it as a background run; records (token, message ids)."""
    client = _client(url, token)
    thread_id = (await client.threads.create())["thread_id"]
    ids = []
    for question in questions:
        message = _message(question)
        await client.runs.create(thread_id, "support", input=message)
        ids.append(message["messages"][0]["id"])
    threads[thread_id] = (token, ids)


def _check_answered_once(values: dict, sent: list[str]) -> None:
    """Every message sent is in the thread once, each followed by exactly one reply, counters agree."""
    messages = values["messages"]
    humans = [m for m in messages if m["type"] == "human"]
    replies = [m for m in messages if m["type"] == "ai"]
    assert sorted(m["id"] for m in humans) == sorted(sent)
    assert [m["type"] for m in messages] == ["human", "ai"] * len(sent)
    assert values["exchanges"] == len(replies) == len(sent)


async def test_two_replicas_serialise_each_thread_and_lose_nothing(demo_store, oms_server, tmp_path):
    first, url_a = start_serve(demo_store, tmp_path / "a", name="serve-a")
    second, url_b = start_serve(demo_store, tmp_path / "b", name="serve-b")
    try:
        async def conversation(index: int) -> None:
            token = sign_customer(f"C9{index:05d}", settings=demo_store)
            a, b = _client(url_a, token), _client(url_b, token)
            thread_id = (await a.threads.create())["thread_id"]
            sent = [_message(q) for q in QUESTIONS]
            # All four messages at once, alternating replicas: they must queue, not overlap or vanish.
            await asyncio.gather(*(
                (a if i % 2 == 0 else b).runs.wait(thread_id, "support", input=m) for i, m in enumerate(sent)
            ))
            state = await b.threads.get_state(thread_id)
            _check_answered_once(state["values"], [m["messages"][0]["id"] for m in sent])
            runs = await a.runs.list(thread_id, limit=20)
            assert len(runs) == len(QUESTIONS) and {r["status"] for r in runs} == {"success"}

        await asyncio.gather(*(conversation(i) for i in range(20)))
    finally:
        first.stop()
        second.stop()


async def test_kill_9_mid_run_then_restart_every_thread_continues(demo_store, oms_server, db_url, tmp_path):
    doomed, url = start_serve(demo_store, tmp_path / "doomed", name="serve-doomed")
    threads: dict[str, tuple[str, list[str]]] = {}
    # One thread's lock is held here, as a run on another replica would hold it: its runs are still waiting
    # when the kill comes, however fast the machine answers the others.
    holder = psycopg.connect(db_url, autocommit=True)
    try:
        async def queue_messages(index: int) -> None:
            await _queue_runs(url, sign_customer(f"C8{index:05d}", settings=demo_store), QUESTIONS[:3], threads)

        await queue_messages(0)
        holder.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (THREAD_LOCK, next(iter(threads))))
        await asyncio.gather(*(queue_messages(i) for i in range(1, 10)))
    finally:
        doomed.kill()  # SIGKILL: no shutdown hook, no chance to hand anything back
        holder.close()
    with psycopg.connect(db_url) as conn:
        unfinished = conn.execute(
            "SELECT count(*) FROM api_runs WHERE thread_id = ANY(%s::uuid[]) AND status IN ('pending', 'running')",
            (list(threads),),
        ).fetchone()[0]
    assert unfinished > 0, "the kill came too late to interrupt any run; the test proves nothing"

    survivor, url = start_serve(demo_store, tmp_path / "survivor", name="serve-survivor")
    try:
        async def resume(thread_id: str) -> None:
            token, ids = threads[thread_id]
            client = _client(url, token)
            for run in await client.runs.list(thread_id, limit=20):
                await client.runs.join(thread_id, run["run_id"])
            runs = await client.runs.list(thread_id, limit=20)
            assert {r["status"] for r in runs} == {"success"}, runs
            follow_up = _message("thanks!")
            values = await client.runs.wait(thread_id, "support", input=follow_up)
            _check_answered_once(values, [*ids, follow_up["messages"][0]["id"]])

        await asyncio.gather(*(resume(t) for t in threads))
    finally:
        survivor.stop()


async def test_sigterm_finishes_or_hands_back_every_run(demo_store, oms_server, db_url, tmp_path):
    """Graceful shutdown: in-flight runs finish within the grace period (here none: 0 s, so the hand-back
    path is the one exercised); whatever is left goes back to pending with no worker (never stuck as
    'running'), and the next server answers it."""
    draining, url = start_serve(demo_store, tmp_path / "draining", name="serve-draining",
                                env={"SERVE_SHUTDOWN_GRACE_S": "0"})
    threads: dict[str, tuple[str, list[str]]] = {}
    # One thread's lock is held here, as a run on another replica would hold it: its queued runs cannot start
    # before the SIGTERM, so the hand-back path is exercised however fast the other runs finish.
    holder = psycopg.connect(db_url, autocommit=True)
    try:
        async def queue_messages(index: int) -> None:
            await _queue_runs(url, sign_customer(f"C7{index:05d}", settings=demo_store), QUESTIONS, threads)

        await queue_messages(0)
        holder.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (THREAD_LOCK, next(iter(threads))))
        await asyncio.gather(*(queue_messages(i) for i in range(1, 8)))
    finally:
        draining.stop()  # SIGTERM, then wait for the worker to drain and exit
        holder.close()  # releases the lock: the successor may run what was handed back
    assert draining.process.returncode is not None
    with psycopg.connect(db_url) as conn:
        states = conn.execute(
            "SELECT status, worker_id FROM api_runs WHERE thread_id = ANY(%s::uuid[])", (list(threads),)
        ).fetchall()
    assert all(status in ("success", "pending") for status, _ in states), states
    assert any(status == "pending" for status, _ in states), "nothing was left to hand back; the test proves nothing"
    assert all(worker is None for status, worker in states if status == "pending"), states

    successor, url = start_serve(demo_store, tmp_path / "successor", name="serve-successor")
    try:
        async def finish(thread_id: str) -> None:
            token, ids = threads[thread_id]
            client = _client(url, token)
            for run in await client.runs.list(thread_id, limit=20):
                await client.runs.join(thread_id, run["run_id"])
            state = await client.threads.get_state(thread_id)
            _check_answered_once(state["values"], ids)

        await asyncio.gather(*(finish(t) for t in threads))
    finally:
        successor.stop()
