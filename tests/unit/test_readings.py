"""Mass moved off ruled-out readings onto the one the words point at (graph/reasoning/readings.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.readings import moved_to


def test_ruled_out_readings_give_their_mass_to_the_one_pointed_at_and_nothing_else_moves():
    probs = {"damaged_item": 0.4, "sizing": 0.2, "product_info": 0.3, "shipping_info": 0.1}
    read = moved_to(probs, ("damaged_item", "sizing"), "product_info")
    assert read == pytest.approx({"damaged_item": 0.0, "sizing": 0.0, "product_info": 0.9, "shipping_info": 0.1})
    assert moved_to({"return_policy": 0.2}, ("refund_status",), "return_policy") == {"return_policy": 0.2}
    assert moved_to({"refund_status": 1.0}, ("refund_status",), "return_policy")["return_policy"] == 1.0
