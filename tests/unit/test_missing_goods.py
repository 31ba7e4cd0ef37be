"""Goods that came short of the order are a missing item (graph/reasoning/missing_goods.py), a person's."""

from __future__ import annotations

import pytest

from graph.reasoning.missing_goods import read_missing_goods, reports_missing_goods
from graph.reasoning.problem_reports import GOODS_MISSING, reported_problems


@pytest.mark.parametrize("text", [
    "ordered a phone case and a charger, got the case but not the charger",
    "my grocery delivery came without the milk",
    "@Shop got my lamp today but the bulb was missing",
    "no belt in the box!",
    "received the jeans but no belt",
    "the scarf is missing from my parcel",
    "product arrived but the charger isn't in there", "the belt wasn't included", "the strap was not in the box",
    "box had the tee in it but no socks", "the parcel had the jeans but not the belt",
])
def test_goods_that_came_short_are_reported(text):
    assert reports_missing_goods(text) and GOODS_MISSING in reported_problems(text)


@pytest.mark.parametrize("text", [
    "got a confirmation but no tracking number", "it came without a receipt", "I got charged but no shipping "
    "confirmation", "got the shirt but not the jeans yet", "got the shirt but not the jeans, is the rest coming "
    "separately?", "what if an item is missing?", "the tracking number is missing", "came without the box",
    "I received my order but not the confirmation email",
    "the receipt wasn't in the box", "it isn't in there", "it had a receipt but no tracking",
])
def test_no_goods_or_the_rest_still_to_come_is_no_missing_item(text):
    assert not reports_missing_goods(text)


def test_the_other_readings_move_to_the_missing_item():
    probs = {"payment_dispute": 0.64, "shipping_delay": 0.2, "wrong_item": 0.1, "damaged_item": 0.06}
    read = read_missing_goods(probs, "ordered a phone case and a charger, got the case but not the charger")
    assert read["wrong_item"] == pytest.approx(0.94) and read["damaged_item"] == 0.06 and read["payment_dispute"] == 0
    assert read_missing_goods(probs, "got a confirmation but no tracking number") is probs
