"""Two asks of one article, each answered by its own sentence (offline/several_asks.py, passages.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.offline.passages import answer_from_passage, answers_in_other_passages
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


GIFTS = {"doc_id": "send-as-gift", "title": "Sending an order as a gift", "heading": "Gift wrapping",
         "url": "https://help.example.com/send-as-gift",
         "text": "## Gift wrapping\nWe don't offer gift wrapping or gift boxes: every order ships in our recycled packaging."}
OVERVIEW = {"doc_id": "shipping-overview", "title": "Where we ship and what it costs", "heading": "PO boxes",
            "url": "https://help.example.com/shipping-overview",
            "text": "## PO boxes\nStandard shipping can be delivered to PO boxes and APO/FPO addresses in the US."}


def test_an_ask_the_quoted_article_leaves_unanswered_gets_another_articles_sentence():
    """The gift article answered the wrapping; its "gift boxes" are no answer about PO boxes, the overview's is."""
    question = "question: do you ship to PO boxes? also can i get it gift wrapped?"
    quoted = answer_from_passage(question, GIFTS).rsplit("\n", 1)[0]
    found = answers_in_other_passages(question, quoted, [OVERVIEW])
    assert [(sentence, passage["doc_id"]) for sentence, passage in found] == [
        ("Standard shipping can be delivered to PO boxes and APO/FPO addresses in the US.", "shipping-overview")]
    # one ask, or every ask answered already: nothing more
    assert answers_in_other_passages("can i get it gift wrapped?", quoted, [OVERVIEW]) == []
    both = f"{quoted} Standard shipping can be delivered to PO boxes and APO/FPO addresses in the US."
    assert answers_in_other_passages(question, both, [OVERVIEW]) == []


def test_a_sentence_of_an_article_about_something_else_answers_no_other_ask():
    """"also do you ship to Minneapolis?" was given the lost-parcel article's "Reply to your shipping confirmation"."""
    lost = {"doc_id": "lost-packages", "title": "My package is lost", "heading": "How to report it",
            "url": "https://help.example.com/lost-packages",
            "text": "## How to report it\nReply to your shipping confirmation or contact us with your order number."}
    codes = "Common reasons: The code has expired (seasonal codes have an end date)."
    assert answers_in_other_passages("voucher invalid??... also do you ship to Minneapolis?", codes, [lost]) == []
