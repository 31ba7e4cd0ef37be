"""Handoff webhooks from a process with no delivery loop of its own (`langgraph dev`, the CLI): opening a
case starts one, which stops once nothing is pending. No `serve` runs in this module, so the delivery
seen can only come from the in-process worker. The receiver is the local stand-in for the brand's
endpoint (tests/doubles/brand_webhook_endpoint.py)."""

from __future__ import annotations

import asyncio
import uuid

import psycopg
import pytest

from core.settings import get_settings
from tests.doubles.brand_webhook_endpoint import BrandWebhookEndpoint
from tests.integration.asgi_thread import serve_in_thread
from tools.handoff.webhooks.delivery import worker

pytestmark = pytest.mark.integration
SECRET = "brand-webhook-secret"


async def test_a_process_without_a_delivery_loop_delivers_on_demand(conversations, db_url, monkeypatch):
    receiver = BrandWebhookEndpoint(secret=SECRET)
    with psycopg.connect(db_url) as conn:
        customer_id = conn.execute("SELECT id FROM customers ORDER BY id DESC OFFSET 30 LIMIT 1").fetchone()[0]
        # Deliveries an interrupted earlier run left pending (to endpoints long gone) would keep the
        # on-demand worker retrying: this test starts from an outbox with nothing pending.
        conn.execute("UPDATE webhook_deliveries SET status = 'failed' WHERE status = 'pending'")
        conn.commit()
    with serve_in_thread(receiver.app) as url:
        monkeypatch.setenv("WEBHOOK_URLS", f"{url}/hooks/on-demand")
        monkeypatch.setenv("WEBHOOK_SECRET", SECRET)
        get_settings.cache_clear()
        try:
            result = await conversations.send(str(uuid.uuid4()), "I want to talk to a real person please", customer_id)
            assert result.handoff_id
            task = worker().task
            assert task is not None
            await asyncio.wait_for(task, timeout=60)  # it ends by itself once nothing is pending
        finally:
            get_settings.cache_clear()
    with psycopg.connect(db_url) as conn:
        status, attempts, event_id, codes = conn.execute(
            """SELECT d.status, d.attempts, d.event_id::text, array_agg(a.status_code ORDER BY a.id)
               FROM webhook_deliveries d JOIN webhook_attempts a ON a.delivery_id = d.id
               WHERE d.handoff_id = %s GROUP BY d.id""", (result.handoff_id,)).fetchone()
    assert (status, attempts, codes) == ("delivered", 1, [201])
    assert [(r.path, r.event_id, r.signature_valid) for r in receiver.received] == [("/hooks/on-demand", event_id, True)]
    assert receiver.received[0].body["data"]["handoff"]["id"] == result.handoff_id


async def test_without_a_secret_nothing_is_sent_and_the_delivery_waits(conversations, db_url, monkeypatch):
    receiver = BrandWebhookEndpoint(secret=SECRET)
    with psycopg.connect(db_url) as conn:
        customer_id = conn.execute("SELECT id FROM customers ORDER BY id DESC OFFSET 31 LIMIT 1").fetchone()[0]
    with serve_in_thread(receiver.app) as url:
        monkeypatch.setenv("WEBHOOK_URLS", f"{url}/hooks/unsigned")
        monkeypatch.delenv("WEBHOOK_SECRET", raising=False)
        get_settings.cache_clear()
        try:
            result = await conversations.send(str(uuid.uuid4()), "I want to talk to a real person please", customer_id)
            await asyncio.wait_for(worker().task, timeout=60)
        finally:
            get_settings.cache_clear()
    assert receiver.received == []
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT status, attempts FROM webhook_deliveries WHERE handoff_id = %s",
                            (result.handoff_id,)).fetchall() == [("pending", 0)]
        conn.execute("UPDATE webhook_deliveries SET status = 'failed' WHERE handoff_id = %s", (result.handoff_id,))
        conn.commit()  # an endpoint gone with this test: later tests start from an outbox with nothing pending
