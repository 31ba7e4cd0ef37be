"""Which card paid for the customer's own order (graph/reasoning/own_payment.py): a question the order answers."""

from __future__ import annotations

import pytest

from graph.reasoning.offline.status_questions import asks_what_was_paid
from graph.reasoning.own_payment import asks_own_payment, read_own_payment


@pytest.mark.parametrize("text", [
    "which card did I use for my last order?",
    "what payment method was charged for NB109009?",
    "I want to know the total I paid for my most recent order and which card I used.",
    "what card was I charged on for the jacket?",
    # asked how, of a payment made: the order's status reply repeated its tracking
    "and how did I pay for it?", "how did I pay for my last order?", "what did I pay with?", "how was my order paid?",
])
def test_asks_what_paid_for_the_own_order(text):
    assert asks_own_payment(text) and asks_what_was_paid(text)


@pytest.mark.parametrize("text", [
    "which payment methods do you accept?", "what card do you accept?", "can I pay with a debit card?",
    "which card should I use?", "how do I pay?", "how did I pay so much for shipping?",
])
def test_asks_what_the_store_accepts(text):
    assert not asks_own_payment(text)


def test_the_payment_methods_reading_moves_to_order_status():
    probs = {"payment_methods": 0.8, "order_status": 0.15, "payment_dispute": 0.05}
    read = read_own_payment(probs, "which card did I use for my last order?")
    assert read["order_status"] == pytest.approx(0.95) and read["payment_methods"] == 0.0
    assert read_own_payment(probs, "which cards do you take?") is probs


@pytest.mark.parametrize("text", ["How much did I pay for the jeans?", "what was I charged for shipping?",
                                  "how much was my order?"])
def test_what_the_customer_paid_moves_the_price_reading_to_order_status(text):
    from graph.reasoning.own_payment import asks_own_amount

    assert asks_own_amount(text) and asks_what_was_paid(text)
    read = read_own_payment({"product_info": 0.7, "order_status": 0.2, "damaged_item": 0.1}, text)
    assert read["order_status"] == pytest.approx(0.9) and read["product_info"] == 0.0 and read["damaged_item"] == 0.1


def test_what_goods_cost_is_still_a_product_question():
    from graph.reasoning.own_payment import asks_own_amount

    probs = {"product_info": 0.9, "order_status": 0.1}
    assert not asks_own_amount("how much is the linen shirt?") and read_own_payment(probs, "how much is the tee?") is probs


@pytest.mark.parametrize(("text", "went_through"), [
    ("been charged but haven't had an order confirmation?? did it go through or not", True),
    ("money has gone out of my account but no order number", True),
    ("I was charged twice and have no confirmation", False),  # a double charge stays a dispute
    ("I was charged for an order I never placed", False),
    # said the other way round, and read as a refund awaited: "A refund of $98.00 ... was issued on May 12"
    ("I never received my order confirmation email but money was taken", True),
    ("didn't get an order number and my card was charged", True),
    ("never got a confirmation email, was I charged twice?", False),
])
def test_charged_with_no_confirmation_asks_whether_the_order_went_through(text, went_through):
    from graph.reasoning.own_payment import asks_if_charged_order_went_through

    assert asks_if_charged_order_went_through(text) is went_through
    read = read_own_payment({"payment_dispute": 0.4, "refund_status": 0.2, "order_status": 0.4}, text)
    assert (read["order_status"] == pytest.approx(1.0)) is went_through


def test_changing_a_placed_orders_payment_is_not_answered_with_a_declined_cards_advice():
    from graph.reasoning.offline.drafting import compose
    from graph.reasoning.own_payment import asks_to_change_order_payment
    from tests.unit.test_drafting import _request, article_passage

    for text in ("can I change the payment method on my order?", "I want to update the card for my last order",
                 "I placed an order last week and realized I used the wrong payment method. Can I switch it to my "
                 "PayPal?", "ordered yesterday with the wrong card, can you change it to my amex?"):
        assert asks_to_change_order_payment(text), text
    assert not asks_to_change_order_payment("can I change my payment method?")  # the account's, not an order's
    assert not asks_to_change_order_payment("can I pay with paypal")
    assert not asks_to_change_order_payment("my card got declined, can I switch it to paypal?")  # nothing placed
    # it quoted "...or pay with another method; if every card fails, your bank can tell you why it declined"
    draft = compose(_request("can I change the payment method on my order?", "payment_methods",
                             passages=[article_passage("payment-methods")]))
    assert "declined" not in draft.text and "help center" in draft.text


@pytest.mark.parametrize(("text", "paid"), [
    ("how much did my last order cost?", True), ("how much was my last order?", True), ("what did my order cost", True),
    # the order's number, status or shipping is no question of what it came to
    ("what was my order number", False), ("what is my order status", False),
    ("how much did my order cost to ship", False),
])
def test_what_an_order_came_to_asked_in_its_own_words(text, paid):
    """"how much did my last order cost?" got the order's status without its total."""
    assert asks_what_was_paid(text) is paid
