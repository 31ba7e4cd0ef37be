"""Asking to speed up an order already placed is the order's status (graph/reasoning/speed_up.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.speed_up import asks_to_speed_up, read_speed_up


@pytest.mark.parametrize(("text", "speed_up"), [
    ("is there a way to speed up my order? i need it sooner", True), ("can you expedite my order", True),
    ("can you rush my order please, it's a gift", True), ("how can i get it faster", True),
    ("please hurry my parcel up", True),
    ("how fast is express shipping?", False), ("my order is late", False), ("can you cancel my order", False),
])
def test_a_speed_up_asked(text, speed_up):
    assert asks_to_speed_up(text) is speed_up


def test_the_other_readings_go_to_the_status_family_as_the_model_split_it():
    probs = {"cancel_order": 0.6, "order_status": 0.2, "shipping_delay": 0.05, "shipping_info": 0.15}
    read = read_speed_up(probs, "is there a way to speed up my order?")
    assert read["cancel_order"] == 0.0 and read["shipping_info"] == pytest.approx(0.15)
    assert read["order_status"] == pytest.approx(0.2 + 0.6 * 0.8) and read["shipping_delay"] == pytest.approx(0.05 + 0.6 * 0.2)
    assert read_speed_up(probs, "cancel my order") is probs
