"""Two asks of one article, each answered by its own sentence (offline/several_asks.py, passages.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.offline.passages import answer_from_passage
from graph.reasoning.offline.several_asks import separate_asks

RETURNS = """## Return window
You can return items within 30 days of delivery.

## Condition
Items must be:
- unworn, unwashed and undamaged
- with the original tags attached

## Cost
Returns are free in the United States and Canada."""


@pytest.mark.parametrize(("text", "asks"), [
    ("how long do I have to return stuff and do I need the tags on?",
     ["how long do I have to return stuff", "do I need the tags on?"]),
    ("I bought a jacket. Can I return it? Is return shipping free?",
     ["I bought a jacket. Can I return it?", "I bought a jacket. Is return shipping free?"]),
])
def test_asks_are_told_apart_each_with_the_back_story(text, asks):
    assert separate_asks(text) == asks


@pytest.mark.parametrize("text", [
    "where is my order?",
    "do you ship to canada and how much is it?",  # "it" is what was named: one ask
    "how much is shipping to the UK? and how long does it take?",
    "how long and how much?",
    "I love it. Thanks!",  # asks nothing
])
def test_one_ask_stays_whole(text):
    assert separate_asks(text) == [text]


def test_each_ask_gets_its_own_sentence_from_the_article():
    passage = {"doc_id": "return-policy", "title": "Our return policy", "heading": "Return window", "text": RETURNS,
               "url": "https://help.example.com/return-policy"}
    reply = answer_from_passage("how long do I have to return stuff and do I need the tags on?", passage)
    assert "within 30 days" in reply and "tags attached" in reply, reply


def test_an_item_of_a_list_already_quoted_is_not_quoted_again():
    payments = {"doc_id": "payment-methods", "title": "Payment methods we accept", "heading": "Accepted",
                "url": "https://help.example.com/payment-methods",
                "text": "## Accepted\n- Visa and Mastercard\n- PayPal\n- Klarna (4 interest-free payments)\n- Gift cards"}
    reply = answer_from_passage("what payment methods do you take and can I split payment?", payments)
    assert reply.count("Klarna") == 1, reply
