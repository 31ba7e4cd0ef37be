"""What an order holds, asked through the whole graph: the real demo OMS over HTTP, the Postgres checkpointer and
the trained offline engine. One order asked about gets its lines; several get a list of them."""

from __future__ import annotations

import uuid

import psycopg
import pytest

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def customer_with_orders(demo_store, db_url):
    """(customer_id, [order ids, newest first]) of a customer with at least three orders."""
    with psycopg.connect(db_url) as conn:
        customer = conn.execute(
            "SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) >= 3 ORDER BY customer_id LIMIT 1",
        ).fetchone()[0]
        orders = [row[0] for row in conn.execute(
            "SELECT id FROM orders WHERE customer_id = %s ORDER BY placed_at DESC, id DESC", (customer,))]
    return customer, orders


async def test_what_an_order_held_is_answered_with_its_lines(conversations, customer_with_orders):
    customer_id, _ = customer_with_orders
    answer = await conversations.send(f"test-{uuid.uuid4()}", "what was in my last order?", customer_id)
    assert answer.route == "answer", answer.reasons
    order = answer.state["turn"]["oms"]["orders"][0]
    assert f"Order {order['id']}, placed on" in answer.reply and "It came to $" in answer.reply
    assert all(line["product_name"] in answer.reply for line in order["items"])


async def test_a_question_about_several_orders_lists_them(conversations, customer_with_orders):
    customer_id, orders = customer_with_orders
    answer = await conversations.send(f"test-{uuid.uuid4()}", "can you list the items in my last two orders?",
                                      customer_id)
    assert answer.route == "answer", answer.reasons
    assert "most recent orders" in answer.reply
    assert orders[0] in answer.reply and orders[1] in answer.reply


async def test_what_several_orders_came_to_is_each_ones_total_and_their_sum(conversations, customer_with_orders, db_url):
    """"how much I spent in total on my last three orders" read 0.62 and went to a person."""
    customer_id, orders = customer_with_orders
    answer = await conversations.send(
        f"test-{uuid.uuid4()}", "Good morning. I'd like to know how much I spent in total on my last three orders.",
        customer_id)
    assert answer.route == "answer", answer.reasons
    with psycopg.connect(db_url) as conn:
        rows = conn.execute("SELECT id, total, status FROM orders WHERE id = ANY(%s)", (orders[:3],)).fetchall()
    assert all(f"{order_id} (" in answer.reply and f"${float(total):,.2f}" in answer.reply for order_id, total, _ in rows)
    kept = sum(float(total) for _, total, status in rows if status not in ("cancelled", "returned"))
    assert f"Together that is ${kept:,.2f}." in answer.reply


async def test_all_the_orders_asked_for_after_one_are_listed(conversations, customer_with_orders):
    """After one order's lines, "show me all my orders please" got "I think I've told you all I can about" it."""
    customer_id, orders = customer_with_orders
    thread = f"test-{uuid.uuid4()}"
    await conversations.send(thread, f"what's in order {orders[0]}?", customer_id)
    answer = await conversations.send(thread, "show me all my orders please", customer_id)
    assert answer.route == "answer", answer.reasons
    assert "most recent orders" in answer.reply and orders[1] in answer.reply and orders[2] in answer.reply


async def test_orders_asked_to_be_listed_before_a_cancellation_are_listed_to_choose_from(conversations,
                                                                                        customer_with_orders):
    """"I'm not sure which one, can you list them?" got "I think I've told you all I can about" the order picked."""
    customer_id, orders = customer_with_orders
    thread = f"test-{uuid.uuid4()}"
    await conversations.send(thread, "Hello, I need to cancel one of my orders because I no longer need it.", customer_id)
    answer = await conversations.send(thread, "I'm not sure which one, can you list them?", customer_id)
    assert answer.route == "answer", answer.reasons
    assert "Which one is it?" in answer.reply and all(order in answer.reply for order in orders[:3])
    assert answer.state.get("pending_action") is None  # nothing proposed before the customer chooses
