"""What shipping costs, asked after a return question, is the return's shipping (graph/reasoning/return_shipping.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.offline.drafting import compose
from graph.reasoning.return_shipping import asks_what_shipping_costs
from tests.unit.test_drafting import _request, article_passage


@pytest.mark.parametrize("text", ["and who pays for shipping?", "is shipping free?", "do I have to pay for postage?",
                                  "how much does shipping cost?"])
def test_a_short_question_about_what_shipping_costs(text):
    assert asks_what_shipping_costs(text)


@pytest.mark.parametrize("text", [
    "and how much is shipping to canada?",  # a place: the rates of shipping there
    "and how much is shipping on my next order?",  # an order of its own
    "how long does shipping take?",  # no cost asked
    "is express shipping free?",
])
def test_a_shipping_question_of_its_own_is_not(text):
    assert not asks_what_shipping_costs(text)


def test_the_return_policy_answers_it_with_its_return_shipping_not_the_original_shippings_refund():
    """"and who pays for shipping?" after "what's your return policy?" got the outbound shipping's free threshold."""
    reply = compose(_request("and who pays for shipping?", "return_policy",
                             passages=[article_passage("return-policy")])).text
    assert "Returns are free in the United States and Canada" in reply
    postage = compose(_request("do I have to pay for postage?", "return_policy",
                               passages=[article_passage("return-policy")])).text
    assert "Returns are free in the United States and Canada" in postage
