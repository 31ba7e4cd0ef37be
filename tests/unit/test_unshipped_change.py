"""Goods changed on an order that hasn't shipped (graph/reasoning/unshipped_change.py, tools/oms/order_choice.py):
a change to the placed order, which the cancellation flow answers, not an exchange of goods received."""

from __future__ import annotations

import pytest

from graph.reasoning.one_request import same_request
from graph.reasoning.unshipped_change import read_unshipped_change
from tools.oms.order_choice import none_unshipped_as_said, says_not_shipped_yet, wants_it_before_shipping


@pytest.mark.parametrize("text", [
    "I ordered the wrong size, can I swap before it ships?",
    "just ordered a M but need a L, can you change it? hasn't shipped yet",
    "oops I picked the wrong colour on my order from this morning, can you swap it to black?",
    "can I exchange the size on my order? I only placed it an hour ago",
    "placed it 20 minutes ago and want the blue one instead",
    "I'd like to change the shipping address on my pending order",
])
def test_an_order_wanted_changed_before_it_ships(text):
    assert wants_it_before_shipping(text)


@pytest.mark.parametrize("text", [
    "can I exchange my boots for a size up?",
    "I want to swap the jacket I got last week",
    "the exchange hasn't shipped yet, where is it?",  # the replacement of an exchange made
    "my replacement still hasn't been sent",
])
def test_goods_received_or_a_replacement_awaited(text):
    assert not wants_it_before_shipping(text)


def test_the_exchange_reading_of_a_change_before_shipping_moves_to_the_cancellation():
    probs = {"exchange": 0.7, "cancel_order": 0.2, "order_status": 0.1}
    read = read_unshipped_change(probs, "can I swap the size before it ships?")
    assert read["cancel_order"] == pytest.approx(0.9) and read["exchange"] == 0.0
    assert read_unshipped_change(probs, "can I swap the size? it came yesterday") is probs
    # money asked back before it ships is the cancellation too
    refund = {"refund_request": 0.9, "cancel_order": 0.05, "order_status": 0.05}
    read = read_unshipped_change(refund, "Can I get a refund for my order? It hasn't shipped yet.")
    assert read["cancel_order"] == pytest.approx(0.95)
    assert read_unshipped_change(refund, "can I get a refund? the zip broke") is refund


def test_a_part_read_as_an_exchange_is_the_same_request_when_the_order_hasnt_shipped():
    whole = "can I exchange the size on my order? I only placed it an hour ago"
    part = "can I exchange the size on my order?"
    assert same_request(part, "exchange", whole)
    assert not same_request(part, "shipping_info", whole)
    assert not same_request(part, "exchange", "can I exchange the size? Also do you ship to Canada?")
    # the money asked in a request for late-delivery credit ("the difference", alone, reads as a promo code's)
    assert same_request("Refund the difference?", "promo_code", "It came in standard time. Refund the difference?")
    assert not same_request("Refund the difference?", "promo_code", "The price dropped. Refund the difference?")


def test_none_waiting_to_ship_is_said_when_the_customer_says_theirs_hasnt_shipped():
    delivered = [{"id": "NB1", "status": "delivered", "items": [{"product_name": "Ridgeline Pocket Tee"}]},
                 {"id": "NB2", "status": "in_transit", "items": [{"product_name": "Wayfarer Chelsea Boot"}]}]
    waiting = [{"id": "NB3", "status": "processing", "items": []}, *delivered]
    text = "I only placed it an hour ago, can you change the colour?"
    assert none_unshipped_as_said(delivered, {"cancel_order"}, text)
    assert not none_unshipped_as_said(waiting, {"cancel_order"}, text)
    # a hope that it hasn't shipped says nothing of it; goods named point at the order meant, shipped or not
    assert says_not_shipped_yet(text) and not says_not_shipped_yet("can you take it off before it goes out?")
    assert not none_unshipped_as_said(delivered, {"cancel_order"}, "can you stop it before it ships?")
    assert not none_unshipped_as_said(delivered, {"cancel_order"}, "take the chelsea boot off my unshipped order")
