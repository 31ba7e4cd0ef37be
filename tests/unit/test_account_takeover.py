"""Signs that someone else is in the account (graph/reasoning/account_takeover.py): tier 2."""

from __future__ import annotations

import pytest

from graph.reasoning.account_takeover import signs_of_takeover


@pytest.mark.parametrize("text", [
    "got an email that my password was changed but I didn't change it",
    "my account email has been changed and now I can't sign in",
    'there are orders on my account I never placed',
    "someone placed an order on my account, I didn't make it",
    "my account shows an address I don't recognise",
    "there's a card saved on my account that isn't mine",
    "I received a confirmation for an order I didn't place",
    "my account has an address I've never lived at",
    "somebody is placing orders on my account",  # going on now
])
def test_changes_orders_and_details_the_customer_did_not_make_are_signs(text):
    assert signs_of_takeover(text)


@pytest.mark.parametrize("text", [
    'how do I change the email on my account?',
    "I changed my password and now I can't log in",
    'I want to change my address',
    'my order confirmation has the wrong address',
    "I didn't get an email when my password was changed",
    'can I place an order without an account?',
    'someone placed an order for me as a gift',
    'can someone help me with my account',
    'I never placed an order with you before, do you ship to Canada?',
    "I placed an order but didn't get a confirmation",
    "I reset my password and it was changed, but I still can't log in",
    "I've just updated my email and now it says my password was reset and I can't sign in",
    "I don't recognise the brand on the parcel",
    'my password reset email never came',
])
def test_changing_ones_own_details_or_a_missing_email_is_not(text):
    assert not signs_of_takeover(text)
