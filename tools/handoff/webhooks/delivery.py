"""Delivering the outbox: signed POSTs with retries and exponential backoff, off the customer's turn.

Opening a handoff only writes outbox rows and wakes this loop's worker; the POST happens in a background
task, so a slow or failing endpoint never delays or fails the customer's reply. `serve` runs a worker in
every process for its whole life (it also picks up deliveries due after a restart or left by a replica);
any other process (`langgraph dev`, the CLI) starts one when it opens a case, which stops when nothing is
pending. Each attempt is logged in webhook_attempts; after WEBHOOK_MAX_ATTEMPTS the delivery is failed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import httpx
import orjson

from core.loop_local import LoopLocal
from core.settings import Settings, get_settings
from db.connection import database_url
from db.pools import loop_pool
from tools.handoff.webhooks import outbox
from tools.handoff.webhooks.signing import HEADER, sign
from tools.handoff.webhooks.targets import InvalidWebhookTarget, Target, parse_targets

log = logging.getLogger("webhooks")
MAX_ERROR_CHARS = 500


def configured_targets(settings: Settings | None = None) -> list[Target]:
    """WEBHOOK_URLS, or none (logged) when it is malformed: a bad setting never fails a customer's turn."""
    try:
        return parse_targets((settings or get_settings()).webhook_urls)
    except InvalidWebhookTarget as exc:
        log.error("webhooks disabled: %s", exc)
        return []


def backoff_s(attempts: int, settings: Settings) -> float:
    """Wait after the `attempts`-th failed attempt: WEBHOOK_BACKOFF_S doubling, capped."""
    return min(settings.webhook_backoff_s * 2 ** (attempts - 1), settings.webhook_backoff_max_s)


def _request_url(delivery: outbox.Delivery, targets: list[Target]) -> str:
    """The configured URL (with its credentials, if any) that the stored one stands for."""
    return next((t.url for t in targets if outbox.without_credentials(t.url) == delivery.url), delivery.url)


def _headers(delivery: outbox.Delivery, body: bytes, settings: Settings) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json", "User-Agent": "support-agent-webhooks/1",
        "X-Support-Event": delivery.event, "X-Support-Event-Id": delivery.event_id,
        "Idempotency-Key": delivery.event_id, "X-Support-Delivery-Attempt": str(delivery.attempts + 1),
        HEADER: sign(settings.webhook_secret or "", body),
    }
    if delivery.format == "intercom" and settings.intercom_access_token:
        headers["Authorization"] = f"Bearer {settings.intercom_access_token}"
    return headers


async def _post(client: httpx.AsyncClient, delivery: outbox.Delivery, settings: Settings,
                targets: list[Target]) -> tuple[int | None, str | None]:
    """(status code, error): the endpoint's answer, or why there was none."""
    if not settings.webhook_secret:
        return None, "WEBHOOK_SECRET is not set: deliveries wait until it is"
    body = orjson.dumps(delivery.payload)
    try:
        response = await client.post(_request_url(delivery, targets), content=body,
                                     headers=_headers(delivery, body, settings), timeout=settings.webhook_timeout_s)
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]
    error = None if response.is_success else f"HTTP {response.status_code}: {response.text[:200]}"
    return response.status_code, error


async def deliver_one(client: httpx.AsyncClient, settings: Settings, targets: list[Target]) -> bool:
    """Attempt the oldest due delivery; False when none was due."""
    pool = await loop_pool(database_url(settings), "webhooks", max_size=3)
    async with pool.connection() as conn, conn.transaction():
        delivery = await outbox.take_due(conn)
        if delivery is None:
            return False
        started = time.perf_counter()
        status_code, error = await _post(client, delivery, settings, targets)
        attempts = delivery.attempts + 1
        delivered = error is None
        retry = None if delivered or attempts >= settings.webhook_max_attempts else backoff_s(attempts, settings)
        await outbox.record_attempt(conn, delivery, status_code=status_code, error=error, delivered=delivered,
                                    duration_ms=round(1000 * (time.perf_counter() - started)), retry_in_s=retry)
    log.info("webhook attempt", extra={"delivery_id": delivery.id, "handoff_event": delivery.event_id,
                                       "status_code": status_code, "delivered": delivered, "attempt": attempts})
    return True


async def _seconds_until_due(settings: Settings) -> float | None:
    pool = await loop_pool(database_url(settings), "webhooks", max_size=3)
    async with pool.connection() as conn:
        return await outbox.seconds_until_due(conn)


class Worker:
    """One per event loop: delivers what is due, then sleeps until the next retry, a wake-up or a poll."""

    def __init__(self) -> None:
        self.wakeup = asyncio.Event()
        self.task: asyncio.Task | None = None

    async def run(self, *, until_idle: bool, settings: Settings | None = None) -> None:
        settings = settings or get_settings()
        targets = configured_targets(settings)
        async with httpx.AsyncClient() as client:
            while True:
                self.wakeup.clear()
                try:
                    while await deliver_one(client, settings, targets):
                        pass
                    wait = await _seconds_until_due(settings)
                except Exception:  # the database is away: try again later, never take the server down
                    log.exception("webhook delivery failed; retrying")
                    wait = settings.webhook_poll_s
                if wait is None and until_idle:
                    return
                timeout = settings.webhook_poll_s if wait is None else min(wait, settings.webhook_poll_s)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wakeup.wait(), timeout=max(timeout, 0.05))

    def wake(self) -> None:
        """Deliver soon: nudge the running loop, or start one that stops once nothing is pending."""
        self.wakeup.set()
        if self.task is None or self.task.done():
            self.task = asyncio.create_task(self.run(until_idle=True), name="webhook-delivery")


async def _stop(worker: Worker) -> None:
    if worker.task is not None and not worker.task.done():
        worker.task.cancel()
        await asyncio.gather(worker.task, return_exceptions=True)


_workers: LoopLocal[Worker] = LoopLocal(_stop)


def worker() -> Worker:
    """This event loop's delivery worker."""
    return _workers.get("webhooks", Worker)


def start_forever(settings: Settings | None = None) -> asyncio.Task | None:
    """For a long-lived server process: the loop's worker runs until cancelled (None: no WEBHOOK_URLS)."""
    settings = settings or get_settings()
    if not configured_targets(settings):
        return None
    current = worker()
    current.task = asyncio.create_task(current.run(until_idle=False, settings=settings), name="webhook-delivery")
    return current.task
