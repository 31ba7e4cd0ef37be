"""Goods received as a gift are returned by the gift-return rules (graph/reasoning/gift_returns.py). Every message
here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.gift_returns import read_gift_return, says_goods_were_a_gift
from graph.reasoning.offline.drafting import compose
from tests.unit.test_drafting import _request, article_passage

READ_AS_A_RETURN = {"return_request": 0.8, "return_policy": 0.15, "exchange": 0.05}


@pytest.mark.parametrize("text", [
    "how do I return an item I got as a gift",
    "I received a jacket as a present, can I send it back without a receipt?",
    "my aunt gave me boots, they were gifted to me, how do I return them",
    "my grandma gave me a sweater as a present but it's too big, can I return it?",
    "how do I return a gift? I don't have the order number",  # sending back a gift is what its receiver does
    "can I exchange a present without the receipt",
])
def test_returning_goods_given_to_the_customer_is_a_question_of_the_gift_rules(text):
    assert says_goods_were_a_gift(text)
    read = read_gift_return(READ_AS_A_RETURN, text)
    assert read["return_policy"] == pytest.approx(0.95) and not read["return_request"]
    assert read["exchange"] == pytest.approx(0.05)  # the history's gift exchanges stay exchanges


@pytest.mark.parametrize("text", [
    "I want to return the jacket",
    "I bought a gift for my wife and it is too small, can I return it?",  # the buyer's own order
    "it was a gift and they already have one, can I return it?",
    "I got a present for my son but it's the wrong size, how do I return it?",
    "I got a gift card for my birthday, can I return it?",  # a gift card is no goods
    "I bought a gift for my son, can I return the gift if he doesn't like it?",  # its buyer's
])
def test_the_buyers_own_return_keeps_its_reading(text):
    assert read_gift_return(READ_AS_A_RETURN, text) is READ_AS_A_RETURN


def test_a_gifts_return_is_answered_from_the_gift_article_even_after_the_return_policy():
    passages = [article_passage("return-policy"), article_passage("gift-returns")]  # the history's article first
    draft = compose(_request("how do I return an item I got as a gift?", "return_policy", passages=passages))
    assert "no receipt needed" in draft.text and "gift-returns" in draft.text
    assert "gift cards." not in draft.text  # not the list of what cannot be returned
