"""An order confirmation not received, or asked again, is the order's question (graph/reasoning/missing_confirmation.py).
Every message here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.missing_confirmation import asks_for_order_confirmation, read_missing_confirmation


@pytest.mark.parametrize("text", [
    "can you resend my order confirmation email? never got it",  # read 0.66 as a status, and handed over
    "I never got a confirmation email for my order", "no confirmation email yet, did my order go through?",
    "the confirmation email never came", "can you send me the confirmation again", "please forward me the order confirmation",
])
def test_an_order_confirmation_not_received_or_asked_again(text):
    assert asks_for_order_confirmation(text)
    probs = {"order_status": 0.66, "account_help": 0.19, "lost_package": 0.05, "return_request": 0.1}
    read = read_missing_confirmation(probs, text)
    assert read["order_status"] == pytest.approx(1.0) and read["account_help"] == 0.0


@pytest.mark.parametrize("text", [
    "didn't get my return confirmation", "I was charged but never got a confirmation",  # a charge: own_payment.py
    "resend the password reset email", "where is my order confirmation number?", "my order hasn't arrived",
])
def test_a_confirmation_of_something_else_or_a_charge_keeps_its_reading(text):
    assert not asks_for_order_confirmation(text)
    probs = {"order_status": 0.4, "account_help": 0.6}
    assert read_missing_confirmation(probs, text) == probs
