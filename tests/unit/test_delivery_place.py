"""Asking to change where an order is delivered is an address change (graph/reasoning/delivery_place.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.delivery_place import asks_to_change_where_delivered, read_delivery_place


@pytest.mark.parametrize(("text", "change"), [
    ("can i change where my parcel is delivered?", True), ("thanks. and can i change where it gets delivered?", True),
    ("can you redirect my parcel to my work address", True), ("can i have it sent to a different address?", True),
    # a loss told: the parcel's problem keeps its reading
    ("my parcel is lost, can you redirect it?", False), ("where was my parcel delivered? it's not here", False),
    ("where is my parcel?", False),
    # the name it goes to ("change the name on the order? it's a gift" was read as a cancellation, 0.98)
    ("Is it possible to change the name on the order? It's a gift", True), ("I put the wrong name on my order", True),
    ("can you update the recipient name on my parcel", True), ("how do I change the name on my account", False),
])
def test_a_change_of_where_the_order_goes(text, change):
    assert asks_to_change_where_delivered(text) is change


def test_the_lost_parcel_reading_goes_to_the_address_change():
    probs = {"lost_package": 0.57, "change_address": 0.25, "shipping_info": 0.18}
    read = read_delivery_place(probs, "can i change where my parcel is delivered?")
    assert read == pytest.approx({"lost_package": 0.0, "change_address": 0.82, "shipping_info": 0.18})


def test_a_cancellation_read_into_a_change_of_the_name_on_the_order_goes_to_the_address_change():
    probs = {"cancel_order": 0.98, "change_address": 0.01, "exchange": 0.01}
    read = read_delivery_place(probs, "can you change the name on the order? it's a gift")
    assert max(read, key=read.get) == "change_address" and read["cancel_order"] == 0.0
