"""Order actions in conversation, end to end: graph.conversation.Conversations (real Postgres checkpointer
and store, offline engine) -> the demo OMS over real HTTP -> real PostgreSQL. Each policy branch, the
confirmation lifecycle, and idempotency under repeats, concurrency and a crash between the OMS call and
the checkpoint."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from decimal import Decimal

import psycopg
import pytest
from langchain_core.messages import HumanMessage

from core.settings import REPO_ROOT
from evals.action_scenarios import actions_on, add_late_order, refunds_on
from evals.fault_proxy import FaultPlan, running_proxy
from graph.conversation import Conversations

pytestmark = pytest.mark.integration

ASK_YES = "Reply yes to confirm"


@pytest.fixture()
def store(action_store):
    return action_store


def thread() -> str:
    return f"test-actions-{uuid.uuid4()}"


def recorded(db_url: str, order_id: str) -> list[tuple[str, str]]:
    with psycopg.connect(db_url) as conn:
        return actions_on(conn, order_id)


def status_of(db_url: str, order_id: str) -> str:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT status FROM orders WHERE id = %s", (order_id,)).fetchone()[0]


async def propose(conversations, t: str, text: str, customer_id: str):
    result = await conversations.send(t, text, customer_id)
    assert result.route == "answer", (result.reasons, result.reply)
    assert ASK_YES in result.reply, result.reply
    pending = result.state.get("pending_action")
    assert pending and pending["customer_id"] == customer_id
    return result, pending


async def test_cancel_pending_order_is_done_only_after_yes(conversations, store, db_url):
    t = thread()
    result, pending = await propose(conversations, t, f"Please cancel order {store.pending}", store.customer_id)
    assert pending["action"] == "cancel_order" and pending["order_id"] == store.pending
    assert "Harbor Pocket Tee" in result.reply and "$49.99" in result.reply and "Visa card ending 4242" in result.reply
    assert recorded(db_url, store.pending) == [] and status_of(db_url, store.pending) == "pending"

    done = await conversations.send(t, "yes", store.customer_id)
    assert done.route == "answer" and f"order {store.pending} is cancelled" in done.reply, done.reply
    assert "$49.99" in done.reply
    assert done.state.get("pending_action") is None
    assert recorded(db_url, store.pending) == [("cancel", pending["key"])]
    assert status_of(db_url, store.pending) == "cancelled"


async def test_cancel_of_a_delivered_order_is_refused_with_a_return_offered(conversations, store, db_url):
    result = await conversations.send(thread(), f"cancel my order {store.delivered_recent}", store.customer_id)
    assert "can't be cancelled" in result.reply and "return" in result.reply, result.reply
    assert result.state.get("pending_action") is None
    assert recorded(db_url, store.delivered_recent) == []


async def test_address_change_after_shipping_is_refused(conversations, store, db_url):
    text = (f"I need to change the shipping address on order {store.in_transit} to "
            "742 Evergreen Terrace, Springfield, IL 62704")
    result = await conversations.send(thread(), text, store.customer_id)
    assert "can no longer be changed" in result.reply, (result.reasons, result.reply)
    assert result.state.get("pending_action") is None
    assert recorded(db_url, store.in_transit) == []


async def test_address_change_before_shipping_is_done_after_yes(conversations, store, db_url):
    t = thread()
    text = (f"Please change the shipping address of order {store.processing} to "
            "742 Evergreen Terrace, Springfield, IL 62704")
    result, pending = await propose(conversations, t, text, store.customer_id)
    assert "from 1 Main St, Boston, MA 02110, US to 742 Evergreen Terrace, Springfield, IL 62704" in result.reply
    done = await conversations.send(t, "ja", store.customer_id)
    assert f"order {store.processing} will now ship to 742 Evergreen Terrace" in done.reply, done.reply
    with psycopg.connect(db_url) as conn:
        saved = conn.execute("SELECT shipping_address FROM orders WHERE id = %s", (store.processing,)).fetchone()[0]
    assert saved == {"address1": "742 Evergreen Terrace", "city": "Springfield", "state": "IL", "zip": "62704",
                     "country": "US"}


async def test_exchange_for_an_in_stock_size_is_done_after_yes(conversations, store, db_url):
    t = thread()
    text = f"Can I swap the Harbor Pocket Tee in order {store.delivered_recent} for a size L?"
    _, pending = await propose(conversations, t, text, store.customer_id)
    assert pending["params"] == {"line_no": 1, "new_variant_id": store.variants["L"]}
    done = await conversations.send(t, "yes", store.customer_id)
    assert "size L, navy" in done.reply and "/returns/label/EX-" in done.reply, done.reply
    assert [a for a, _ in recorded(db_url, store.delivered_recent)] == ["exchange"]


async def test_refund_of_4999_is_done_after_yes(conversations, store, db_url):
    t = thread()
    result, pending = await propose(conversations, t, f"I want a refund for order {store.refund_small}",
                                    store.customer_id)
    assert pending["action"] == "refund" and pending["params"]["amount"] == "49.99"
    done = await conversations.send(t, "yes please", store.customer_id)
    assert "refunded $49.99" in done.reply, done.reply
    with psycopg.connect(db_url) as conn:
        assert refunds_on(conn, store.refund_small) == [Decimal("49.99")]
    # asked again: nothing is left to refund, and the reply says the refund that was made
    again = await conversations.send(thread(), f"I want a refund for order {store.refund_small}", store.customer_id)
    assert "nothing left to refund" in again.reply and "A refund of $49.99" in again.reply, again.reply


async def test_refund_of_5001_is_escalated_with_the_amount(conversations, store, db_url):
    t = thread()
    result = await conversations.send(t, f"I want a refund for order {store.refund_big}", store.customer_id)
    assert result.route == "escalate" and "refund_over_limit" in result.reasons, (result.reasons, result.reply)
    assert result.state.get("pending_action") is None
    assert result.state["turn"]["proposal"]["needs_person"] and result.state["turn"]["proposal"]["amount"] == 50.01
    with psycopg.connect(db_url) as conn:
        assert refunds_on(conn, store.refund_big) == []
        handoff = conn.execute("SELECT summary FROM handoffs WHERE thread_id = %s", (t,)).fetchone()
    assert handoff is not None


async def test_a_place_picked_from_the_agent_s_list_is_the_order_acted_on(conversations, store, db_url):
    """An order number that is not theirs: the agent lists the newest orders and asks; "the first one" is the newest
    listed, and the cancellation is proposed for it (not for an order its state suggests)."""
    t = thread()
    asked = await conversations.send(t, "please cancel order NB000001", store.customer_id)
    assert asked.route == "answer" and "Which one is it?" in asked.reply, (asked.reasons, asked.reply)
    listed = asked.state["dialogue"]["listed_orders"]
    assert listed[0] == store.pending and len(listed) == 3 and all(order in asked.reply for order in listed)
    result, pending = await propose(conversations, t, "the first one", store.customer_id)
    assert result.state["turn"]["oms"]["orders"][0]["id"] == store.pending
    assert pending["action"] == "cancel_order" and pending["order_id"] == store.pending
    assert recorded(db_url, store.pending) == []
    other = thread()
    await conversations.send(other, "please cancel order NB000001", store.customer_id)
    third = await conversations.send(other, "it's the third one", store.customer_id)
    assert third.state["turn"]["oms"]["orders"][0]["id"] == listed[2], third.reply


async def test_a_yes_to_the_return_offered_for_a_delivered_order_proposes_that_return(conversations, store, db_url):
    t = thread()
    offered = await conversations.send(t, f"cancel my order {store.delivered_recent}", store.customer_id)
    assert "Just tell me you'd like to return it" in offered.reply, offered.reply
    # "yes" takes up the offer: the return of that order is proposed (it was "nothing waiting for your confirmation")
    result = await conversations.send(t, "yes", store.customer_id)
    assert result.intent == "return_request" and ASK_YES in result.reply, (result.intent, result.reply)
    assert result.state["pending_action"]["order_id"] == store.delivered_recent
    assert recorded(db_url, store.delivered_recent) == []  # nothing happens before the yes to the proposal itself
    done = await conversations.send(t, "yes", store.customer_id)
    assert [a for a, _ in recorded(db_url, store.delivered_recent)] == ["return"], done.reply
    # its return under way now, its cancellation offers none (the offer would be refused next), and asked for by
    # name the return's own check says so
    t = thread()
    again = await conversations.send(t, f"cancel my order {store.delivered_recent}", store.customer_id)
    assert "already have a return" in again.reply and "tell me you'd like to return it" not in again.reply, again.reply
    named = await conversations.send(t, "ok, return it then", store.customer_id)
    assert named.intent == "return_request" and "already have a return" in named.reply, named.reply
    # another delivered order: the offer asked for by name, and declined
    t = thread()
    await conversations.send(t, f"cancel my order {store.refund_big}", store.customer_id)
    named = await conversations.send(t, "ok, return it then", store.customer_id)
    assert named.intent == "return_request" and ASK_YES in named.reply, named.reply
    t = thread()
    await conversations.send(t, f"cancel my order {store.refund_big}", store.customer_id)
    declined = await conversations.send(t, "no thanks", store.customer_id)
    assert declined.state.get("pending_action") is None and "nothing waiting" not in declined.reply, declined.reply
    assert declined.reply.startswith("No problem, I'll leave it there"), declined.reply  # not "You're welcome!"


async def test_a_delivered_order_past_the_return_window_is_offered_no_return(conversations, store, db_url):
    result = await conversations.send(thread(), f"cancel order {store.delivered_old}", store.customer_id)
    assert "can't be cancelled" in result.reply and "outside our 30-day return window" in result.reply, result.reply
    assert "tell me you'd like to return it" not in result.reply, result.reply


async def test_return_outside_the_window_is_refused(conversations, store, db_url):
    result = await conversations.send(thread(), f"I want to return order {store.delivered_old}", store.customer_id)
    assert "outside our 30-day return window" in result.reply, (result.intent, result.reply)
    assert result.state.get("pending_action") is None and recorded(db_url, store.delivered_old) == []


async def test_return_inside_the_window_gets_a_label_after_yes(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"I want to return order {store.delivered_recent}", store.customer_id)
    done = await conversations.send(t, "go ahead", store.customer_id)
    assert "/returns/label/RT-" in done.reply and "Visa card ending 4242" in done.reply, done.reply
    assert [a for a, _ in recorded(db_url, store.delivered_recent)] == ["return"]


async def test_a_long_go_ahead_is_asked_for_a_plain_yes_and_nothing_happens_until_then(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"I want to return order {store.delivered_recent}", store.customer_id)
    words = await conversations.send(t, "That looks correct! Please go ahead and start the return for those items, "
                                        "thank you for your help.", store.customer_id)
    assert "just reply yes" in words.reply and "told you all I can" not in words.reply, words.reply
    assert words.state.get("pending_action") and recorded(db_url, store.delivered_recent) == []
    done = await conversations.send(t, "yes", store.customer_id)
    assert "/returns/label/RT-" in done.reply, done.reply
    assert [a for a, _ in recorded(db_url, store.delivered_recent)] == ["return"]


async def test_a_question_about_the_proposed_return_is_answered_and_the_return_still_waits_for_yes(
        conversations, store, db_url):
    """"can the refund go to my original payment method?" after a proposed return was answered and the return
    dropped: the yes that followed had nothing to take."""
    t = thread()
    _, pending = await propose(conversations, t, f"I want to return order {store.delivered_recent}", store.customer_id)
    asked = await conversations.send(t, "can the refund go to my original payment method?", store.customer_id)
    assert asked.route == "answer" and "still stands" in asked.reply, (asked.reasons, asked.reply)
    assert asked.state.get("pending_action", {}).get("key") == pending["key"]
    assert recorded(db_url, store.delivered_recent) == []
    done = await conversations.send(t, "yes", store.customer_id)
    assert "/returns/label/RT-" in done.reply, done.reply
    assert recorded(db_url, store.delivered_recent) == [("return", pending["key"])]
    # a question about something else lets it go, as before
    t2 = thread()
    await propose(conversations, t2, f"Please cancel order {store.pending}", store.customer_id)
    other = await conversations.send(t2, "do you ship to australia?", store.customer_id)
    assert other.state.get("pending_action") is None and "still stands" not in other.reply


async def test_exchange_for_an_out_of_stock_size_is_refused(conversations, store, db_url):
    text = f"Can I exchange the Harbor Pocket Tee from order {store.delivered_recent} for a size XL?"
    result = await conversations.send(thread(), text, store.customer_id)
    assert "out of stock" in result.reply, (result.intent, result.reply)
    assert result.state.get("pending_action") is None and recorded(db_url, store.delivered_recent) == []


async def test_no_after_the_proposal_does_nothing(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"Please cancel order {store.pending}", store.customer_id)
    result = await conversations.send(t, "no", store.customer_id)
    assert "haven't changed anything" in result.reply
    assert result.state.get("pending_action") is None
    assert recorded(db_url, store.pending) == [] and status_of(db_url, store.pending) == "pending"
    later = await conversations.send(t, "yes", store.customer_id)  # a late yes has nothing to confirm
    assert recorded(db_url, store.pending) == [] and "cancelled" not in later.reply


async def test_a_goodbye_before_the_yes_is_told_nothing_was_done_and_a_yes_after_it_still_acts(conversations, store,
                                                                                                 db_url):
    t = thread()
    _, pending = await propose(conversations, t, f"Please cancel order {store.pending}", store.customer_id)
    bye = await conversations.send(t, "Perfect, that's all I needed.", store.customer_id)
    assert bye.route == "answer" and f"nothing has been done on order {store.pending} yet" in bye.reply, bye.reply
    assert bye.state.get("pending_action") == pending  # still waiting for the yes
    assert recorded(db_url, store.pending) == [] and status_of(db_url, store.pending) == "pending"
    done = await conversations.send(t, "yes please", store.customer_id)
    assert f"order {store.pending} is cancelled" in done.reply, done.reply
    assert recorded(db_url, store.pending) == [("cancel", pending["key"])]


async def test_a_different_question_drops_the_pending_action_and_is_answered(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"Please cancel order {store.pending}", store.customer_id)
    result = await conversations.send(t, f"Actually, where is my order {store.in_transit}?", store.customer_id)
    assert result.state.get("pending_action") is None
    assert "USPS" in result.reply, result.reply
    assert recorded(db_url, store.pending) == []


async def test_the_same_confirmation_sent_twice_acts_once(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"Please cancel order {store.pending}", store.customer_id)
    await conversations.send(t, "yes", store.customer_id)
    await conversations.send(t, "yes", store.customer_id)
    assert len(recorded(db_url, store.pending)) == 1


async def test_a_double_click_confirmation_acts_once(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"I want a refund for order {store.refund_small}", store.customer_id)
    results = await asyncio.gather(*(conversations.send(t, "yes", store.customer_id) for _ in range(2)))
    assert any("refunded $49.99" in r.reply for r in results), [r.reply for r in results]
    with psycopg.connect(db_url) as conn:
        assert refunds_on(conn, store.refund_small) == [Decimal("49.99")]
        assert len(actions_on(conn, store.refund_small)) == 1


async def test_a_yes_from_another_signed_in_customer_does_nothing(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"Please cancel order {store.pending}", store.customer_id)
    result = await conversations.send(t, "yes", store.other_customer_id)
    assert result.state.get("pending_action") is not None or "Nothing was changed" in result.reply
    assert recorded(db_url, store.pending) == []


async def test_another_customers_order_is_refused_and_nothing_revealed(conversations, store, db_url):
    result = await conversations.send(thread(), f"Please cancel order {store.others_order}", store.customer_id)
    assert f"couldn't find an order {store.others_order}" in result.reply, result.reply
    assert "Blake" not in result.reply and result.reply.count(store.others_order) == 1  # named back, nothing more
    # the orders offered instead are the customer's own
    offered = [order["id"] for order in result.state["turn"]["oms"].get("candidates") or []]
    assert offered and store.others_order not in offered
    assert result.state.get("pending_action") is None
    assert recorded(db_url, store.others_order) == [] and status_of(db_url, store.others_order) == "pending"


_CHILD = """
import asyncio, sys
from langchain_core.messages import HumanMessage
from graph.conversation import Conversations

async def main(thread_id, customer_id, message_id):
    async with Conversations.open() as conv:
        await conv.graph.ainvoke(
            {"messages": [HumanMessage(content="yes", id=message_id)]},
            config=Conversations.config(thread_id, customer_id),
        )

asyncio.run(main(*sys.argv[1:]))
"""


async def test_a_run_replayed_after_a_kill_acts_once(conversations, store, db_url, oms_server):
    """The agent process dies after the OMS acted but before the checkpoint: the replayed run (same
    message id) carries the same key, and the OMS returns the stored result instead of acting again."""
    t = thread()
    _, pending = await propose(conversations, t, f"I want a refund for order {store.refund_small}", store.customer_id)
    message_id = f"msg-{uuid.uuid4()}"
    plan = FaultPlan(weights={"hang_after": 1.0}, only_methods=frozenset({"POST"}))
    with running_proxy(oms_server, plan) as proxy:
        env = {**os.environ, "OMS_URL": proxy.url, "OMS_TIMEOUT_S": "120"}
        child = subprocess.Popen([sys.executable, "-c", _CHILD, t, store.customer_id, message_id],
                                 cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while not recorded(db_url, store.refund_small) and time.monotonic() < deadline:
            assert child.poll() is None, child.stderr.read().decode()[-2000:]
            await asyncio.sleep(0.2)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    assert recorded(db_url, store.refund_small) == [("refund", pending["key"])]
    state = await conversations.graph.aget_state({"configurable": {"thread_id": t}})
    assert state.values.get("pending_action"), "the kill happened before the checkpoint recorded the outcome"

    replayed = await conversations.graph.ainvoke(
        {"messages": [HumanMessage(content="yes", id=message_id)]}, config=Conversations.config(t, store.customer_id)
    )
    assert "refunded $49.99" in replayed["messages"][-1].content
    assert replayed["turn"]["action_result"]["replayed"] is True
    assert recorded(db_url, store.refund_small) == [("refund", pending["key"])]
    with psycopg.connect(db_url) as conn:
        assert refunds_on(conn, store.refund_small) == [Decimal("49.99")]



async def test_a_question_about_where_the_refund_goes_gets_the_rule_then_the_proposal(conversations, store, db_url):
    t = thread()
    await propose(conversations, t, f"I want to return order {store.delivered_recent}", store.customer_id)
    asked = await conversations.send(t, "I want the refund to go to my other card, not the one I paid with.",
                                     store.customer_id)
    assert asked.reply.index("Refunds go back to the payment method") < asked.reply.index("I can start a return")
    assert recorded(db_url, store.delivered_recent) == []  # nothing happens without a yes
    done = await conversations.send(t, "Yes, that's what I want.", store.customer_id)
    assert "/returns/label/RT-" in done.reply and "Visa card ending 4242" in done.reply, done.reply
    assert [a for a, _ in recorded(db_url, store.delivered_recent)] == ["return"]


async def test_a_late_express_order_gets_its_express_fee_back_once(conversations, store, db_url):
    """Credit asked for lateness, no order named: the late express order is found, its fee proposed, refunded
    after the yes, and never a second time."""
    with psycopg.connect(db_url) as conn:
        late = add_late_order(conn, store)
    t = thread()
    result, pending = await propose(conversations, t, "my express order came 3 days late, can I get the shipping "
                                    "fee back?", store.customer_id)
    assert pending["action"] == "refund" and pending["order_id"] == late and pending["params"]["amount"] == "14.95"
    assert "3 days after its promised date" in result.reply, result.reply
    done = await conversations.send(t, "yes", store.customer_id)
    assert "refunded $14.95" in done.reply, done.reply
    again = await conversations.send(thread(), "my express order was late, any compensation?", store.customer_id)
    assert again.route == "answer" and "has already been refunded" in again.reply, (again.reasons, again.reply)
    assert again.state.get("pending_action") is None
    with psycopg.connect(db_url) as conn:
        assert refunds_on(conn, late) == [Decimal("14.95")]


async def test_a_late_standard_order_is_answered_with_its_dates_and_the_rule(conversations, store, db_url):
    with psycopg.connect(db_url) as conn:
        late = add_late_order(conn, store, method="standard", shipping_cost="5.95")
    result = await conversations.send(thread(), "my order came late, do I get any credit for that?",
                                      store.customer_id)
    assert result.route == "answer", (result.reasons, result.reply)
    assert f"Order {late} went by standard delivery" in result.reply and "isn't credited" in result.reply
    assert result.state.get("pending_action") is None
    with psycopg.connect(db_url) as conn:
        assert refunds_on(conn, late) == []
