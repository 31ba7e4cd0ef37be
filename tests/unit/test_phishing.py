"""Is this message really from you? (graph/reasoning/phishing.py), and what it does to the reading."""

from __future__ import annotations

import pytest

from graph.reasoning.frustration import is_frustrated
from graph.reasoning.human_request import wants_human
from graph.reasoning.phishing import DOUBT_SEARCH, read_suspected_phishing, suspects_phishing, with_doubt


@pytest.mark.parametrize("text", [
    "got a text saying it's from you asking me to pay a redelivery fee, is this legit?",
    'I received an email asking for my card details to confirm my order, is that really you?',
    '@NorthboundCo is this a scam? someone messaged me saying I won a voucher',
    'I keep getting calls from a number claiming to be Northbound, did you call me?',
    # "is it real?" with bait: a prize, or a request for card details
    'got an email saying I won a gift card from you, is it real? asked for my card details',
    'got a text asking for my bank details to pay a redelivery fee. is this real?',
    'Got this email about a refund, looks like phishing. Did you send it?',
    'received a weird text with a link to track my parcel, is it genuine?',
    # a fee asked for by message: the article says a real one never asks ("no reliable information" was the reply)
    'got a text from the courier asking me to pay customs, is that real?',
])
def test_a_message_received_and_doubted_is_suspected_phishing(text):
    assert suspects_phishing(text)


@pytest.mark.parametrize("text", [
    'I got an email saying my order shipped but tracking shows nothing, is that real?',
    'I got an email saying it arrives tomorrow, is that real?',
    'I never got a confirmation email',
    'did you get my email about the return?',
    'is this jacket genuine leather?',
    'this is a scam, where is my refund',
    "I received the item, it's fake",
    'your delivery texts are really useful',
    'is the 20% off code legit?',
    'is the delivery fee real?',
])
def test_a_doubt_about_goods_or_a_message_without_doubt_is_not(text):
    assert not suspects_phishing(text)


def test_the_reading_moves_to_the_accounts_security_questions_only_when_suspected():
    probs = {"payment_dispute": 0.6, "promo_code": 0.3, "account_help": 0.1}
    moved = read_suspected_phishing(probs, "got a text claiming to be from you asking for a fee, is this legit?")
    assert moved["account_help"] == 1.0 and sum(moved.values()) == 1.0
    assert read_suspected_phishing(probs, "my promo code doesn't work") == probs


def test_asking_if_a_message_is_a_scam_is_no_anger_and_asking_who_called_is_no_request_for_a_call():
    assert not is_frustrated("is this a scam? someone messaged me saying I won a voucher")
    assert is_frustrated("this is a scam, where is my refund")
    assert not wants_human("a number claiming to be you keeps ringing, did you call me?")
    assert wants_human("can you call me back tomorrow")


def test_a_doubted_message_is_searched_with_the_doubt_said():
    """"a text saying my parcel is held and I need to pay a fee, is that you?" found the parcel articles by its bait."""
    doubted = "I got a text saying my parcel is held and I need to pay a fee, is that you?"
    assert with_doubt(doubted) == f"{doubted} {DOUBT_SEARCH}"
    assert with_doubt("my parcel is held at the depot, can I pick it up?") == "my parcel is held at the depot, can I pick it up?"


def test_a_doubted_message_naming_a_carrier_and_a_fee_gets_the_scam_article_not_a_help_center_gap():
    # "a text from DHL asking for a customs fee, is that real?" was told the help center does not say (for "DHL")
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _request, article_passage

    text = "I got a text from DHL asking for a customs fee, is that real?"
    draft = compose(_request(text, "account_help", passages=[article_passage("suspicious-messages"),
                                                             article_passage("password-reset")]))
    assert "never asks you to pay a redelivery, customs or delivery fee" in draft.text, draft.text
