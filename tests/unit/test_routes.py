"""The custom routes langgraph dev mounts (app/routes.py): anonymous tokens, the server's multitask strategy."""

from __future__ import annotations

import json

from starlette.testclient import TestClient

from app.routes import NOT_SERVED_PATH, RUN_CREATE_PATH, ServerMultitaskStrategy, _with_strategy, app
from core.identity import verify_token


def test_run_creation_paths_are_recognised():
    for path in ("/runs", "/runs/wait", "/runs/stream", "/runs/batch", "/threads/abc/runs", "/threads/abc/runs/wait",
                 "/threads/abc/runs/stream"):
        assert RUN_CREATE_PATH.match(path), path
    for path in ("/threads/abc/runs/123/join", "/threads/abc/state", "/runs/crons", "/threads/search"):
        assert not RUN_CREATE_PATH.match(path), path


def test_the_callers_strategy_is_replaced():
    assert json.loads(_with_strategy(b'{"multitask_strategy": "interrupt", "input": {}}', "enqueue")) == {
        "multitask_strategy": "enqueue", "input": {}}
    assert json.loads(_with_strategy(b'[{"a": 1}, {"multitask_strategy": "rollback"}]', "reject")) == [
        {"a": 1, "multitask_strategy": "reject"}, {"multitask_strategy": "reject"}]
    assert _with_strategy(b"\xff\xfe not json", "enqueue") is None


def test_middleware_rewrites_the_body_the_api_receives(monkeypatch):
    monkeypatch.setenv("MULTITASK_STRATEGY", "reject")
    from core.settings import get_settings

    get_settings.cache_clear()
    seen = {}

    async def echo(scope, receive, send):
        message = await receive()
        seen["body"] = json.loads(message["body"])
        seen["length"] = dict(scope["headers"])[b"content-length"]
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    client = TestClient(ServerMultitaskStrategy(echo))
    client.post("/threads/t1/runs/wait", json={"multitask_strategy": "interrupt", "input": {"messages": []}})
    get_settings.cache_clear()
    assert seen["body"]["multitask_strategy"] == "reject"
    assert int(seen["length"]) == len(json.dumps(seen["body"]).encode())


def test_anonymous_route_mints_a_verifiable_visitor_token():
    response = TestClient(app).post("/auth/anonymous")
    assert response.status_code == 201 and response.headers["cache-control"] == "no-store"
    body = response.json()
    principal = verify_token(body["token"])
    assert principal.kind == "anonymous" and body["expires_at"].startswith("20")


def test_v2_event_streaming_is_not_served():
    assert NOT_SERVED_PATH.match("/threads/abc/stream/events") and NOT_SERVED_PATH.match("/threads/abc/commands")
    assert not NOT_SERVED_PATH.match("/threads/abc/stream") and not NOT_SERVED_PATH.match("/threads/abc/runs/stream")
    client = TestClient(app)
    assert client.post("/threads/abc/stream/events", json={}).status_code == 404
    assert client.post("/threads/abc/commands", json={}).status_code == 404
