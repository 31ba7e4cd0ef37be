"""A conversation, not a string of isolated messages: the customer's answer to the agent (an order number,
a correction) continues the open question and is answered, not escalated for low confidence (graph/dialogue/).
Real Postgres checkpointer, the real demo OMS over HTTP, the trained offline engine."""

from __future__ import annotations

import uuid

import psycopg
import pytest

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def moving_order(demo_store, db_url):
    """(customer_id, order_id, tracking_number) of an order on its way."""
    with psycopg.connect(db_url) as conn:
        row = conn.execute(
            """SELECT o.customer_id, o.id, s.tracking_number FROM orders o JOIN shipments s ON s.order_id = o.id
               WHERE s.status = 'in_transit' AND o.status IN ('shipped', 'in_transit')
               AND (SELECT count(*) FROM shipments x WHERE x.order_id = o.id) = 1
               ORDER BY o.id DESC LIMIT 1""",
        ).fetchone()
    assert row is not None, "demo store has no order in transit"
    return row


async def test_the_order_number_given_after_a_miss_is_answered_not_escalated(conversations, moving_order):
    customer_id, order_id, tracking = moving_order
    thread = f"test-{uuid.uuid4()}"
    first = await conversations.send(thread, "hi, where is my order NB999999?", customer_id)
    assert first.route == "answer" and "NB999999" in first.reply
    assert first.state["dialogue"]["awaiting"] == ["order_number"]  # the agent's open question is kept

    follow_up = await conversations.send(thread, f"Sorry, my mistake, it's {order_id}.", customer_id)
    assert follow_up.route == "answer", follow_up.reasons
    assert follow_up.intent in {"order_status", "shipping_delay"}
    assert follow_up.state["turn"]["context"] == "detail"
    assert order_id in follow_up.reply and tracking in follow_up.reply
    assert follow_up.confidence >= 0.7
    assert follow_up.state["dialogue"]["order_id"] == order_id


async def test_a_short_follow_up_is_about_the_order_in_focus(conversations, moving_order):
    customer_id, order_id, tracking = moving_order
    thread = f"test-{uuid.uuid4()}"
    first = await conversations.send(thread, f"where is my order {order_id}?", customer_id)
    assert first.route == "answer" and tracking in first.reply
    again = await conversations.send(thread, "ok, and when will it get here?", customer_id)
    assert again.route == "answer", again.reasons
    assert order_id in again.reply
    if "should arrive by" in first.reply:  # the sentence that said when, not "I've told you all I can"
        assert "should arrive by" in again.reply and "told you all I can" not in again.reply


async def test_a_follow_up_naming_nothing_asks_more_of_the_last_subject(conversations, moving_order):
    """"how much longer?" after a late order names nothing of its own; alone it read as a product's price and got "I
    don't have reliable information about that". Read with the ask before it, it is the order's delay again."""
    customer_id, order_id, _ = moving_order
    thread = f"test-{uuid.uuid4()}"
    first = await conversations.send(thread, f"my order {order_id} is late", customer_id)
    assert first.route == "answer" and order_id in first.reply
    again = await conversations.send(thread, "how much longer?", customer_id)
    assert again.route == "answer", again.reasons
    assert again.intent in {"order_status", "shipping_delay"} and "reliable information" not in again.reply


async def test_after_a_policy_answer_how_to_start_one_asks_for_the_return_itself(conversations, moving_order):
    """The family is the conversation's (returns), the member the message's: "how do I start one" is a return
    request, searched as one; before, it read as the policy question again and quoted the contact page."""
    customer_id, _, _ = moving_order
    thread = f"test-{uuid.uuid4()}"
    first = await conversations.send(thread, "what's your return policy?", customer_id)
    assert first.route == "answer" and first.intent == "return_policy"
    follow_up = await conversations.send(thread, "ok and how do I start one", customer_id)
    assert follow_up.route == "answer", follow_up.reasons
    assert follow_up.intent == "return_request" and follow_up.state["turn"]["context"] is not None
    assert "contact-us" not in [p["doc_id"] for p in follow_up.state["turn"]["passages"][:1]]
    assert "wholesale" not in follow_up.reply


async def test_a_request_taken_back_is_let_go_not_answered_with_the_order_again(conversations, moving_order):
    customer_id, order_id, _ = moving_order
    thread = f"test-{uuid.uuid4()}"
    first = await conversations.send(thread, f"can I cancel order {order_id}?", customer_id)
    assert first.route == "answer" and order_id in first.reply, first.reply
    back = await conversations.send(thread, "actually never mind, keep it", customer_id)
    assert back.route == "answer", back.reasons
    assert "No problem, I'll leave it there" in back.reply and order_id not in back.reply, back.reply


async def test_a_moment_asked_for_keeps_the_topic_open(conversations, moving_order):
    """"Hold on, let me check which order it was." during a return was read as an order's status and got tracking."""
    customer_id, order_id, tracking = moving_order
    thread = f"test-{uuid.uuid4()}"
    first = await conversations.send(thread, "I need to return something.", customer_id)
    pause = await conversations.send(thread, "Hold on, let me check which order it was.", customer_id)
    assert pause.route == "answer" and "take your time" in pause.reply and tracking not in pause.reply, pause.reply
    assert (pause.state.get("dialogue") or {}).get("topic") == "return_request"
    # a return proposed before the pause still waits for its yes
    assert pause.state.get("pending_action") == first.state.get("pending_action")
    changed = await conversations.send(thread, "Actually, I changed my mind, I'll keep them.", customer_id)
    assert any(said in changed.reply for said in ("I'll leave it there", "You're welcome", "I haven't changed anything")), (
        changed.reply)
    assert changed.state.get("pending_action") is None


async def test_the_other_order_asked_after_one_is_another(conversations, moving_order):
    """"Can you check the status of my other order too?" repeated the order just given."""
    customer_id, order_id, _ = moving_order
    thread = f"test-{uuid.uuid4()}"
    await conversations.send(thread, f"where is order {order_id}?", customer_id)
    other = await conversations.send(thread, "Can you check the status of my other order too?", customer_id)
    assert other.route == "answer", other.reasons
    assert [o["id"] for o in other.state["turn"]["oms"]["orders"]] != [order_id], other.reply


async def test_who_pays_for_shipping_after_a_return_question_is_the_returns_shipping(conversations, moving_order):
    """"and who pays for shipping?" after "what's your return policy?" named a topic of its own (shipping), was read
    alone, and got the outbound shipping's free threshold; the customer asked about the parcel they send back."""
    customer_id, _, _ = moving_order
    thread = f"test-{uuid.uuid4()}"
    first = await conversations.send(thread, "what's your return policy?", customer_id)
    assert first.route == "answer" and first.intent == "return_policy"
    again = await conversations.send(thread, "and who pays for shipping?", customer_id)
    assert again.route == "answer", again.reasons
    assert again.intent == "return_policy" and "Returns are free" in again.reply
    assert "free on orders of" not in again.reply
