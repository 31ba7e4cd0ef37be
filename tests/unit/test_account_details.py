"""A detail of the account asked to be changed is answered only by a sentence about that detail
(graph/reasoning/account_details.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.account_details import answers_another_detail, detail_to_change, read_detail_change
from graph.reasoning.offline.drafting import compose
from tests.unit.test_drafting import _request, article_passage


@pytest.mark.parametrize(("text", "detail"), [
    ("how do I change my name on my account? I got married", "name"),
    ("I moved, how do I update my address in my account", "address"),
    ("can I remove my saved card from my account", "card"),
    ("my card expired, how do I add a new one to my account?", "card"),
    ("I need to update my phone number", "phone"),
    ("can I change my date of birth on my profile", "birthday"),
    ("quiero cambiar mi número de teléfono en mi cuenta", "phone"),
    ("how do I change my email address?", "email"),
])
def test_the_detail_asked_to_be_changed(text, detail):
    assert detail in detail_to_change(text)


@pytest.mark.parametrize("text", [
    "I changed my email and now I can't log in",  # done by the customer, not asked
    "I changed my phone and the app logged me out",  # a device
    "what's my account email?",
])
def test_a_detail_only_mentioned_is_none_to_change(text):
    assert detail_to_change(text) == set()


def test_an_answer_about_another_detail_does_not_answer():
    email_change = "Sign in, go to Account > Profile and enter the new email."
    assert answers_another_detail("how do I change my name on my account?", email_change)
    assert not answers_another_detail("how do I change my email?", email_change)
    assert not answers_another_detail("where is my order?", email_change)
    # the article's title says which detail a sentence naming none is about
    confirm = ("We send a confirmation link to the new address; the change applies after you click it.\nMore in our "
               "help center: “Change the email on your account” — https://help.example.com/articles/change-email")
    assert answers_another_detail("I'd like to update the default address on my account to 88 Pine Ave", confirm)


def test_a_change_on_the_account_is_read_as_the_accounts_and_a_takeover_keeps_its_mass():
    read = read_detail_change({"cancel_order": 0.7, "account_help": 0.3}, "can I change my date of birth on my profile")
    assert read["account_help"] == pytest.approx(1.0)
    kept = {"payment_dispute": 0.6, "account_help": 0.4}
    assert read_detail_change(kept, "someone changed the email on my account, please remove the new email")["payment_dispute"] == 0.6
    on_order = {"change_address": 0.9, "account_help": 0.1}
    assert read_detail_change(on_order, "update my address on my order, it's in my account") is on_order


@pytest.mark.parametrize("question", ["how do I change my name on my account? I got married",
                                      "I want to update the billing address on my account",
                                      "Hi, I'd like to update the default address on my account to 88 Pine Ave, "
                                      "Denver CO 80203."])
def test_the_reply_says_the_help_center_does_not_answer_instead_of_the_email_change(question):
    """"how do I change my name on my account?" was told how to change the email."""
    reply = compose(_request(question, "account_help", passages=[article_passage("change-email")])).text
    assert "enter the new email" not in reply and "don't have reliable information" in reply
    email = compose(_request("how do I change my email?", "account_help", passages=[article_passage("change-email")])).text
    assert "enter the new email" in email
