"""Money asked after on a statement or a card (graph/reasoning/money_on_statement.py): the refund's timing, asked of
the refund articles in their words; a charge is no refund."""

from __future__ import annotations

import pytest

from graph.nodes.retrieve import _in_house_words
from graph.reasoning.money_on_statement import (
    REFUND_REACH_ASKS,
    asks_when_money_shows,
    read_money_on_statement,
)


@pytest.mark.parametrize("text", [
    "When will I see it on my statement?", "how long until the money is back on my card?",
    "when will it be back in my paypal", "how many days before it shows up on my bank statement?",
    "@NorthboundHelp how long do refunds take to go back onto a credit card?",
])
def test_when_money_shows_is_asked(text):
    assert asks_when_money_shows(text)
    assert _in_house_words(text) == REFUND_REACH_ASKS


@pytest.mark.parametrize("text", [
    "when will the charge show on my card",  # a charge, not money coming back
    "I was debited twice, when will it be back in my account?",
    "when will I see the parcel", "how do I update the card on my account?",
])
def test_a_charge_or_a_parcel_is_not(text):
    assert not asks_when_money_shows(text)


def test_the_orders_reading_goes_to_the_refunds_status():
    read = read_money_on_statement({"order_status": 0.9, "refund_status": 0.08, "complaint": 0.02},
                                   "When will I see it on my statement?")
    assert read["refund_status"] == pytest.approx(0.98) and read["order_status"] == 0.0 and read["complaint"] == 0.02
