"""A parcel held at a depot or waiting at a post office is the customer's shipment (graph/reasoning/held_parcel.py),
answered with its status (and, for a held status, the tracking article's word on it)."""

from __future__ import annotations

import pytest

from graph.reasoning.held_parcel import read_held_parcel, says_parcel_is_held


@pytest.mark.parametrize("text", [
    "my parcel is at the post office apparently, can I pick it up?",
    "tracking says held at depot, can I collect it?",
    "my package is waiting at the ups access point, how do I get it?",
])
def test_a_parcel_held_by_the_carrier(text):
    assert says_parcel_is_held(text)


@pytest.mark.parametrize("text", [
    "I'd rather it went to a parcel locker",  # where they would like it to go: a change of address
    "do you have a store in london?",
    "can I return it at the post office?",
])
def test_a_wish_a_store_or_a_return_is_not(text):
    assert not says_parcel_is_held(text)


def test_the_other_readings_move_to_the_status_reading_the_model_leans_to():
    probs = {"shipping_info": 0.89, "change_address": 0.05, "order_status": 0.01, "shipping_delay": 0.0}
    read = read_held_parcel(probs, "my parcel is at the post office, can I pick it up?")
    assert read["order_status"] == pytest.approx(0.95) and read["shipping_info"] == 0.0
    delayed = {"shipping_delay": 0.6, "lost_package": 0.3, "order_status": 0.1}
    assert read_held_parcel(delayed, "parcel stuck at the depot, not moving")["shipping_delay"] == pytest.approx(0.9)


def test_the_reply_gives_the_parcels_status_and_for_a_held_status_what_it_means():
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _demo_article, _in_transit, _request

    passages = [_demo_article("delivery-instructions", 0.52), _demo_article("track-your-order", 0.5)]
    at_post_office = compose(_request("my parcel is at the post office apparently, can I pick it up?", "order_status",
                                      passages=passages, oms={"orders": [_in_transit()]})).text
    assert "NB100001 is on its way with UPS" in at_post_office and "delivery instructions" not in at_post_office
    held = compose(_request("tracking says held at depot, can I collect it?", "order_status", passages=passages,
                            oms={"orders": [_in_transit()]})).text
    assert "you can arrange redelivery or collection through the tracking link" in held, held
