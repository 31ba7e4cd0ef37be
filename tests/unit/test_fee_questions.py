"""What the shop charges for a delivery or a return is no disputed charge (graph/reasoning/fee_questions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.fee_questions import asks_delivery_fee, asks_return_fee, read_fee_question


@pytest.mark.parametrize("text", [
    "do you charge duties?", "will I be charged customs on an order to the UK?", "how much do you charge for express?",
    "how much is shipping to canada and do you charge duties?", "Is there a fee for international delivery?",
    "would I get charged import tax in Germany?",
])
def test_a_delivery_fee_asked_about(text):
    assert asks_delivery_fee(text) and not asks_return_fee(text)


@pytest.mark.parametrize("text", [
    "do you charge a restocking fee?", "do you guys charge for returns?", "is there a charge for exchanges?",
    "will I be charged for the return label?",
])
def test_a_return_fee_asked_about(text):
    assert asks_return_fee(text) and not asks_delivery_fee(text)


@pytest.mark.parametrize("text", [
    "why did you charge me twice?", "you charged me for shipping again", "i was charged twice, will I be charged "
    "again when it ships?", "I was charged for an order I never authorised", "do you charge my card when I order?",
    "charge my card for express please",
])
def test_a_charge_taken_or_no_fee_named_is_no_fee_question(text):
    assert not asks_delivery_fee(text) and not asks_return_fee(text)


def test_the_payment_readings_move_to_the_fee_article():
    probs = {"payment_dispute": 0.7, "payment_methods": 0.1, "shipping_info": 0.15, "return_policy": 0.05}
    read = read_fee_question(probs, "do you charge duties?")
    assert read["shipping_info"] == pytest.approx(0.95) and read["payment_dispute"] == 0.0
    read = read_fee_question(probs, "do you charge a restocking fee?")
    assert read["return_policy"] == pytest.approx(0.85) and read["payment_methods"] == 0.0
    assert read_fee_question(probs, "why did you charge me twice?") is probs
