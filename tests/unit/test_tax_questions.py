"""Whether taxes are in the price (graph/reasoning/tax_questions.py): the shipping articles' duties and taxes, never a
sale's rules."""

from __future__ import annotations

import pytest

from graph.nodes.retrieve import _in_house_words
from graph.reasoning.tax_questions import TAXES_ASKS, asks_whether_tax_included, read_tax_question


@pytest.mark.parametrize("text", [
    "do your prices include sales tax?", "is sales tax included?", "do I pay tax on top of the price?",
    "is VAT included for the UK?", "will I have to pay import duties extra?",
])
def test_whether_tax_is_in_the_price_is_asked(text):
    assert asks_whether_tax_included(text)
    assert _in_house_words(text) == TAXES_ASKS


@pytest.mark.parametrize("text", [
    "why was I charged tax on my order?",  # a charge taken: not a question of the prices
    "is the sale still on?", "what's included in the gift box?", "I need a tax invoice",
])
def test_a_tax_charged_a_sale_or_another_inclusion_is_not(text):
    assert not asks_whether_tax_included(text)


def test_the_promotions_reading_goes_to_shipping_information():
    read = read_tax_question({"promo_code": 0.69, "product_info": 0.2, "shipping_info": 0.1, "complaint": 0.01},
                             "do your prices include sales tax?")
    assert read["shipping_info"] == pytest.approx(0.99) and read["complaint"] == 0.01
