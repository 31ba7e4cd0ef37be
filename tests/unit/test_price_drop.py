"""Goods cheaper since they were bought are asked about as the price adjustment (graph/reasoning/price_drop.py). Every
message is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.payment_options import paying_question
from graph.reasoning.price_drop import PRICE_ADJUSTMENT_QUESTION, says_price_dropped


@pytest.mark.parametrize(("text", "dropped"), [
    ("I bought the parka last week and now it's 30% off, can I get the difference back?", True),
    ("i ordered the boots on monday and they dropped in price today", True),
    ("the jacket I bought is on sale now, can you refund the difference?", True),
    ("I ordered it 2 days ago and it's half price now", True),
    # a sale asked about, a price paid, the policy asked by its name: no price gone down after the customer paid
    ("is the parka on sale?", False), ("I bought it with 30% off", False), ("do you do price adjustments?", False),
])
def test_a_price_gone_down_after_the_customer_paid(text, dropped):
    assert says_price_dropped(text) is dropped


def test_it_is_searched_and_answered_in_the_help_centers_words():
    assert paying_question("the jacket I bought is on sale now, can you refund the difference?") == (
        PRICE_ADJUSTMENT_QUESTION)
    assert paying_question("is the parka on sale?") is None
