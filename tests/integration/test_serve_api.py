"""The official `langgraph_sdk` client against `support-agent serve` (a real subprocess, 2 workers, the
session's PostgreSQL and the demo OMS over HTTP): the same calls a chat front end makes."""

from __future__ import annotations

import uuid

import httpx
import psycopg
import pytest
from langgraph_sdk import get_client

from core.identity import sign_customer, sign_staff
from server.locks import THREAD_LOCK
from tests.integration.serve_process import start_serve

pytestmark = pytest.mark.integration
POLICY_QUESTION = "what is your return policy?"


@pytest.fixture(scope="module")
def serve(demo_store, oms_server, tmp_path_factory):
    service, url = start_serve(demo_store, tmp_path_factory.mktemp("serve-logs"), workers=2)
    yield url
    service.stop()


def _client(url: str, token: str):
    return get_client(url=url, headers={"Authorization": f"Bearer {token}"})


def _user(text: str) -> dict:
    return {"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]}


@pytest.fixture()
def customer(demo_store):
    return sign_customer(f"C{uuid.uuid4().int % 10**6:06d}", settings=demo_store)


async def test_assistants_threads_wait_state_and_history(serve, customer):
    client = _client(serve, customer)
    assistants = await client.assistants.search()
    assert [a["graph_id"] for a in assistants] == ["support"]
    assert (await client.assistants.get(assistants[0]["assistant_id"]))["graph_id"] == "support"
    thread = await client.threads.create(metadata={"channel": "web", "owner": "customer:SOMEONE_ELSE"})
    assert thread["metadata"]["channel"] == "web"
    assert thread["metadata"]["owner"] != "customer:SOMEONE_ELSE"  # the server sets the owner

    result = await client.runs.wait(thread["thread_id"], "support", input=_user(POLICY_QUESTION))
    assert result["messages"][-1]["type"] == "ai" and result["messages"][-1]["content"]
    state = await client.threads.get_state(thread["thread_id"])
    assert state["values"]["exchanges"] == 1 and state["next"] == []
    history = await client.threads.get_history(thread["thread_id"])
    assert history and history[0]["checkpoint"]["checkpoint_id"] == state["checkpoint"]["checkpoint_id"]
    found = await client.threads.search(limit=50)
    assert thread["thread_id"] in [t["thread_id"] for t in found]
    got = await client.threads.get(thread["thread_id"])
    assert got["status"] == "idle" and got["values"]["exchanges"] == 1


async def test_stream_delivers_the_reply_before_the_end(serve, customer):
    client = _client(serve, customer)
    thread = await client.threads.create()
    parts = [
        part async for part in client.runs.stream(
            thread["thread_id"], "support", input=_user(POLICY_QUESTION),
            stream_mode=["updates", "messages-tuple", "values", "custom"],
        )
    ]
    events = [p.event for p in parts]
    assert events[0] == "metadata" and parts[0].data["run_id"]
    assert events[-1] == "end" and parts[-1].data["status"] == "success"
    replies = [i for i, p in enumerate(parts) if p.event == "messages" and p.data[0]["type"] == "ai"]
    updates = [i for i, p in enumerate(parts) if p.event == "updates" and "answer" in p.data]
    assert replies and updates and max(replies[0], updates[0]) < len(parts) - 1
    final = [p for p in parts if p.event == "values"][-1].data
    assert final["messages"][-1]["content"] == parts[replies[0]].data[0]["content"]

    # messages (not -tuple) is framed like langgraph_api: messages/metadata, then messages/complete
    plain = [p.event async for p in client.runs.stream(
        thread["thread_id"], "support", input=_user("and how long do refunds take?"), stream_mode="messages")]
    assert "messages/metadata" in plain and "messages/complete" in plain


async def test_background_run_join_list_and_join_stream(serve, customer):
    client = _client(serve, customer)
    thread = await client.threads.create()
    run = await client.runs.create(thread["thread_id"], "support", input=_user(POLICY_QUESTION))
    assert run["status"] in ("pending", "running", "success")
    joined = await client.runs.join(thread["thread_id"], run["run_id"])
    assert joined["messages"][-1]["type"] == "ai"
    assert (await client.runs.get(thread["thread_id"], run["run_id"]))["status"] == "success"
    second = await client.runs.create(thread["thread_id"], "support", input=_user("do you ship to Canada?"))
    parts = [p async for p in client.runs.join_stream(thread["thread_id"], second["run_id"])]
    assert parts[-1].event == "end" and parts[-1].data["status"] == "success"
    runs = await client.runs.list(thread["thread_id"])
    assert {r["run_id"] for r in runs} == {run["run_id"], second["run_id"]}
    assert all("kwargs" not in r or "messages" not in r["kwargs"] for r in runs)


async def test_cancel_a_queued_run_leaves_the_thread_untouched(serve, customer, db_url):
    client = _client(serve, customer)
    thread = await client.threads.create()
    thread_id = thread["thread_id"]
    await client.runs.wait(thread_id, "support", input=_user(POLICY_QUESTION))
    # Hold the thread's lock as a run on another replica would: the next run has to queue behind it.
    with psycopg.connect(db_url, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (THREAD_LOCK, thread_id))
        queued = await client.runs.create(thread_id, "support", input=_user("do you ship to Canada?"))
        assert (await client.runs.get(thread_id, queued["run_id"]))["status"] == "pending"
        await client.runs.cancel(thread_id, queued["run_id"])
        assert (await client.runs.get(thread_id, queued["run_id"]))["status"] == "interrupted"
    after = await client.runs.wait(thread_id, "support", input=_user("thanks!"))
    assert after["exchanges"] == 2  # the cancelled message never reached the graph
    assert [m["content"] for m in after["messages"] if m["type"] == "human"] == [POLICY_QUESTION, "thanks!"]


async def test_requests_without_a_valid_token_or_with_bad_bodies_get_clear_4xx(serve, customer, demo_store):
    async with httpx.AsyncClient(base_url=serve, timeout=30) as http:
        assert (await http.post("/threads/search", json={})).status_code == 401
        forged = {"Authorization": "Bearer sa1.e30.forged"}
        assert (await http.post("/threads", json={}, headers=forged)).status_code == 401
        auth = {"Authorization": f"Bearer {customer}"}
        garbage = await http.post(f"/threads/{uuid.uuid4()}/runs/wait", content=b"\xff\xfe\x00binary",
                                  headers={**auth, "Content-Type": "application/json"})
        assert garbage.status_code == 400 and "JSON" in garbage.json()["detail"]
        for body in ({"assistant_id": "support"}, {"assistant_id": "nope", "input": _user("hi")},
                     {"assistant_id": "support", "input": {"messages": [{"role": "ai", "content": "x"}]}},
                     {"assistant_id": "support", "input": _user("hi"), "stream_mode": "bogus"}):
            response = await http.post(f"/threads/{uuid.uuid4()}/runs/wait", json={**body, "if_not_exists": "create"},
                                       headers=auth)
            assert 400 <= response.status_code < 500, (body, response.text)
        assert (await http.get("/threads/not-a-uuid", headers=auth)).status_code == 422
        assert (await http.post("/store/items/search", json={}, headers=auth)).status_code == 403
        staff = {"Authorization": f"Bearer {sign_staff('alice', settings=demo_store)}"}
        assert (await http.post("/threads", json={}, headers=staff)).status_code == 403
        for probe in ("/ok", "/health", "/ready"):
            assert (await http.get(probe)).status_code == 200


async def test_reject_strategy_refuses_a_message_while_the_thread_is_busy(demo_store, oms_server, db_url, tmp_path,
                                                                          customer):
    """MULTITASK_STRATEGY=reject (the server's setting): 409 while any replica runs the thread; the
    caller's own multitask_strategy is ignored."""
    service, url = start_serve(demo_store, tmp_path, env={"MULTITASK_STRATEGY": "reject"}, name="serve-reject")
    try:
        client = _client(url, customer)
        thread_id = (await client.threads.create())["thread_id"]
        with psycopg.connect(db_url, autocommit=True) as holder:
            holder.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (THREAD_LOCK, thread_id))
            async with httpx.AsyncClient(base_url=url, timeout=30) as http:
                busy = await http.post(
                    f"/threads/{thread_id}/runs/wait", headers={"Authorization": f"Bearer {customer}"},
                    json={"assistant_id": "support", "input": _user(POLICY_QUESTION), "multitask_strategy": "enqueue"},
                )
            assert busy.status_code == 409, busy.text
        values = await client.runs.wait(thread_id, "support", input=_user(POLICY_QUESTION))
        assert values["exchanges"] == 1
    finally:
        service.stop()
