"""The static browser files: served with the right types and headers, nothing outside web/static."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.testclient import TestClient

from core.settings import Settings
from server.app import cross_origin
from web.routes import ROUTES


def client() -> TestClient:
    return TestClient(Starlette(routes=ROUTES))


def test_widget_script_and_styles_are_served_for_any_page_to_load():
    http = client()
    script = http.get("/widget.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert script.headers["access-control-allow-origin"] == "*"
    assert "innerHTML" not in script.text  # messages are built with textContent only
    assert http.get("/widget/widget.css").headers["content-type"].startswith("text/css")


def test_pages_forbid_inline_and_foreign_scripts():
    http = client()
    for path in ("/chat", "/inbox"):
        page = http.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
    assert "innerHTML" not in http.get("/inbox/static/inbox.js").text


def test_nothing_outside_the_static_folders_is_reachable():
    http = client()
    for path in ("/widget/..%2Froutes.py", "/widget/.hidden.js", "/inbox/static/..%2F..%2Froutes.py",
                 "/widget/missing.js", "/widget/routes.py"):
        assert http.get(path).status_code == 404, path


def test_cross_origin_calls_only_from_configured_origins():
    assert cross_origin(Settings(chat_origins="")) == []
    app = Starlette(routes=ROUTES, middleware=cross_origin(Settings(chat_origins="https://shop.example")))
    http = TestClient(app)
    allowed = http.options("/widget.js", headers={"Origin": "https://shop.example", "Access-Control-Request-Method": "POST",
                                                 "Access-Control-Request-Headers": "authorization,content-type"})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "https://shop.example"
    refused = http.options("/widget.js", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert refused.status_code == 400


def test_langgraph_dev_mounts_the_same_pages():
    from app.routes import app

    http = TestClient(app)
    for path in ("/widget.js", "/chat", "/inbox", "/inbox/static/inbox.js", "/widget/widget.css"):
        assert http.get(path).status_code == 200, path
