"""Money taken for a failed payment or an order that never went through (graph/reasoning/payment_failures.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.payment_failures import reports_money_taken_without_order


@pytest.mark.parametrize("text", [
    'my card got declined so I paid with paypal, now both show as charged',
    'payment failed at checkout but the money still left my bank account',
    "The order didn't go through but I was charged anyway",
    'I paid but never got an order confirmation and my bank shows the payment',
    "checkout error, tried again, now I've been charged twice",
    'transaction failed. Money has been taken from my account though',
    "it said payment declined but it's pending on my card",
    "there's no order on my account but the money was debited",
    # the taker named instead of the money
    "payment declined at checkout but they took the money anyway",
    "paypal failed so I paid by card and now both have taken the money",
    # the customer's own payment, then no order
    "I paid but never got an order confirmation and there's no order in my account",
])
def test_a_failed_payment_that_took_money_is_reported(text):
    assert reports_money_taken_without_order(text)


@pytest.mark.parametrize("text", [
    'my card was declined',
    'my card was declined, what else can I pay with?',
    'I was charged $12 for shipping, why?',
    'payment failed, can I try again?',
    'how long until the money is taken from my card?',
    'I never got a confirmation email',
    'my order was cancelled, when will I get my money back?',
    'Was I charged for shipping?',
    "paypal isn't working at checkout",
    'I cancelled my order yesterday, has the refund gone through?',
    'does klarna charge interest?',
    "I didn't get an order confirmation, did my order go through?",
    'my order was cancelled and the refund went through',
    'my order was cancelled, the money is still on my card',
    'I cancelled my order but I was still charged',
    'my order got cancelled but the money was taken',
    'payment failed, if I try again will you take the money twice?',
    'my card was declined so I took the money out of savings',
    'I paid with paypal but my card was declined', 'I paid for express but it came late',
    'I paid but never got an order confirmation',  # the order may be there, its email late
])
def test_either_half_alone_or_a_refund_question_is_not(text):
    assert not reports_money_taken_without_order(text)
