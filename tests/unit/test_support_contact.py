"""Questions about customer care itself are answered from the contact article (graph/reasoning/support_contact.py).
Every message here is written for the test."""

from __future__ import annotations

import pytest

from data.generator.help_center import build_articles
from graph.reasoning.offline.drafting import compose
from graph.reasoning.support_contact import asks_about_customer_care, read_customer_care_question
from tests.unit.test_drafting import _request, article_passage

READ_AS_A_COMPLAINT = {"complaint": 0.5, "account_help": 0.3, "out_of_scope": 0.2}


@pytest.mark.parametrize("text", [
    "@brand what time does your customer service close today?",
    "what are your customer service hours",
    "are you open on sundays?",
    "when do you open tomorrow",
    "is there someone available 24/7?",
    "how long does it take you to reply to emails",
    "whats your email address?",
    "hello what are your opening hours",
    "what's the best email to reach you",
    "are you open on bank holidays?", "is customer service open over the public holidays?",
])
def test_a_question_about_customer_care_itself_is_read_out_of_scope(text):
    assert asks_about_customer_care(text)
    read = read_customer_care_question(READ_AS_A_COMPLAINT, text)
    assert read["out_of_scope"] == pytest.approx(1.0) and not read["complaint"]


@pytest.mark.parametrize("text", [
    "what time do you close? I need to return my jacket",  # the return is the request
    "when do you open tomorrow? want to ask about my order",
    "what's the email on my order",  # the account's email
    "how long will it take to get my refund",
    "what time do you deliver",  # delivery, not customer care
    "is my order open",
    "when are you back in stock on the rain shell?",  # goods, not the team
    "how quickly do you respond to returns?",
    "the business hours on the contact page say 9-5 but nobody picked up",  # a remark, no question
    "your customer service hours are a joke",
])
def test_a_request_beside_it_or_another_subject_keeps_its_reading(text):
    assert read_customer_care_question(READ_AS_A_COMPLAINT, text) is READ_AS_A_COMPLAINT


def test_the_hours_are_quoted_from_the_contact_article_instead_of_the_scope_reply():
    draft = compose(_request("what time does customer service close today?", "out_of_scope",
                             passages=[article_passage("contact-us")]))
    assert "Monday to Friday" in draft.text and "contact-us" in draft.text
    assert "can't help with that" not in draft.text


def test_a_question_about_us_the_contact_article_leaves_open_is_said_to_be_outside_the_help_center():
    """"are you open on bank holidays?" got "I can't help with that one", as if it asked of another company."""
    passage = {**article_passage("contact-us"), "metadata": {"question": 0, "similarity": 0.23}}
    draft = compose(_request("are you open on bank holidays?", "out_of_scope", passages=[passage]))
    assert "can't help with that" not in draft.text and "reliable information" in draft.text, draft.text


def test_something_else_out_of_scope_still_gets_the_scope_reply():
    draft = compose(_request("can you recommend a good pizza place?", "out_of_scope", passages=[article_passage("contact-us")]))
    assert "can't help with that" in draft.text and "Monday to Friday" not in draft.text


def test_the_help_center_says_the_hours_gift_returns_and_delivery_days():
    bodies = {a.id: a.body for a in build_articles()}
    assert "Eastern Time" in bodies["contact-us"] and "one business day" in bodies["contact-us"]
    assert "no receipt" in bodies["gift-returns"]
    assert "Monday to Saturday" in bodies["shipping-overview"]
