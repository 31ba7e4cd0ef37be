"""A question about the customer's orders as a whole (graph/reasoning/own_orders.py), and what several orders came to
(the drafting's list of their totals)."""

from __future__ import annotations

import pytest

from graph.reasoning import phrases
from graph.reasoning.offline.drafting import _paid_listed
from graph.reasoning.own_orders import asks_about_own_orders, read_own_orders_question


@pytest.mark.parametrize("text", [
    "show me all my orders please", "can you show me my order history",
    "I'd like to know how much I spent in total on my last three orders.", "what's the total of all my orders?",
    "how much have I paid for my orders this year?",
])
def test_questions_about_the_orders_as_a_whole(text):
    assert asks_about_own_orders(text)


@pytest.mark.parametrize("text", [
    "cancel all my orders", "I want to return both orders", "how much did I pay for the jacket?",
    "my order is late", "what's your return policy?",
    "I checked out as a guest last time. How do I see my past orders?",  # the account's way to them
])
def test_acts_on_them_or_one_order_or_none(text):
    assert not asks_about_own_orders(text)


def test_the_answerable_readings_go_to_the_status_and_a_persons_keep_theirs():
    read = read_own_orders_question({"order_status": 0.61, "product_info": 0.15, "payment_methods": 0.09,
                                     "complaint": 0.09, "return_policy": 0.06},
                                    "I'd like to know how much I spent in total on my last three orders.")
    assert read["order_status"] == pytest.approx(0.91) and read["complaint"] == 0.09 and read["product_info"] == 0.0


def test_what_several_orders_came_to_sums_only_the_money_kept():
    listed = [{"id": "NB1", "placed_at": "2026-12-06T10:00:00Z", "status": "in_transit", "total": 424.0},
              {"id": "NB2", "placed_at": "2026-11-27T10:00:00Z", "status": "delivered", "total": 154.95},
              {"id": "NB3", "placed_at": "2026-10-12T10:00:00Z", "status": "cancelled", "total": 176.4}]
    text = _paid_listed(listed, "en")
    assert "NB1 (December 6, 2026, on its way): $424.00" in text and "NB3 (October 12, 2026, cancelled): $176.40" in text
    assert "Together that is $578.95." in text  # the cancelled order's money came back
    assert text.endswith(phrases.say("refunded_not_counted", "en"))


def test_nothing_refunded_needs_no_note():
    listed = [{"id": "NB1", "placed_at": "2026-12-06T10:00:00Z", "status": "delivered", "total": 10},
              {"id": "NB2", "placed_at": "2026-11-27T10:00:00Z", "status": "delivered", "total": 5.5}]
    assert _paid_listed(listed, "de").endswith("Zusammen sind das $15.50.")
