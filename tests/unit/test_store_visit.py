"""Whether the brand has a place to go is a policy question (graph/reasoning/store_visit.py). Every message here is
written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.store_visit import asks_for_a_place, asks_where_to_shop, read_store_visit


@pytest.mark.parametrize("text", [
    "is there a store near me where I can drop off a return?",
    "do you have a shop in Chicago?",
    "where's your nearest branch? I'd rather collect my order",
    "any stores near me I could take this back to?",
    # goods taken back in person
    "can I return my order in store?", "can I take it back to one of your shops?", "do you do in-store returns",
    # goods seen or tried on in person
    "can I try things on somewhere before buying?", "could I see the coat in person first?", "can I visit your showroom?",
])
def test_asks_whether_there_is_a_place_to_go(text):
    assert asks_for_a_place(text)


@pytest.mark.parametrize("text", [
    "I want to return the jacket I bought",
    "the store credit from my return hasn't shown up",
    "where is my order?",
    # a carrier's counter is no store of ours
    "can i drop my return off at a UPS store?", "can I take the return to the post office",
    "can I try it on and send it back if it doesn't fit?",
])
def test_a_request_or_store_credit_is_no_question_about_a_place(text):
    assert not asks_for_a_place(text)


def test_the_order_readings_move_to_the_policy_of_their_subject():
    probs = {"return_request": 0.7, "return_policy": 0.1, "order_status": 0.15, "shipping_info": 0.05}
    read = read_store_visit(probs, "is there a store near me where I can drop off a return?")
    assert read["return_policy"] == pytest.approx(0.8) and read["shipping_info"] == pytest.approx(0.2)
    assert read["return_request"] == 0.0 and read["order_status"] == 0.0
    assert read_store_visit(probs, "I want to return the jacket") is probs


@pytest.mark.parametrize("text, where_to_shop", [
    ("do you have a store in London?", True), ("can I try things on somewhere before buying?", True),
    ("is there a store near me where I can drop off a return?", False), ("can I take it back to one of your shops?", False),
    # an order collected in person (it got the order's status), never a carrier's counter
    ("can I pick up my order somewhere?", True), ("do you do click and collect?", True),
    ("can I collect it from the post office?", False),
])
def test_a_place_to_shop_is_told_from_a_place_to_take_a_return(text, where_to_shop):
    assert asks_where_to_shop(text) is where_to_shop


def test_a_place_to_shop_moves_every_answerable_reading_onto_shipping_information():
    """"do you have a store in London?" reads as goods in stock, "can I try things on somewhere?" as the return policy:
    both are the shipping article's "there is no store". A person's readings keep their mass."""
    probs = {"product_info": 0.5, "return_policy": 0.2, "out_of_scope": 0.1, "shipping_info": 0.1, "complaint": 0.1}
    read = read_store_visit(probs, "do you have a store in London?")
    assert read["shipping_info"] == pytest.approx(0.9) and read["complaint"] == pytest.approx(0.1)
    assert read["product_info"] == read["return_policy"] == read["out_of_scope"] == 0.0
