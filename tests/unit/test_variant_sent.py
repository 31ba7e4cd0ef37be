"""One colour or size ordered and another come is goods sent in error (graph/reasoning/variant_sent.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.variant_sent import read_variant_sent, says_other_variant_came


@pytest.mark.parametrize("text", [
    "ordered black, got navy. not impressed",
    "I ordered a medium and got a large",
    "ordered the jacket in black and got it in navy",
    "I ordered a size 10 but they sent me a 9",
    "bought it in grey, came in blue??",
])
def test_another_variant_come_than_the_one_ordered_is_told(text):
    assert says_other_variant_came(text)


@pytest.mark.parametrize("text", [
    "ordered a medium, it's too big",  # one variant: a fit problem
    "I ordered a medium but want a large now",  # a change of mind (other_variant.py)
    "I ordered black and got black",  # the same one
    "ordered the boots in size 9, received size 9 but they are small",
])
def test_one_variant_or_the_same_one_is_not(text):
    assert not says_other_variant_came(text)


def test_the_tier_one_readings_move_to_the_wrong_item_and_a_persons_keep_theirs():
    probs = {"order_status": 0.52, "wrong_item": 0.23, "exchange": 0.05, "damaged_item": 0.2}
    read = read_variant_sent(probs, "ordered black, got navy. not impressed")
    assert read["wrong_item"] == pytest.approx(0.8) and read["damaged_item"] == pytest.approx(0.2)
    assert read_variant_sent(probs, "ordered a medium, it's too big") is probs
