"""The staff inbox in Chromium: an angry refund escalates in the customer's chat, staff work the case, and the
reply reaches the customer's open chat. Real `serve`, PostgreSQL and demo OMS; the staff API of /inbox/api."""

from __future__ import annotations

import httpx
import psycopg
import pytest

from tests.browser.chat_page import (
    agent_replies,
    customer_messages,
    open_chat,
    saved_conversation,
    send,
    wait_for_replies,
)
from tests.browser.conftest import screenshot

pytestmark = pytest.mark.integration
ANGRY_REFUND = ("This is ridiculous, it's the third time I'm asking! I want a full refund for order NB104264 "
                "NOW. Your service is useless.")
HOSTILE = '<img src=x onerror="window.__pwned = 1"> please hurry'
PRIORITY_RANK = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
FOLLOW_UP = "Thanks Dana, how long until I see it on my card?"
DRAFT = "It usually shows within"
STAFF_REPLY = "Hi, this is Dana from the support team. I have refunded order NB104264 in full."


def sign_in(page, base_url: str, token: str) -> None:
    page.goto(f"{base_url}/inbox")
    page.locator("#ib-token").fill(token)
    page.locator("#ib-token").press("Enter")


def _handoff(db_url: str, thread_id: str) -> tuple:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT id, summary, status FROM handoffs WHERE thread_id = %s ORDER BY id DESC LIMIT 1",
                            (thread_id,)).fetchone()


def test_an_angry_refund_is_escalated_worked_in_the_inbox_and_answered_in_the_open_chat(
    new_page, serve_url, customer_token, staff_token, db_url
):
    chat = new_page()
    open_chat(chat, serve_url, customer_token)
    send(chat, ANGRY_REFUND)
    wait_for_replies(chat, 1)
    chat.locator(".saw-panel.saw-with-person").wait_for()  # the chat says a person has it now
    assert "person from our team" in chat.locator(".saw-subtitle").inner_text()
    send(chat, HOSTILE)  # after the handoff: straight to the case's transcript
    chat.wait_for_function("() => !document.querySelector('.saw-send').disabled")
    thread_id = saved_conversation(chat)["thread_id"]
    handoff_id, summary, status = _handoff(db_url, thread_id)
    assert status == "open" and "NB104264" in summary

    inbox = new_page({"width": 1280, "height": 1000})
    sign_in(inbox, serve_url, staff_token)
    case = inbox.locator(f'.ib-item-button[data-thread="{thread_id}"]')
    case.wait_for()
    ranks = [PRIORITY_RANK[p.lower()] for p in inbox.locator(".ib-item .ib-badge").all_inner_texts()]
    assert ranks == sorted(ranks)  # most urgent first
    case.click()
    inbox.locator(".ib-summary-text").wait_for()
    assert inbox.locator(".ib-summary-text").inner_text() == summary
    assert inbox.locator(".ib-chip").count() >= 1  # the reasons that fired
    assert inbox.locator(".ib-suggested p").first.inner_text() not in ("", "None.")
    assert "NB104264" in inbox.locator(".ib-orders").inner_text()  # the order, live from the OMS
    transcript = inbox.locator(".ib-transcript")
    assert ANGRY_REFUND in transcript.inner_text() and HOSTILE in transcript.inner_text()
    assert transcript.locator("img").count() == 0 and inbox.evaluate("window.__pwned") is None

    inbox.locator(".ib-claim").click()
    inbox.locator(".ib-flash", has_text="Claimed.").wait_for()
    assert "claimed" in inbox.locator(".ib-case-status").inner_text()
    inbox.locator("#ib-reply-text").fill(STAFF_REPLY)
    inbox.locator(".ib-reply button[type=submit]").click()
    inbox.locator(".ib-flash", has_text="Reply sent.").wait_for()
    inbox.evaluate("window.scrollTo(0, 0)")
    screenshot(inbox, "inbox")

    staff = chat.locator(".saw-staff")  # the open chat polls the thread while a person has it
    staff.wait_for(timeout=30_000)
    assert staff.locator(".saw-body").inner_text() == STAFF_REPLY
    assert "support team" in staff.locator(".saw-author").inner_text()
    screenshot(chat, "chat-staff-reply")

    inbox.locator("#ib-reply-text").fill(DRAFT)  # staff start typing; the customer writes meanwhile
    send(chat, FOLLOW_UP)
    chat.wait_for_function("() => !document.querySelector('.saw-send').disabled")
    inbox.locator(".ib-transcript", has_text=FOLLOW_UP).wait_for(timeout=30_000)  # no click on Refresh
    assert inbox.locator("#ib-reply-text").input_value() == DRAFT

    inbox.locator("#ib-outcome").select_option("refunded")
    inbox.locator("#ib-resolution").fill("Refunded NB104264 in full; lost parcel.")
    inbox.locator(".ib-resolve button[type=submit]").click()
    inbox.locator(".ib-flash", has_text="Resolved.").wait_for()
    assert _handoff(db_url, thread_id)[2] == "resolved"
    assert "Resolved (refunded) by dana" in inbox.locator(".ib-actions").inner_text()

    chat.reload()  # the conversation, the staff reply included, is still there
    chat.locator(".saw-staff").wait_for()
    assert saved_conversation(chat)["thread_id"] == thread_id
    chat.locator(".saw-panel:not(.saw-with-person)").wait_for()  # resolved: the agent answers again
    assert customer_messages(chat).first.inner_text().endswith(ANGRY_REFUND)
    assert agent_replies(chat).count() >= 1
    assert chat.errors == [] and inbox.errors == []


def test_the_inbox_refuses_no_token_a_forged_one_and_a_customer_token(new_page, serve_url, customer_token):
    assert httpx.get(f"{serve_url}/inbox/api/handoffs", timeout=10).status_code == 401
    customer = httpx.get(f"{serve_url}/inbox/api/handoffs", headers={"Authorization": f"Bearer {customer_token}"},
                         timeout=10)
    assert customer.status_code == 403

    page = new_page()
    page.goto(f"{serve_url}/inbox")
    assert page.locator("#ib-signin").is_visible() and page.locator("#ib-main").is_hidden()
    sign_in(page, serve_url, customer_token)
    page.locator("#ib-signin-error", has_text="not a staff token").wait_for()
    sign_in(page, serve_url, "sa1.forged.token")
    page.locator("#ib-signin-error", has_text="not valid").wait_for()
    assert page.locator("#ib-main").is_hidden()
    assert page.evaluate("sessionStorage.length") == 0  # a refused token is never kept
    assert page.errors == []
