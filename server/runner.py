"""Runs: create, execute through LangGraph's own run loop, stream to subscribers, join, cancel, recover.

A run executes in the worker that received it (its HTTP stream reads events from memory, no broker hop),
under the thread's advisory lock (server/locks.py). Its row in api_runs says where it stands, so a join or
cancel arriving at another worker or replica, and a worker adopting the run after a crash, all see it.

Checkpoint durability is "exit": one checkpoint write per run instead of one per node. It loses nothing a
crash could have saved: a run that dies midway is re-executed from its stored input (same message ids), and
the graph treats an already-answered message as a no-op, so a replay never answers twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import BaseMessageChunk, HumanMessage
from psycopg.types.json import Jsonb

from app.auth import Principal, auth_user
from server.jsonio import dumps
from server.locks import ThreadBusy, ThreadLocks
from server.payloads import RunRequest
from server.records import FINISH, HAND_BACK, UNFINISHED, Records, finish_params, new_run_id

log = logging.getLogger("server.runs")
DURABILITY = "exit"
TERMINAL = ("success", "error", "interrupted", "cancelled")
END = object()


@dataclass
class LocalRun:
    """A run executing in this worker: its subscribers get every event from the moment they subscribe."""

    row: dict[str, Any]
    modes: list[str]
    subscribers: list[asyncio.Queue] = field(default_factory=list)
    done: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task | None = None
    values: Any = None
    status: str = "pending"
    error: dict | None = None

    @property
    def run_id(self) -> str:
        return str(self.row["run_id"])

    def publish(self, event: str, payload: Any) -> None:
        if not self.subscribers:
            return
        data = dumps(payload)
        for queue in self.subscribers:
            queue.put_nowait((event, data))

    def finish(self, status: str, error: dict | None = None) -> None:
        self.status, self.error = status, error
        if error:
            self.publish("error", error)
        self.publish("end", {"run_id": self.run_id, "status": status})
        for queue in self.subscribers:
            queue.put_nowait(END)
        self.done.set()


def _graph_input(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {"messages": [HumanMessage(content=m["content"], id=m["id"]) for m in kwargs["messages"]]}


class MessageEvents:
    """The `messages` stream mode as langgraph_api frames it: `messages-tuple` forwards (message, metadata);
    plain `messages` sends messages/metadata once per message id, then messages/partial or /complete."""

    def __init__(self, as_tuple: bool):
        self.as_tuple = as_tuple
        self.seen: dict[str, Any] = {}

    def events(self, chunk: tuple[Any, dict]) -> list[tuple[str, Any]]:
        message, metadata = chunk
        if self.as_tuple:
            return [("messages", [message, metadata])]
        out: list[tuple[str, Any]] = []
        if message.id in self.seen:
            self.seen[message.id] = self.seen[message.id] + message
        else:
            self.seen[message.id] = message
            out.append(("messages/metadata", {message.id: {"metadata": metadata}}))
        partial = isinstance(message, BaseMessageChunk)
        out.append(("messages/partial" if partial else "messages/complete", [self.seen[message.id]]))
        return out


class Runner:
    def __init__(self, graph, records: Records, locks: ThreadLocks, strategy: str, worker_id: int):
        self.graph = graph
        self.records = records
        self.locks = locks
        self.strategy = strategy
        self.worker_id = worker_id
        self.local: dict[str, LocalRun] = {}
        self.stopping = False

    # --- create ----------------------------------------------------------------------------------
    async def create(self, thread_id: str, request: RunRequest, principal: Principal) -> LocalRun:
        """Record the run and start it here. With `reject`, a busy thread raises ThreadBusy (HTTP 409)."""
        run_id = new_run_id()
        kwargs = {
            "messages": request.messages,
            "context": request.context,
            "stream_mode": request.stream_mode,
            "multitask_strategy": self.strategy,
        }
        row, lock = await self.locks.insert_and_try({
            "run": run_id, "thread": thread_id, "assistant": request.assistant_id, "kwargs": Jsonb(kwargs),
            "kind": principal.kind, "subject": principal.subject, "metadata": Jsonb(request.metadata),
            "worker": self.worker_id,
        })
        if lock is None and self.strategy == "reject":
            await self.records.finish_run(run_id, "cancelled", {"error": "ThreadBusy"})
            raise ThreadBusy(thread_id)
        return self._start(row, lock_conn=lock, locked=lock is not None)

    def _start(self, row: dict[str, Any], lock_conn=None, locked: bool = False) -> LocalRun:
        local = LocalRun(row=row, modes=list(row["kwargs"].get("stream_mode") or ["values"]))
        self.local[local.run_id] = local
        local.task = asyncio.create_task(self._execute(local, lock_conn, locked), name=f"run-{local.run_id}")
        return local

    # --- execute ---------------------------------------------------------------------------------
    async def _execute(self, local: LocalRun, lock_conn, locked: bool) -> None:
        row = local.row
        thread_id, run_id = str(row["thread_id"]), local.run_id
        extra = {"thread_id": thread_id, "run_id": run_id}
        try:
            if not locked:
                try:
                    lock_conn = await self.locks.acquire(thread_id, run_id, row["created_at"], wait=True)
                except asyncio.CancelledError:  # cancelled or shutting down while queued
                    if self.stopping:
                        await self.records.hand_back([run_id])
                    local.finish("pending" if self.stopping else "interrupted")
                    return
                if lock_conn is None:  # cancelled while queued, or adopted elsewhere
                    current = await self.records.run(thread_id, run_id)
                    local.finish(current["status"] if current else "interrupted")
                    return
                row["attempt"] += 1  # claimed by acquire
            local.status = "running"
            started = time.perf_counter()
            log.info("run started", extra={**extra, "attempt": row["attempt"]})
            status, error = "success", None
            try:
                await self._stream_graph(local)
            except asyncio.CancelledError:
                status = "pending" if self.stopping else "interrupted"
            except Exception as exc:  # the graph failed: the run says so, the server carries on
                status, error = "error", {"error": type(exc).__name__, "message": str(exc)[:500]}
                log.exception("run failed", extra=extra)
            await asyncio.shield(self._close(local, lock_conn, status, error))
            log.info("run finished", extra={**extra, "status": status,
                                            "ms": round(1000 * (time.perf_counter() - started), 1)})
        except Exception:  # the database failed around the run: hand it back so a sweep retries it
            log.exception("run could not be executed", extra=extra)
            with contextlib.suppress(Exception):
                await self.records.hand_back([run_id])
        finally:
            if not local.done.is_set():
                local.finish("error", {"error": "ServerError", "message": "the run stopped unexpectedly"})
            asyncio.get_running_loop().call_later(30, self.local.pop, run_id, None)

    async def _close(self, local: LocalRun, lock_conn, status: str, error: dict | None) -> None:
        """Record the outcome, release the thread, then tell subscribers (a join sees the final row)."""
        thread_id = str(local.row["thread_id"])
        try:
            if status == "pending":
                statement, params = HAND_BACK, ([local.run_id], list(UNFINISHED))
            else:
                statement, params = FINISH, finish_params(local.run_id, status, error)
            await self.locks.finish_and_release(lock_conn, thread_id, statement, params)
        finally:
            local.finish(status, error)

    async def _stream_graph(self, local: LocalRun) -> None:
        row, kwargs = local.row, local.row["kwargs"]
        requested = set(local.modes)
        modes = {"values"} | {"messages" if m == "messages-tuple" else m for m in requested}
        messages = MessageEvents(as_tuple="messages-tuple" in requested) if modes & {"messages"} else None
        principal = Principal(kind=row["auth_kind"], subject=row["auth_subject"])
        config = {
            "configurable": {"thread_id": str(row["thread_id"]), "langgraph_auth_user": auth_user(principal)},
            "run_id": uuid.UUID(local.run_id),
            "metadata": {"run_id": local.run_id, "thread_id": str(row["thread_id"])},
        }
        local.publish("metadata", {"run_id": local.run_id, "attempt": row["attempt"]})
        async for mode, chunk in self.graph.astream(
            _graph_input(kwargs), config, context=kwargs.get("context") or None,
            stream_mode=list(modes), durability=DURABILITY,
        ):
            if mode == "values":
                local.values = chunk
            if mode == "messages":
                if local.subscribers:
                    for event, payload in messages.events(chunk):
                        local.publish(event, payload)
            elif mode in requested:
                local.publish(mode, chunk)

    # --- observe ---------------------------------------------------------------------------------
    def subscribe(self, run_id: str) -> asyncio.Queue | None:
        local = self.local.get(run_id)
        if local is None or local.done.is_set():
            return None
        queue: asyncio.Queue = asyncio.Queue()
        local.subscribers.append(queue)
        return queue

    def unsubscribe(self, local: LocalRun, queue: asyncio.Queue) -> None:
        with contextlib.suppress(ValueError):
            local.subscribers.remove(queue)

    async def wait_finished(self, thread_id: str, run_id: str) -> dict[str, Any] | None:
        """Block until the run ends, wherever it executes; its final row."""
        local = self.local.get(run_id)
        if local is not None:
            await local.done.wait()
        delay = 0.02
        while True:
            row = await self.records.run(thread_id, run_id)
            if row is None or row["status"] in TERMINAL:
                return row
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 0.5)

    # --- cancel ----------------------------------------------------------------------------------
    async def cancel(self, thread_id: str, run_id: str) -> None:
        if await self.records.cancel_pending(run_id):
            local = self.local.get(run_id)
            if local is not None and local.task is not None:
                local.task.cancel()
            return
        if not self.cancel_local(run_id):
            await self.records.notify_cancel(run_id)

    def cancel_local(self, run_id: str) -> bool:
        local = self.local.get(run_id)
        if local is None or local.task is None or local.done.is_set():
            return False
        local.task.cancel()
        return True

    # --- recovery and shutdown --------------------------------------------------------------------
    def adopt(self, row: dict[str, Any]) -> None:
        log.info("run adopted", extra={"thread_id": str(row["thread_id"]), "run_id": str(row["run_id"])})
        self._start(row)

    async def shutdown(self, grace_s: float) -> None:
        """Let in-flight runs finish within the grace period; hand the rest back as pending."""
        pending = [r.task for r in self.local.values() if r.task is not None and not r.task.done()]
        if pending:
            await asyncio.wait(pending, timeout=grace_s)
        self.stopping = True
        left = [r for r in self.local.values() if r.task is not None and not r.task.done()]
        for run in left:
            run.task.cancel()
        if left:  # each cancelled run hands itself back (status pending, no worker) in _close
            await asyncio.gather(*(r.task for r in left), return_exceptions=True)
            log.info("runs handed back", extra={"count": len(left)})
