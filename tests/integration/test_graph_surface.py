"""The graph's own surface, in process: what a caller sends cannot set identity, counters, escalation or
policy; the state holds no other customer's data; history cannot be rewritten. (The HTTP side of the
same findings is in test_api_auth.py.)"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from langchain_core.messages import HumanMessage

from graph.config import SupportContext

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def two_customers(demo_store, db_url):
    """(customer with an in-transit order, that order, its tracking number, another customer)."""
    with psycopg.connect(db_url) as conn:
        customer, order, tracking = conn.execute(
            """SELECT o.customer_id, o.id, s.tracking_number FROM orders o JOIN shipments s ON s.order_id = o.id
               WHERE s.status = 'in_transit' ORDER BY o.id LIMIT 1"""
        ).fetchone()
        other = conn.execute("SELECT id FROM customers WHERE id <> %s ORDER BY id LIMIT 1", (customer,)).fetchone()[0]
    return customer, order, tracking, other


@pytest.fixture(scope="module")
def big_refund(demo_store, db_url):
    with psycopg.connect(db_url) as conn:
        return conn.execute(
            """SELECT o.customer_id, o.id FROM orders o
               WHERE o.status = 'delivered' AND o.total > 80
               AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.kind = 'refund')
               ORDER BY o.id LIMIT 1"""
        ).fetchone()


def _thread() -> str:
    return f"surface-{uuid.uuid4()}"


async def test_input_cannot_choose_the_customer_or_reset_counters(conversations, two_customers):
    """Finding: input {"customer_id": ..., "escalated": false, "exchanges": 0} was taken as state."""
    customer, order, tracking, _ = two_customers
    thread = _thread()
    forged = {
        "messages": [HumanMessage(content=f"where is my order {order}")],
        "customer_id": customer, "identity_source": "signed_token", "escalated": False, "exchanges": 0,
        "turn": {"route": "answer"}, "handoff_id": None,
    }
    state = await conversations.graph.ainvoke(forged, config=conversations.config(thread, None))
    assert state.get("customer_id") is None
    assert tracking not in state["messages"][-1].content and "sign in" in state["messages"][-1].content

    escalated = await conversations.send(thread, "I want to talk to a real person please", customer)
    assert escalated.state["escalated"] is True
    exchanges = escalated.state["exchanges"]
    reset = {"messages": [HumanMessage(content="hello again")], "escalated": False, "exchanges": 0}
    after = await conversations.graph.ainvoke(reset, config=conversations.config(thread, customer))
    assert after["escalated"] is True and after["exchanges"] == exchanges + 1
    assert after["turn"]["reasons"] == ["already_escalated"]


async def test_a_thread_does_not_stay_signed_in(conversations, two_customers):
    """Finding: after one signed message, the same thread answered order questions with no token."""
    customer, order, tracking, _ = two_customers
    thread = _thread()
    signed = await conversations.send(thread, f"where is my order {order}", customer)
    assert tracking in signed.reply
    unsigned = await conversations.send(thread, f"and where is my order {order} now?", None)
    assert tracking not in unsigned.reply and unsigned.state.get("customer_id") is None
    assert not (unsigned.state["turn"].get("oms") or {}).get("orders")


async def test_another_customer_on_the_thread_is_refused_and_not_counted(conversations, two_customers):
    customer, order, tracking, other = two_customers
    thread = _thread()
    await conversations.send(thread, f"where is my order {order}", customer)
    intruder = await conversations.send(thread, f"where is my order {order}", other)
    assert intruder.state["turn"]["input_problem"] == "identity_mismatch"
    assert tracking not in intruder.reply
    assert intruder.state["customer_id"] == customer and intruder.state["exchanges"] == 1


async def test_policy_thresholds_come_from_settings_not_the_caller(conversations, big_refund):
    """Finding: context refund_limit 1e9 / confidence_threshold 0 removed refund_over_limit and low_confidence."""
    customer, order = big_refund
    state = await conversations.graph.ainvoke(
        {"messages": [HumanMessage(content=f"I want a refund for order {order}")]},
        config=conversations.config(_thread(), customer),
        context={"refund_limit": 1e9, "confidence_threshold": 0.0, "frustrated_after_replies": 99},
    )
    assert state["turn"]["route"] == "escalate" and "refund_over_limit" in state["turn"]["reasons"]
    assert not hasattr(SupportContext(), "refund_limit")


async def test_state_holds_no_past_ticket_text(conversations, two_customers, db_url):
    """Finding: turn.similar_tickets carried other customers' past tickets (names, order/tracking numbers)."""
    customer, order, *_ = two_customers
    result = await conversations.send(_thread(), "my parcel is late, where is it? it was supposed to come monday",
                                      customer)
    similar = result.state["turn"]["similar_tickets"]
    assert similar, "past tickets were retrieved"
    for ticket in similar:
        assert set(ticket) <= {"doc_id", "heading", "source", "score", "metadata"}
        assert "similarity" in ticket["metadata"] and "facts" not in ticket["metadata"]
    with psycopg.connect(db_url) as conn:
        texts = [r[0] for r in conn.execute(
            "SELECT t.messages::text FROM tickets t WHERE t.id = ANY(%s)", ([t["doc_id"] for t in similar],))]
    state_text = str(result.state)
    for text in texts:
        assert text[:60] not in state_text


async def test_a_replayed_id_with_different_text_is_refused(conversations, two_customers):
    """Finding: a replayed message id with different text silently replaced the customer's earlier message."""
    customer, order, *_ = two_customers
    config = conversations.config(_thread(), customer)
    message_id = str(uuid.uuid4())
    first = await conversations.graph.ainvoke(
        {"messages": [HumanMessage(content=f"where is my order {order}", id=message_id)]}, config=config)
    refused = await conversations.graph.ainvoke(
        {"messages": [HumanMessage(content="I never asked about an order", id=message_id)]}, config=config)
    assert refused["turn"]["input_problem"] == "conflicting_replay" and "not accepted" in refused["messages"][-1].content
    assert refused["messages"][0].content == f"where is my order {order}"
    assert "I never asked" not in str(refused["messages"])
    assert refused["exchanges"] == first["exchanges"] == 1
    later = await conversations.send(config["configurable"]["thread_id"], "thanks!", customer)
    assert later.state["exchanges"] == 2  # the thread carries on normally
