"""Whether goods can be returned under a condition is the return policy's question (graph/reasoning/return_conditions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.return_conditions import asks_return_under_condition, read_return_condition


@pytest.mark.parametrize("text", [
    "can I return a swimsuit if the hygiene sticker is still on?", "could I send the boots back without the box",
    "can I still return it after 30 days?", "is it possible to return jeans even though I washed them?",
])
def test_a_return_asked_about_under_a_condition_is_the_policys(text):
    """"can I return a swimsuit if the hygiene sticker is still on?" was read as a return to start, and the reply said
    none of the customer's orders contains a swimsuit."""
    assert asks_return_under_condition(text)
    read = read_return_condition({"return_request": 0.9, "return_policy": 0.1}, text)
    assert read["return_policy"] == pytest.approx(1.0) and read["return_request"] == 0.0


@pytest.mark.parametrize("text", [
    "can I return the boots?",  # no condition: the return itself
    "can I return the boots if possible?",  # a request softened
    "I want to return my jacket",
    "can you return it if I send you the order number",  # asks us to act
    "is it possible to return the bookshelf after it arrives?",  # when it goes back plans a return
])
def test_a_return_asked_for_keeps_its_reading(text):
    assert not asks_return_under_condition(text)
