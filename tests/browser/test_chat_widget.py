"""The chat widget in Chromium against a real `serve`, the session's PostgreSQL and the demo OMS."""

from __future__ import annotations

import json
import re

import httpx
import psycopg
import pytest

from core.identity import sign_customer
from evals.action_scenarios import create_action_store
from tests.browser.chat_page import (
    INPUT,
    LOG,
    agent_replies,
    customer_messages,
    open_chat,
    record_progress,
    saved_conversation,
    send,
    wait_for_replies,
)
from tests.browser.conftest import DEMO_CUSTOMER, PHONE, screenshot

pytestmark = pytest.mark.integration


def _state(serve_url: str, token: str, thread_id: str) -> dict:
    response = httpx.get(f"{serve_url}/threads/{thread_id}/state", headers={"Authorization": f"Bearer {token}"},
                         timeout=30)
    response.raise_for_status()
    return response.json()["values"]


def test_where_is_my_order_gets_the_live_status_and_tracking_link_and_survives_a_reload(
    new_page, serve_url, customer_token, oms
):
    page = new_page({"width": 1280, "height": 900})
    open_chat(page, serve_url, customer_token)
    assert page.locator(INPUT).evaluate("node => node === document.activeElement")  # ready to type
    record_progress(page)
    send(page, "Hi, where is my order?")
    wait_for_replies(page, 1)
    assert "Checking your order..." in page.evaluate("window.__progress")  # from the call_oms node

    reply = agent_replies(page).last
    card = reply.locator(".saw-order").first
    card.wait_for()
    order_id = card.locator(".saw-order-id").inner_text().removeprefix("Order ").strip()
    order = oms.get(f"/customers/{DEMO_CUSTOMER}/orders/{order_id}").json()
    assert order["id"] == order_id and order["customer_id"] == DEMO_CUSTOMER
    assert card.locator(".saw-order-status").inner_text().lower() == order["status"].replace("_", " ")
    tracking = [s["tracking_url"] for s in order["shipments"] if s.get("tracking_url")]
    assert tracking, f"the demo customer's order {order_id} should have shipped"
    links = reply.locator(".saw-body a").evaluate_all("links => links.map(a => a.href)")
    assert set(links) & set(tracking), (links, tracking)  # the reply's own text links the live tracking page
    assert reply.locator(".saw-body a").first.get_attribute("rel") == "noopener noreferrer nofollow"
    screenshot(page, "chat-desktop")

    thread_id = saved_conversation(page)["thread_id"]
    page.reload()
    wait_for_replies(page, 1)
    assert saved_conversation(page)["thread_id"] == thread_id
    assert customer_messages(page).all_inner_texts()[0].endswith("Hi, where is my order?")
    assert agent_replies(page).count() == 1
    assert page.errors == []


def test_an_order_action_is_confirmed_with_a_button(new_page, serve_url, demo_store, db_url):
    with psycopg.connect(db_url) as conn:
        store = create_action_store(conn)
    page = new_page()
    open_chat(page, serve_url, sign_customer(store.customer_id, settings=demo_store))
    send(page, f"Please cancel order {store.pending}")
    wait_for_replies(page, 1)
    confirm = page.locator(".saw-confirm")
    assert store.pending in confirm.locator(".saw-confirm-text").inner_text()
    assert "Reply yes to confirm" in agent_replies(page).last.inner_text()  # said in text as well
    confirm.locator(".saw-yes").click()
    wait_for_replies(page, 2)
    assert f"order {store.pending} is cancelled" in agent_replies(page).last.inner_text()
    assert customer_messages(page).last.inner_text().endswith("Yes")
    assert page.locator(".saw-confirm").count() == 0  # nothing is pending any more
    with psycopg.connect(db_url) as conn:
        assert conn.execute("SELECT status FROM orders WHERE id = %s", (store.pending,)).fetchone()[0] == "cancelled"
    assert page.errors == []


def test_an_anonymous_visitor_on_a_phone_gets_an_answer_by_keyboard(new_page, serve_url):
    page = new_page(PHONE)
    open_chat(page, serve_url)
    panel = page.locator(".saw-panel").bounding_box()
    assert panel["width"] == PHONE["width"]  # the open chat fills a phone screen
    page.keyboard.type("What is your return policy?")
    page.keyboard.press("Enter")
    wait_for_replies(page, 1)
    assert re.search(r"return", agent_replies(page).last.inner_text(), re.I)
    saved = saved_conversation(page)
    assert saved["token"].startswith("sa1.") and saved["thread_id"] and saved["outbox"] == []
    # keyboard: Tab from the message box reaches Send; Escape closes the chat and returns to the launcher
    page.locator(INPUT).focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "saw-send"
    assert page.locator(".saw-log").get_attribute("aria-live") == "polite"
    screenshot(page, "chat-phone")
    page.keyboard.press("Escape")
    assert page.locator(".saw-panel").is_hidden()
    assert page.evaluate("document.activeElement.className") == "saw-launcher"
    assert page.errors == []


def test_markup_in_a_message_is_shown_as_text_and_never_runs(new_page, serve_url):
    page = new_page()
    open_chat(page, serve_url)
    hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b>hi</b>'
    send(page, hostile)
    wait_for_replies(page, 1)
    shown = customer_messages(page).last.locator(".saw-body")
    assert shown.inner_text() == hostile
    assert page.locator(f"{LOG} script, {LOG} img, {LOG} b").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


def test_a_failed_message_says_so_and_retry_sends_it_once(new_page, serve_url):
    page = new_page()
    open_chat(page, serve_url)
    send(page, "What is your return policy?")  # a first exchange creates the thread
    wait_for_replies(page, 1)

    sent_ids: list[str] = []
    page.on("request", lambda r: sent_ids.append(json.loads(r.post_data)["input"]["messages"][0]["id"])
            if r.url.endswith("/runs/stream") else None)

    # 1. The server cannot be reached: the message is marked, kept, and nothing reached the server.
    page.route("**/runs/stream", lambda route: route.abort("connectionrefused"))
    send(page, "How long do refunds take?")
    failed = page.locator(".saw-customer.saw-failed")
    failed.wait_for()
    assert "Not sent" in failed.inner_text() and failed.locator(".saw-retry").is_visible()
    saved = saved_conversation(page)
    assert [m["text"] for m in saved["outbox"]] == ["How long do refunds take?"]
    values = _state(serve_url, saved["token"], saved["thread_id"])
    assert [m["content"] for m in values["messages"] if m["type"] == "human"] == ["What is your return policy?"]

    # A reload keeps the undelivered message, still offering to retry it.
    page.reload()
    retry = page.locator(".saw-customer.saw-failed .saw-retry")
    retry.wait_for()

    # 2. The server got it, but the answer and the state read after it were lost: still "not sent" as far as
    #    the page knows. Retry re-sends the same id, and the conversation holds the message and its reply once.
    page.unroute("**/runs/stream")

    def deliver_then_drop(route):
        route.fetch(timeout=60_000)  # the run happens on the server
        route.abort("connectionreset")

    page.route("**/runs/stream", deliver_then_drop)
    page.route("**/threads/*/state", lambda route: route.abort("connectionrefused"))
    retry.click()
    page.wait_for_function("() => !document.querySelector('.saw-send').disabled")
    retry.wait_for()
    page.unroute("**/runs/stream")
    page.unroute("**/threads/*/state")
    retry.click()
    wait_for_replies(page, 2)
    assert page.locator(".saw-failed").count() == 0

    assert len(sent_ids) == 3 and len(set(sent_ids)) == 1  # every attempt carried the one message id
    values = _state(serve_url, saved["token"], saved["thread_id"])
    humans = [m["content"] for m in values["messages"] if m["type"] == "human"]
    assert humans == ["What is your return policy?", "How long do refunds take?"]
    assert [m["type"] for m in values["messages"]] == ["human", "ai", "human", "ai"]
    assert customer_messages(page).count() == 2 and agent_replies(page).count() == 2
    assert saved_conversation(page)["outbox"] == []
    assert page.errors == []


def test_the_chat_says_when_the_server_cannot_be_reached_on_load(new_page, serve_url):
    page = new_page()
    open_chat(page, serve_url)
    send(page, "What is your return policy?")
    wait_for_replies(page, 1)
    page.route("**/threads/*/state", lambda route: route.abort("connectionrefused"))
    page.reload()
    banner = page.locator(".saw-banner")
    banner.wait_for()
    assert "can't reach" in banner.inner_text()
    page.unroute("**/threads/*/state")
    banner.locator(".saw-retry").click()
    wait_for_replies(page, 1)
    assert banner.is_hidden()
