"""The staff handoff inbox API over real HTTP: `support-agent serve` (and `langgraph dev` for the routes
both servers mount), the session's PostgreSQL, the demo OMS as its own process. Cases are opened by real
conversations through the graph API, the way customers open them."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator

import httpx
import psycopg
import pytest

from core.identity import sign_anonymous, sign_customer, sign_staff
from server.locks import THREAD_LOCK
from service.processes import start_studio
from tests.integration.conftest import free_port
from tests.integration.serve_process import start_serve

pytestmark = pytest.mark.integration
API = "/inbox/api/handoffs"


@pytest.fixture(scope="module")
def serve(demo_store, oms_server, tmp_path_factory) -> Iterator[str]:
    service, url = start_serve(demo_store, tmp_path_factory.mktemp("inbox-serve"), workers=2)
    yield url
    service.stop()


@pytest.fixture(scope="module")
def dev(demo_store, oms_server, tmp_path_factory) -> Iterator[str]:
    """`langgraph dev` with langgraph.json: the inbox routes mounted through its `http.app`."""
    port = free_port()
    settings = demo_store.model_copy(update={"studio_port": port})
    service = start_studio(settings, tmp_path_factory.mktemp("inbox-dev"),
                           env={"STUDIO_PORT": str(port), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"})
    yield f"http://{settings.host}:{port}"
    service.stop()


@pytest.fixture(scope="module", params=["serve", "dev"])
def server(request) -> str:
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="module")
def customers(demo_store, db_url) -> dict:
    """Customers with orders, picked from the end of the demo store so other test modules' memory of
    their customers (earlier cases) does not meet ours."""
    with psycopg.connect(db_url) as conn:
        rows = conn.execute(
            """SELECT DISTINCT ON (o.customer_id) o.customer_id, o.id, o.status, s.tracking_url FROM orders o
               JOIN shipments s ON s.order_id = o.id
               WHERE o.status = 'delivered' AND o.total > 80
                 AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.kind = 'refund')
               ORDER BY o.customer_id DESC, o.id DESC LIMIT 6"""
        ).fetchall()
    return {f"c{i}": {"id": r[0], "order": r[1], "status": r[2], "tracking_url": r[3]} for i, r in enumerate(rows)}


def _auth(token: str | None) -> dict:
    return {"Authorization": f"Bearer {token}"} if token else {}


def _call(base: str, method: str, path: str, token: str | None, **kwargs) -> httpx.Response:
    return httpx.request(method, f"{base}{path}", headers=_auth(token), timeout=120, **kwargs)


def _say(base: str, token: str, thread_id: str, text: str) -> dict:
    response = _call(base, "POST", f"/threads/{thread_id}/runs/wait", token, json={
        "assistant_id": "support", "if_not_exists": "create",
        "input": {"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]}})
    assert response.status_code == 200, response.text
    return response.json()


def _open_case(base: str, token: str, text: str = "I want to talk to a real person please") -> tuple[str, int]:
    thread_id = str(uuid.uuid4())
    state = _say(base, token, thread_id, text)
    assert state["escalated"] is True and state["handoff_id"], state["messages"][-1]
    return thread_id, state["handoff_id"]


def _state(base: str, token: str, thread_id: str) -> dict:
    response = _call(base, "GET", f"/threads/{thread_id}/state", token)
    assert response.status_code == 200, response.text
    return response.json()["values"]


def test_only_staff_tokens_open_the_inbox(server, demo_store, customers):
    customer = sign_customer(customers["c0"]["id"], settings=demo_store)
    _, handoff_id = _open_case(server, customer)
    forged = sign_staff("mallory", settings=demo_store.model_copy(update={"identity_secret": "not-ours"}))
    routes = [("GET", API, {}), ("GET", f"{API}/{handoff_id}", {}), ("POST", f"{API}/{handoff_id}/claim", {}),
              ("POST", f"{API}/{handoff_id}/reply", {"json": {"text": "hello"}}),
              ("POST", f"{API}/{handoff_id}/resolve", {"json": {"outcome": "resolved", "resolution": "x"}})]
    for method, path, kwargs in routes:
        for token, status in ((None, 401), ("garbage", 401), (forged, 401), (customer, 403),
                              (sign_anonymous(settings=demo_store), 403)):
            response = _call(server, method, path, token, **kwargs)
            assert response.status_code == status, (method, path, token and token[:12], response.text)
            assert response.json()["detail"]
            assert customers["c0"]["order"] not in response.text
    listed = _call(server, "GET", API, sign_staff("dana", settings=demo_store))
    assert listed.status_code == 200 and handoff_id in [h["id"] for h in listed.json()["handoffs"]]
    case = _call(server, "GET", f"{API}/{handoff_id}", sign_staff("dana", settings=demo_store)).json()
    assert case["status"] == "open" and case["transcript"][0]["role"] == "customer"


def test_a_customer_cannot_read_another_customers_case(serve, demo_store, customers):
    alice = sign_customer(customers["c1"]["id"], settings=demo_store)
    bob = sign_customer(customers["c2"]["id"], settings=demo_store)
    _, alice_case = _open_case(serve, alice, f"I want a refund for order {customers['c1']['order']}")
    for path in (API, f"{API}/{alice_case}", f"{API}?status=resolved"):
        response = _call(serve, "GET", path, bob)
        assert response.status_code == 403 and customers["c1"]["order"] not in response.text
    assert _call(serve, "POST", f"{API}/{alice_case}/reply", bob, json={"text": "hi"}).status_code == 403
    assert _call(serve, "POST", f"{API}/{alice_case}/resolve", bob, json={"outcome": "no_action"}).status_code == 403


def test_cases_are_listed_most_urgent_then_newest_first(serve, demo_store, customers):
    token = sign_customer(customers["c3"]["id"], settings=demo_store)
    _, urgent = _open_case(serve, token, "I don't want to live anymore")
    _, older = _open_case(serve, token)
    _, newer = _open_case(serve, token, "let me speak to a human agent")
    staff = sign_staff("dana", settings=demo_store)
    listed = _call(serve, "GET", API, staff).json()["handoffs"]
    ours = [h for h in listed if h["id"] in (urgent, older, newer)]
    assert [h["id"] for h in ours] == [urgent, newer, older], ours
    assert ours[0]["priority"] == "urgent" and "safety" in ours[0]["reasons"]
    ranks = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
    assert [ranks[h["priority"]] for h in listed] == sorted(ranks[h["priority"]] for h in listed)
    assert all(h["status"] in ("open", "claimed") for h in listed)
    assert _call(serve, "GET", f"{API}?status=bogus", staff).status_code == 422
    assert _call(serve, "GET", f"{API}/999999999", staff).status_code == 404
    assert _call(serve, "GET", f"{API}/not-a-number", staff).status_code == 404


def test_claim_conflict_and_case_detail_with_live_orders(serve, demo_store, customers, db_url):
    who = customers["c4"]
    token = sign_customer(who["id"], settings=demo_store)
    _, first = _open_case(serve, token)
    _, case_id = _open_case(serve, token, f"I want a full refund for order {who['order']}")
    dana, eve = sign_staff("dana", settings=demo_store), sign_staff("eve", settings=demo_store)
    claimed = _call(serve, "POST", f"{API}/{case_id}/claim", dana)
    assert claimed.status_code == 200 and claimed.json()["status"] == "claimed" and claimed.json()["assignee"] == "dana"
    taken = _call(serve, "POST", f"{API}/{case_id}/claim", eve)
    assert taken.status_code == 409 and "dana" in taken.json()["detail"]
    assert _call(serve, "POST", f"{API}/{case_id}/reply", eve, json={"text": "hi"}).status_code == 409
    assert _call(serve, "POST", f"{API}/{case_id}/claim", dana).status_code == 200  # holding it already
    detail = _call(serve, "GET", f"{API}/{case_id}", eve).json()
    assert detail["order_ids"] == [who["order"]] and detail["suggested_resolution"] and detail["summary"]
    order = detail["orders"][0]
    assert order["order_id"] == who["order"] and order["status"] == who["status"]
    assert order["tracking_url"] == who["tracking_url"] and order["items"] and order["total"] > 80
    earlier = [e["id"] for e in detail["earlier_cases"]]
    assert earlier[0] == first and case_id not in earlier  # newest first (a kept test database has older ones)
    assert detail["transcript"][0] == {**detail["transcript"][0], "role": "customer",
                                       "text": f"I want a full refund for order {who['order']}"}
    assert detail["transcript"][0]["at"]


def test_staff_reply_reaches_the_customer_and_the_conversation_goes_on(server, demo_store, customers, db_url):
    who = customers["c5"]
    token = sign_customer(who["id"], settings=demo_store)
    thread_id, case_id = _open_case(server, token)
    before = _state(server, token, thread_id)
    staff = sign_staff("dana", settings=demo_store)
    sent = _call(server, "POST", f"{API}/{case_id}/reply", staff, json={"text": "Hi, Dana here. <b>I'm on it</b>."})
    assert sent.status_code == 201, sent.text
    after = _state(server, token, thread_id)
    last = after["messages"][-1]
    assert (last["type"], last["name"], last["content"]) == ("ai", "staff", "Hi, Dana here. <b>I'm on it</b>.")
    assert last["id"] == sent.json()["message_id"] and last["additional_kwargs"]["staff_name"] == "dana"
    assert after["exchanges"] == before["exchanges"] and after["escalated"] is True  # not an agent exchange
    # The reply claimed the open case for the one who answered.
    assert _call(server, "GET", f"{API}/{case_id}", staff).json()["assignee"] == "dana"
    follow_up = _say(server, token, thread_id, "thanks, the parcel box was crushed too")
    texts = [(m["type"], m.get("name"), m["content"]) for m in follow_up["messages"]]
    assert texts[:len(after["messages"])] == [(m["type"], m.get("name"), m["content"]) for m in after["messages"]]
    assert texts[-2] == ("human", None, "thanks, the parcel box was crushed too")
    assert f"#{case_id}" in texts[-1][2] and follow_up["escalated"] is True
    detail = _call(server, "GET", f"{API}/{case_id}", staff).json()
    roles = [m["role"] for m in detail["transcript"]]
    assert roles == ["customer", "agent", "staff", "customer", "agent"]
    assert detail["transcript"][2]["name"] == "dana" and detail["unread"] == 1
    assert _call(server, "POST", f"{API}/{case_id}/reply", staff, json={"text": "  "}).status_code == 422
    assert _call(server, "POST", f"{API}/{case_id}/reply", staff, content=b"nope").status_code == 422


async def test_a_reply_waits_for_the_run_in_flight_on_the_thread(serve, demo_store, customers, db_url):
    token = sign_customer(customers["c5"]["id"], settings=demo_store)
    thread_id, case_id = _open_case(serve, token, "can I speak to a supervisor")
    staff = sign_staff("dana", settings=demo_store)
    async with httpx.AsyncClient(base_url=serve, headers=_auth(staff), timeout=60) as http:
        # Hold the thread's lock as a run executing on another replica holds it.
        with psycopg.connect(db_url, autocommit=True) as holder:
            holder.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (THREAD_LOCK, thread_id))
            pending = asyncio.create_task(http.post(f"{API}/{case_id}/reply", json={"text": "one moment please"}))
            await asyncio.sleep(1.5)
            assert not pending.done()
            assert _state(serve, token, thread_id)["messages"][-1]["type"] == "ai"
            assert not any(m.get("name") == "staff" for m in _state(serve, token, thread_id)["messages"])
        started = time.monotonic()
        sent = await pending
        assert sent.status_code == 201 and time.monotonic() - started < 10
    assert _state(serve, token, thread_id)["messages"][-1]["content"] == "one moment please"


def test_resolve_hands_back_the_thread_and_writes_the_ticket_history(serve, demo_store, customers, db_url):
    who = customers["c1"]
    token = sign_customer(who["id"], settings=demo_store)
    thread_id, case_id = _open_case(serve, token, f"My order {who['order']} arrived damaged, I want a refund")
    staff = sign_staff("dana", settings=demo_store)
    assert _call(serve, "POST", f"{API}/{case_id}/reply", staff, json={"text": "Sorry! I refunded it."}).status_code == 201
    assert _call(serve, "POST", f"{API}/{case_id}/resolve", staff, json={"outcome": "maybe"}).status_code == 422
    done = _call(serve, "POST", f"{API}/{case_id}/resolve", staff,
                 json={"outcome": "refunded", "resolution": "Refunded in full, damaged in transit."})
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "resolved" and done.json()["outcome"] == "refunded"
    again = _call(serve, "POST", f"{API}/{case_id}/resolve", staff, json={"outcome": "refunded"})
    assert again.status_code == 409
    with psycopg.connect(db_url) as conn:
        row = conn.execute(
            """SELECT source, split, resolved, escalated, resolution_action, customer_id, order_id, messages, facts
               FROM tickets WHERE id = %s""", (f"handoff-{case_id}",)).fetchone()
        case = conn.execute("SELECT status, outcome, resolution, resolved_by FROM handoffs WHERE id = %s",
                            (case_id,)).fetchone()
    assert row is not None
    source, split, resolved, escalated, action, customer_id, order_id, messages, facts = row
    assert (source, resolved, escalated, action, customer_id) == ("handoff", True, True, "issue_refund", who["id"])
    assert split in ("learn", "test") and order_id == who["order"] and facts["outcome"] == "refunded"
    assert [m["role"] for m in messages] == ["customer", "agent"]
    assert messages[1]["text"] == "Sorry! I refunded it."
    assert case == ("resolved", "refunded", "Refunded in full, damaged in transit.", "dana")
    _assert_learned_and_redacted(db_url)
    # The conversation is back with the agent: a policy question gets an answer, not "your case is with the team".
    values = _say(serve, token, thread_id, "what is your return policy?")
    assert values["escalated"] is False and f"#{case_id}" not in values["messages"][-1]["content"]
    listed = _call(serve, "GET", f"{API}?status=resolved", staff).json()["handoffs"]
    assert case_id in [h["id"] for h in listed]


def _assert_learned_and_redacted(db_url: str) -> None:
    """Resolved cases of the learning split are what `learn` trains on and `index` turns into past-ticket
    evidence, redacted of the customer's order numbers like every other past ticket."""
    from graph.reasoning.offline.training_data import learning_tickets
    from tools.knowledge.index import learn_ticket_chunks

    with psycopg.connect(db_url) as conn:
        learned = dict(conn.execute("SELECT id, order_id FROM tickets WHERE source = 'handoff' AND split = 'learn'"))
        assert learned  # the oldest 80% of resolved cases (by date) are learned from
        assert set(learned) <= {t.id for t in learning_tickets(conn)}
        evidence = [c for c in learn_ticket_chunks(conn)[1] if c.doc_id in learned]
    assert evidence
    for chunk in evidence:
        assert learned[chunk.doc_id] not in chunk.text + chunk.title


def test_a_returning_customer_is_greeted_with_the_earlier_case(serve, demo_store, customers):
    who = customers["c2"]
    token = sign_customer(who["id"], settings=demo_store)
    _, case_id = _open_case(serve, token, f"I want a refund for order {who['order']}")
    staff = sign_staff("eve", settings=demo_store)
    assert _call(serve, "POST", f"{API}/{case_id}/claim", staff).status_code == 200
    greeted = _say(serve, token, str(uuid.uuid4()), "what is your return policy?")["messages"][-1]["content"]
    assert greeted.startswith(f"Welcome back! A member of our team is working on your earlier case #{case_id}")
    assert _call(serve, "POST", f"{API}/{case_id}/resolve", staff,
                 json={"outcome": "refunded", "resolution": "refunded"}).status_code == 200
    thread_id = str(uuid.uuid4())
    greeted = _say(serve, token, thread_id, "do you ship to Canada?")["messages"][-1]["content"]
    assert greeted.startswith(f"Welcome back! Our team resolved your earlier case #{case_id} with a refund.")
    second = _say(serve, token, thread_id, "what is your return policy?")["messages"][-1]["content"]
    assert "Welcome back" not in second  # only the first reply of a conversation
    # told once how it stands: the next conversation does not open with the same news
    later = _say(serve, token, str(uuid.uuid4()), "do you ship to Canada?")["messages"][-1]["content"]
    assert later.strip() and "Welcome back" not in later


async def test_case_orders_say_so_when_the_oms_does_not_answer(customers, monkeypatch):
    """The case still opens when the OMS is down: no orders, and a note saying why (a closed local port)."""
    from app.inbox.orders import live_orders
    from core.settings import get_settings

    monkeypatch.setenv("OMS_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("OMS_TIMEOUT_S", "1")
    get_settings.cache_clear()
    try:
        orders, error = await live_orders(customers["c0"]["id"], [customers["c0"]["order"]])
    finally:
        get_settings.cache_clear()
    assert orders == [] and "order system did not answer" in error
    assert await live_orders(None, ["A-1"]) == ([], None)  # a visitor's case has no orders to read
