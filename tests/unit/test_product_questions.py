"""A question about what goods are made of or how to care for them is a product question
(graph/reasoning/product_questions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.product_questions import asks_about_the_goods, read_product_question


@pytest.mark.parametrize("text", [
    "@NorthboundHelp can the merino sweater go in the washing machine?", "are your tees 100% cotton?",
    "is the parka waterproof?", "how do I wash the linen shirt",
])
def test_one_question_about_material_or_care_is_a_product_question(text):
    assert asks_about_the_goods(text)


@pytest.mark.parametrize("text", [
    "my merino sweater shrank in the wash",  # a problem with goods the customer has
    "the parka is not waterproof at all, got soaked", "The slim jean colour ran onto everything in the wash.",
    "how do I return the linen pant?",  # a request about the goods
    "the dress doesn't work properly - and is the wrap dress waterproof?",  # the second ask of a problem
    "The box was crushed. Is the wool coat ok to wear?", "where is my order?",
])
def test_problems_requests_and_other_asks_are_not(text):
    assert not asks_about_the_goods(text)


def test_the_goods_problem_and_sizing_mass_goes_to_the_product_reading():
    probs = {"damaged_item": 0.39, "product_info": 0.24, "shipping_info": 0.11, "sizing": 0.26}
    read = read_product_question(probs, "can the merino sweater go in the washing machine?")
    assert read["damaged_item"] == 0.0 and read["sizing"] == 0.0 and read["shipping_info"] == 0.11
    assert read["product_info"] == pytest.approx(0.89)
    # a size or fit named: sizing keeps its mass
    sized = read_product_question(probs, "is the merino sweater wool in a size small?")
    assert sized["sizing"] == 0.26 and sized["damaged_item"] == 0.0
    assert read_product_question(probs, "my merino sweater shrank in the wash") == probs
