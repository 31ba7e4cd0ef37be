"""A return asked for with the way its refund is paid is a return (graph/reasoning/return_refund.py). Every message
here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.return_refund import asks_a_return_with_its_refund, read_return_with_refund

SPLIT = {"return_request": 0.6, "refund_request": 0.37, "refund_status": 0.03}


@pytest.mark.parametrize("text", [
    "I'd like to return a sweater from my last order, and I want the refund on my original card.",
    "can I send the boots back and get my money on paypal?",
    "I want to return my order and get the refund as store credit",
    "I need to start a return, refund to my visa please",
    "Hello, how much would I get back if I returned the parka?",  # one weighed: its reply says the refund
])
def test_a_return_asked_with_its_refund_is_read_as_the_return(text):
    assert asks_a_return_with_its_refund(text)
    read = read_return_with_refund(SPLIT, text)
    assert read["return_request"] == pytest.approx(0.97) and read["refund_request"] == 0.0
    assert read["refund_status"] == pytest.approx(0.03)  # a refund awaited is not this reader's to move


@pytest.mark.parametrize("text", [
    "I want a refund without returning the item",  # nothing sent back
    "I already returned the jacket, when do I get my refund?",  # sent back: a refund awaited
    "I'd like to return the jeans",  # no refund spoken of: nothing to move
    "can I get my money back for the late delivery?",  # no return asked
    "I returned the parka, how much will I get back?",  # sent back: a refund awaited
])
def test_other_refund_messages_keep_their_reading(text):
    assert read_return_with_refund(SPLIT, text) is SPLIT
