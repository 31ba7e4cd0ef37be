"""Handoff webhooks from `support-agent serve` (2 workers, the session's PostgreSQL, the demo OMS) to a
real local HTTP receiver standing in for the brand's endpoint (tests/doubles/brand_webhook_endpoint.py).
Cases are opened by real conversations through the graph API."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import psycopg
import pytest

from core.identity import sign_customer
from tests.doubles.brand_webhook_endpoint import BrandWebhookEndpoint
from tests.integration.asgi_thread import serve_in_thread
from tests.integration.serve_process import start_serve

pytestmark = pytest.mark.integration
SECRET = "brand-webhook-secret"
PATHS = {"generic": "/hooks/generic", "zendesk": "/hooks/zendesk", "intercom": "/hooks/intercom",
         "held": "/hooks/held"}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[tuple[BrandWebhookEndpoint, str]]:
    receiver = BrandWebhookEndpoint(secret=SECRET, fail_first={PATHS["zendesk"]: 1},
                                    held={PATHS["held"]: threading.Event()})
    with serve_in_thread(receiver.app) as url:
        yield receiver, url
    receiver.held[PATHS["held"]].set()


def _env(url: str) -> dict[str, str]:
    return {
        "WEBHOOK_URLS": f"{url}{PATHS['generic']}, zendesk={url}{PATHS['zendesk']},intercom={url}{PATHS['intercom']},"
                        f"{url}{PATHS['held']}",
        "WEBHOOK_SECRET": SECRET, "WEBHOOK_BACKOFF_S": "0.3", "WEBHOOK_POLL_S": "0.3", "WEBHOOK_TIMEOUT_S": "30",
    }


@pytest.fixture(scope="module")
def serve(demo_store, oms_server, endpoint, tmp_path_factory) -> Iterator[dict]:
    logs = tmp_path_factory.mktemp("webhooks-serve")
    service, url = start_serve(demo_store, logs, workers=2, env=_env(endpoint[1]), name="serve-webhooks")
    holder = {"service": service, "url": url, "logs": logs}
    yield holder
    holder["service"].stop()


@pytest.fixture(scope="module")
def customer(demo_store, db_url) -> dict:
    with psycopg.connect(db_url) as conn:
        customer_id, email, first, last = conn.execute(
            """SELECT id, email, first_name, last_name FROM customers ORDER BY id DESC OFFSET 20 LIMIT 1""").fetchone()
    return {"id": customer_id, "email": email, "name": f"{first} {last}",
            "token": sign_customer(customer_id, settings=demo_store)}


def _open_case(base: str, token: str, text: str = "I want to talk to a real person please") -> int:
    response = httpx.post(f"{base}/threads/{uuid.uuid4()}/runs/wait", headers={"Authorization": f"Bearer {token}"},
                          timeout=120, json={"assistant_id": "support", "if_not_exists": "create",
                                             "input": {"messages": [{"role": "user", "content": text,
                                                                     "id": str(uuid.uuid4())}]}})
    assert response.status_code == 200, response.text
    assert response.json()["escalated"] is True
    return response.json()["handoff_id"]


def _deliveries(db_url: str, handoff_id: int) -> dict[str, dict]:
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            """SELECT d.id, d.url, d.format, d.status, d.attempts, d.event_id::text, d.delivered_at,
                      array_agg(a.status_code ORDER BY a.id) FILTER (WHERE a.id IS NOT NULL)
               FROM webhook_deliveries d LEFT JOIN webhook_attempts a ON a.delivery_id = d.id
               WHERE d.handoff_id = %s GROUP BY d.id""", (handoff_id,)).fetchall()
    return {r[1].rsplit("/", 1)[1]: {"id": r[0], "format": r[2], "status": r[3], "attempts": r[4], "event_id": r[5],
                                     "delivered_at": r[6], "codes": r[7] or []} for r in rows}


def _wait_delivered(db_url: str, handoff_id: int, names: tuple[str, ...], timeout: float = 60) -> dict[str, dict]:
    deadline = time.monotonic() + timeout
    while True:
        found = _deliveries(db_url, handoff_id)
        if all(found.get(n, {}).get("status") == "delivered" for n in names):
            return found
        assert time.monotonic() < deadline, found
        time.sleep(0.2)


def test_the_customers_turn_does_not_wait_for_a_hanging_endpoint(serve, endpoint, customer, db_url):
    receiver, _ = endpoint
    handoff_id = _open_case(serve["url"], customer["token"])  # answered while /hooks/held has not answered
    deadline = time.monotonic() + 30
    while not any(r.path == PATHS["held"] and r.body.get("data", {}).get("handoff", {}).get("id") == handoff_id
                  for r in receiver.received):
        assert time.monotonic() < deadline, "the held endpoint never got the webhook"
        time.sleep(0.1)
    assert _deliveries(db_url, handoff_id)["held"]["status"] == "pending"
    receiver.held[PATHS["held"]].set()
    assert _wait_delivered(db_url, handoff_id, ("held",))["held"]["codes"] == [201]


def test_signed_formats_retry_after_a_500_and_the_delivery_log(serve, endpoint, customer, db_url):
    receiver, _ = endpoint
    receiver.held[PATHS["held"]].set()
    handoff_id = _open_case(serve["url"], customer["token"])
    log = _wait_delivered(db_url, handoff_id, tuple(PATHS))
    assert {d["event_id"] for d in log.values()} == {log["generic"]["event_id"]}  # one event, four endpoints
    event_id = log["generic"]["event_id"]
    ours = [r for r in receiver.received if r.event_id == event_id]
    assert ours and all(r.signature_valid for r in ours)
    assert not BrandWebhookEndpoint.signature_matches("another-secret", b"{}", "t=1,v1=00")
    # The first zendesk-format delivery of the module got a 500, then went through on the next attempt.
    first_zendesk = min((r for r in receiver.received if r.path == PATHS["zendesk"]), key=receiver.received.index)
    first_case = int(first_zendesk.body["ticket"]["external_id"].removeprefix("handoff-"))
    # That case may be an earlier test's, whose retry (after its backoff) can still be due: wait for it.
    first_log = _wait_delivered(db_url, first_case, ("zendesk",))["zendesk"]
    assert first_log["codes"] == [500, 201] and first_log["attempts"] == 2 and first_log["delivered_at"]
    assert log["generic"]["codes"] == [201] and log["generic"]["attempts"] == 1 and log["generic"]["delivered_at"]

    generic = next(r.body for r in ours if r.path == PATHS["generic"])
    assert generic["id"] == event_id and generic["type"] == "handoff.created"
    case = generic["data"]["handoff"]
    assert case["id"] == handoff_id and case["customer_id"] == customer["id"] and case["summary"]
    assert case["customer_email"] == customer["email"] and case["transcript"][0]["role"] == "customer"
    ticket = next(r.body for r in ours if r.path == PATHS["zendesk"])["ticket"]
    assert ticket["subject"].startswith(f"Handoff #{handoff_id}") and ticket["comment"]["public"] is False
    assert case["summary"] in ticket["comment"]["body"] and ticket["external_id"] == f"handoff-{handoff_id}"
    assert ticket["requester"] == {"name": customer["name"], "email": customer["email"]}
    assert ticket["priority"] in ("urgent", "high", "normal", "low") and "handoff" in ticket["tags"]
    assert set(case["reasons"]) <= set(ticket["tags"])
    conversation = next(r.body for r in ours if r.path == PATHS["intercom"])
    assert conversation["from"] == {"type": "user", "id": customer["id"]} and case["summary"] in conversation["body"]


def test_no_delivery_is_sent_twice_across_workers_and_restarts(serve, endpoint, customer, db_url, demo_store):
    receiver, url = endpoint
    receiver.held[PATHS["held"]].set()
    cases = [_open_case(serve["url"], customer["token"]) for _ in range(3)]
    for handoff_id in cases:
        _wait_delivered(db_url, handoff_id, tuple(PATHS))
    before = len(receiver.received)
    serve["service"].stop()  # a restart: the new workers find nothing left to send
    serve["service"], serve["url"] = start_serve(demo_store, serve["logs"], workers=2, env=_env(url),
                                                 name="serve-webhooks-2")
    time.sleep(2)  # several WEBHOOK_POLL_S cycles of both new workers
    assert len(receiver.received) == before
    for path in PATHS.values():
        counts = receiver.accepted_per_event(path)
        assert counts and set(counts.values()) == {1}, (path, counts)
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered' AND handoff_id = ANY(%s)",
                            (cases,)).fetchone()[0] == 3 * len(PATHS)

