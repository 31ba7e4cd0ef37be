"""An order that has not come is a status question, never a damaged or wrong item (graph/reasoning/not_arrived.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.not_arrived import read_not_arrived, says_not_arrived


@pytest.mark.parametrize("text", [
    "the parcel has not arrived",
    "hi, my order hasn't arrived yet",
    "my order didn't arrive, what should I do?",
    "@ShopHelp my parcel still hasn't turned up. what now?!",
    "ordered a coat last week & no sign of it yet",
    "no sign of my order, placed it 10 days ago",
    "it still hasn't come and it's been 2 weeks",
    "still waiting for my package to arrive",
    "my jacket never came",
    "My boots have not arrived yet",
    # a delivery missed, to be tried again
    "the courier left a card but I was in?? how do I get it redelivered", "missed the delivery, what now?",
    "they tried to deliver while I was at work",
    # the day it was due has passed
    "the delivery window came and went and nothing. who do I contact?", "the expected delivery date has passed",
    "mi pedido no ha llegado",  # folded Spanish is not read: the patterns are English (no false reading either)
])
def test_an_order_that_has_not_come_is_read_as_such(text):
    assert says_not_arrived(text) == (not text.startswith("mi "))


@pytest.mark.parametrize("text", [
    "tracking says delivered but my parcel has not arrived",  # delivered but not received: a person's
    "my parcel was stolen, it never arrived",
    "the package arrived damaged",
    "one of the items hasn't arrived",  # part of an order: a missing item
    "the second parcel hasn't arrived",
    "only got half my order, the rest hasn't arrived",
    "I ordered a console from another store and it never came",
    "my refund hasn't arrived",
    "my order confirmation never came",
    "the return label never came",
    "the courier left a card but my parcel was stolen from the porch",
    "my gift card never came",
    "the reset link never arrived",
    "love waiting on hold for no sign of it",
])
def test_more_than_a_late_order_or_something_else_than_the_goods_is_not(text):
    assert not says_not_arrived(text)


def test_the_goods_problems_mass_goes_to_the_status_family_as_the_model_split_it():
    probs = {"shipping_delay": 0.5, "order_status": 0.1, "damaged_item": 0.2, "lost_package": 0.1, "complaint": 0.1}
    read = read_not_arrived(probs, "the parcel has not arrived")
    assert read["damaged_item"] == read["lost_package"] == 0.0
    assert read["shipping_delay"] == pytest.approx(0.5 + 0.3 * 5 / 6)
    assert read["order_status"] == pytest.approx(0.1 + 0.3 / 6)
    assert read["complaint"] == 0.1  # not contradicted by the parcel not coming
    assert sum(read.values()) == pytest.approx(1.0)


def test_with_no_status_reading_the_mass_goes_to_the_delay_and_other_messages_are_untouched():
    read = read_not_arrived({"wrong_item": 0.7, "complaint": 0.3}, "my order didn't arrive")
    assert read == {"wrong_item": 0.0, "complaint": 0.3, "shipping_delay": 0.7}
    probs = {"damaged_item": 0.9, "shipping_delay": 0.1}
    assert read_not_arrived(probs, "the parcel arrived damaged") is probs
