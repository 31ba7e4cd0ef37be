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
    # asked by the buyer of what the receiver can do: the gift rules say how (it got the return window)
    "it's a gift for my husband, can he return it if it doesn't fit?",
    "this is a present for my mum - could she exchange it for another size?",
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


def _own_delivered_order() -> tuple[dict, dict]:
    """The customer's own newest order, delivered yesterday, and its products: an exchange of goods bought would be
    proposed on it."""
    from datetime import UTC, datetime, timedelta

    from tests.unit.test_action_policies import TEE, order
    delivered = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    return order("delivered", delivered=delivered), {TEE["id"]: TEE}


@pytest.mark.parametrize("text", [
    "I got this tee as a present, can I swap it for a bigger size?",
    "can I exchange a gift I got from my uncle? I don't have the receipt",
])
def test_exchanging_goods_given_to_the_customer_proposes_nothing_on_their_own_order(text):
    """Goods given to the customer are on the giver's order: no exchange of the customer's own newest order, and the
    gift rules answer even when a size guide was retrieved first (its words are nearer "a bigger size")."""
    own, products = _own_delivered_order()
    passages = [article_passage("size-guide-tops"), article_passage("gift-returns")]
    draft = compose(_request(text, "exchange", passages=passages, oms={"orders": [own], "products": products}))
    assert "NB100001" not in draft.text and "Trail Tee" not in draft.text, draft.text
    assert "no receipt needed" in draft.text and "gift-returns" in draft.text, draft.text


def test_an_exchange_of_goods_the_customer_bought_is_still_proposed_on_their_order():
    own, products = _own_delivered_order()
    draft = compose(_request("can I swap the tee for a bigger size?", "exchange",
                             passages=[article_passage("exchanges")], oms={"orders": [own], "products": products}))
    assert "NB100001" in draft.text and "Trail Tee" in draft.text, draft.text


def test_who_gave_the_goods_is_no_condition_the_rules_must_name():
    """"from my aunt" tells who gave it; "for bitcoin" still is a condition the articles must speak of ("for cash" is the payment method they name)."""
    from graph.reasoning.offline.coverage import uncovered_condition

    gifts = [article_passage("gift-returns")]
    assert uncovered_condition("can I return a present from my aunt?", gifts) is None
    assert uncovered_condition("can I return a present from my aunt for bitcoin?", gifts) == ["bitcoin"]


def test_a_gifts_return_that_asks_what_the_gift_rules_do_not_say_gets_the_return_policy():
    """"I got these sneakers as a gift. Do you accept returns on worn shoes?" hinges on worn footwear, which the return
    policy speaks of and the gift rules do not: the policy answers, not "a gift can be returned within 30 days"."""
    passages = [article_passage("return-policy"), article_passage("gift-returns")]
    draft = compose(_request("I got these sneakers as a gift. Do you accept returns on worn shoes?", "return_policy",
                             passages=passages))
    assert "footwear tried on indoors only" in draft.text and "return-policy" in draft.text, draft.text
