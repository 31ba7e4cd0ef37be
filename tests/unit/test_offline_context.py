"""An unclear later message is read together with the request it continues (graph/reasoning/offline/engine.py):
the customer's last message that asked something, not a detail given in between. Messages written for the test."""

from __future__ import annotations

from graph.reasoning.offline.engine import request_before


def test_details_given_in_between_are_skipped():
    previous = ["I'd like to send back the boots from my last order", "sure, my email is kim.ode@example.net",
                "it's #NB104233"]
    assert request_before(previous) == previous[0]


def test_the_last_message_is_used_when_it_asks_something():
    previous = ["where is my parcel?", "and when will the other one get here?"]
    assert request_before(previous) == previous[-1]


def test_only_details_falls_back_to_the_last_message():
    previous = ["Kim Ode, 60614", "#NB104233"]
    assert request_before(previous) == previous[-1]


def test_goods_named_as_an_answer_are_a_detail_too():
    """"how much longer will it take?" after "it was the tiered maxi dress" (the goods of a refund asked after) was read
    with the goods and got their price from the catalogue."""
    previous = ["hi, I returned an item two weeks ago and I haven't got my refund", "it was the tiered maxi dress"]
    assert request_before(previous) == previous[0]
    assert request_before(["my order is late", "they're too big"]) == "they're too big"  # a reason: it says something
