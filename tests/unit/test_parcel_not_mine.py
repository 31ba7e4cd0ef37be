"""A parcel meant for someone else (graph/reasoning/parcel_not_mine.py): the help center's article answers."""

from __future__ import annotations

import pytest

from graph.reasoning.parcel_not_mine import (
    NOT_MINE_SEARCH,
    read_parcel_not_mine,
    says_parcel_is_someone_elses,
    with_parcel_not_mine,
)


@pytest.mark.parametrize("text", [
    "I received someone else's package",
    "a package for my neighbour got delivered to me, what do I do?",
    "i received a parcel that isn't mine",
    "I got a box addressed to a different street",
])
def test_a_parcel_meant_for_someone_else(text):
    assert says_parcel_is_someone_elses(text)


@pytest.mark.parametrize("text", [
    "you sent me someone else's jacket in my order",  # goods in the customer's own order
    "my parcel had someone else's order in it",
    "I got the wrong item",
    "my parcel was delivered to someone else's house",  # their own parcel, gone elsewhere
])
def test_wrong_goods_or_an_own_parcel_gone_elsewhere(text):
    assert not says_parcel_is_someone_elses(text)


def test_the_own_order_readings_move_to_the_shipping_question():
    probs = {"wrong_item": 0.6, "shipping_info": 0.3, "return_policy": 0.1}
    read = read_parcel_not_mine(probs, "I received someone else's package")
    assert read["shipping_info"] == pytest.approx(0.9) and read["wrong_item"] == 0.0
    assert read_parcel_not_mine(probs, "I got the wrong item") is probs


def test_someone_elses_goods_in_the_customers_own_parcel_are_a_wrong_item_not_a_shipping_question():
    probs = {"shipping_info": 0.83, "wrong_item": 0.1, "return_policy": 0.07}
    read = read_parcel_not_mine(probs, "received someone else's order in my box lol. what do I do with it?")
    assert read["wrong_item"] == pytest.approx(0.93) and read["shipping_info"] == 0.0
    assert read_parcel_not_mine(probs, "I received someone else's package")["shipping_info"] == pytest.approx(0.93)


def test_someone_elses_parcel_is_searched_in_the_help_centers_words():
    """"you sent me someone else's order" found the missing order confirmation by "order"."""
    assert with_parcel_not_mine("you sent me someone else's order") == f"you sent me someone else's order {NOT_MINE_SEARCH}"
    assert with_parcel_not_mine("where is my order") == "where is my order"
