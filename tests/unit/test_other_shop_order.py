"""An order placed with another shop is out of scope (graph/reasoning/other_shop_order.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.other_shop_order import names_another_shops_order, read_other_shop_order


@pytest.mark.parametrize(("text", "other_shop"), [
    ("my amazon order is late, can you help?", True), ("my ebay parcel never came", True),
    ("where is my uber eats delivery", True), ("I need help with my Amazon Prime order", True),
    ("@shop my etsy package is stuck", True),
    # goods of ours bought through a marketplace ask the brand something; a word that is also a shop's name
    ("i bought your jacket on amazon can i return it to you", False), ("the target delivery date has passed", False),
    ("do you sell on amazon?", False), ("my order is late", False),
])
def test_another_shops_order_named(text, other_shop):
    assert names_another_shops_order(text) is other_shop


def test_every_reading_goes_to_out_of_scope():
    probs = {"shipping_delay": 0.9, "order_status": 0.08, "out_of_scope": 0.02}
    read = read_other_shop_order(probs, "my amazon order is late")
    assert read == pytest.approx({"shipping_delay": 0.0, "order_status": 0.0, "out_of_scope": 1.0})
    assert read_other_shop_order(probs, "my order is late") is probs
