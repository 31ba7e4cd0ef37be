"""A question about what goods are made of or how to care for them is a product question
(graph/reasoning/product_questions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.product_questions import (
    asks_about_the_goods,
    asks_for_goods_in_a_size,
    read_product_question,
    read_stock_question,
)


@pytest.mark.parametrize("text", [
    "@NorthboundHelp can the merino sweater go in the washing machine?", "are your tees 100% cotton?",
    "is the parka waterproof?", "how do I wash the linen shirt",
    # care in the dryer's, bleach's or shrinking's words ("can the sweater go in the dryer?" was half read as an
    # exchange and offered one on the newest order)
    "can the sweater go in the dryer?", "can I bleach the white tee", "does the hoodie shrink?",
    # how two goods differ: the catalogue sets them side by side (it got the slim jean's size chart as sizing)
    "what's the difference between the slim and the straight jean?", "parka vs rain shell?",
    "will the jeans stretch?",  # got the slim jean's size chart
    # wear kept off, asked how ("stop" read as a cancellation, "pilling" as a problem told)
    "@NorthboundHelp how do I stop the fleece from pilling?", "how do I keep my jeans from fading?",
])
def test_one_question_about_material_or_care_is_a_product_question(text):
    assert asks_about_the_goods(text)


@pytest.mark.parametrize("text", [
    "my merino sweater shrank in the wash",  # a problem with goods the customer has
    "the parka is not waterproof at all, got soaked", "The slim jean colour ran onto everything in the wash.",
    "how do I return the linen pant?",  # a request about the goods
    "the dress doesn't work properly - and is the wrap dress waterproof?",  # the second ask of a problem
    "The box was crushed. Is the wool coat ok to wear?", "where is my order?",
    # a change to an order asked for, in words other than return or exchange
    "Can we modify it to get a waterproof camera with the highest resolution?",
    "can I switch the wool coat for the waterproof one?",
    "my fleece is pilling after one wear, can I return it?",  # a problem told, and a return
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


@pytest.mark.parametrize("text", [
    "do you have the chelsea boot in size 10?",
    "is the henley available in XL?",
    "got this in a medium?",
    "do u have the slim jean in a 32",
    "is the parka in stock in large?",
])
def test_whether_goods_are_there_in_a_size_is_a_stock_question(text):
    assert asks_for_goods_in_a_size(text)
    read = read_stock_question({"sizing": 0.9, "product_info": 0.1}, text)
    assert read["product_info"] == pytest.approx(1.0) and not read.get("sizing")


@pytest.mark.parametrize("text", [
    "what size should I get in the parka?",
    "does the tee run small in a medium?",
    "do you have a size guide?",
    "can I exchange the boot for a size 10?",
    "do you have the henley in navy?",
    "the boot in size 10 is too small, do you have it in 11?",
])
def test_how_a_size_fits_or_a_request_keeps_its_reading(text):
    probs = {"sizing": 0.9, "product_info": 0.1}
    assert read_stock_question(probs, text) is probs


def test_requests_the_question_does_not_make_lose_their_mass_to_the_product_reading():
    probs = {"product_info": 0.63, "exchange": 0.14, "cancel_order": 0.05, "shipping_info": 0.05, "complaint": 0.13}
    read = read_product_question(probs, "can I put the merino sweater in the washing machine?")
    assert read["exchange"] == 0.0 and read["cancel_order"] == 0.0
    assert read["shipping_info"] == 0.05 and read["complaint"] == 0.13
    assert read["product_info"] == pytest.approx(0.82)


@pytest.mark.parametrize("text", [
    "are the puffer vests filled with real down?", "what is the puffer vest filled with?",
    "what's the sherpa jacket lined with?",
])
def test_what_goods_are_filled_or_lined_with_is_their_material(text):
    """"are the puffer vests filled with real down?" got the outerwear care text and a size chart: the product's own
    record says what it is made of ("recycled polyester insulation")."""
    from tools.oms.product_detail import material_or_care

    assert material_or_care(text) == "material"


@pytest.mark.parametrize("text", ["the price went down, can I get the difference?", "calm down and read my message"])
def test_down_said_of_anything_but_a_filling_asks_no_material(text):
    from tools.oms.product_detail import material_or_care

    assert material_or_care(text) is None


@pytest.mark.parametrize("text", ["@NorthboundCo are your jeans made in the USA?", "where are your clothes made?",
                                  "is the parka made in china?", "are your products ethically made?"])
def test_where_the_stores_goods_are_made_is_a_product_question(text):
    """"are your jeans made in the USA?" read 0.23 as not about the store and fell below the policy's confidence."""
    from graph.reasoning.product_questions import read_where_made

    read = read_where_made({"product_info": 0.67, "out_of_scope": 0.23, "return_policy": 0.1}, text)
    assert read["product_info"] == pytest.approx(0.9) and read["out_of_scope"] == 0.0


@pytest.mark.parametrize("text", ["my jeans are made in heaven lol", "where are you based?", "where is my order from?",
                                  "the parka I got is made in china and the seam ripped?"])
def test_a_remark_or_another_question_is_not_where_goods_are_made(text):
    from graph.reasoning.product_questions import asks_where_goods_are_made

    assert not asks_where_goods_are_made(text)


@pytest.mark.parametrize("text, sold", [
    ("do you sell phones?", True), ("do you guys carry furniture?", True), ("does northbound sell shoes?", True),
    ("do you sell my data?", False),  # a privacy question, not goods
    ("do you sell the parka in black? and how much is shipping", False),  # more than one question
    ("do you sell returned items again? mine was faulty", False),
])
def test_whether_the_store_sells_goods_of_a_kind(text, sold):
    from graph.reasoning.product_questions import asks_whether_goods_are_sold

    assert asks_whether_goods_are_sold(text) is sold


def test_goods_no_apparel_shop_has_are_the_catalogues_to_answer_not_out_of_scope():
    """"do you sell phones?" read 0.53 as not about the store, and went to a person."""
    from graph.reasoning.product_questions import read_sell_question

    probs = {"out_of_scope": 0.53, "product_info": 0.3, "payment_methods": 0.17}
    read = read_sell_question(probs, "do you sell phones?")
    assert read["product_info"] == pytest.approx(0.83) and read["out_of_scope"] == 0.0
    assert read["payment_methods"] == 0.17
    assert read_sell_question(probs, "do you sell my data?") is probs


def test_wear_kept_off_is_asked_of_the_goods_care():
    from tools.oms.product_detail import material_or_care
    assert material_or_care("how do I stop the fleece from pilling?") == "care"
    assert material_or_care("how to prevent my jeans fading") == "care"
    assert material_or_care("can you stop my order from shipping?") is None


@pytest.mark.parametrize(("text", "recommended"), [
    ("hi, i'm looking for a dress for a wedding, what do you recommend?", True),
    ("can you recommend a warm jacket for winter?", True),
    ("what size would you recommend in the parka?", False),  # a size: sizing's
    ("what do you recommend?", False),  # no goods named
    ("any suggestions for a gift for my dad?", False),  # a gift: the gift article's
    ("can you recommend how to return my jacket?", False),  # a request
    ("I'm between a M and L in the fleece, which should I get?", False),  # a size weighed
])
def test_goods_asked_to_be_recommended_are_a_product_question(text, recommended):
    from graph.reasoning.product_questions import asks_for_goods_recommended, read_recommendation
    from tools.oms.catalogue import asks_about_range

    assert asks_for_goods_recommended(text) is recommended
    read = read_recommendation({"sizing": 0.54, "product_info": 0.21, "out_of_scope": 0.25}, text)
    assert (read["product_info"] == pytest.approx(0.75)) is recommended
    assert read["out_of_scope"] == 0.25  # chatter keeps its reading ("recommend me a good movie")
    if recommended:
        assert asks_about_range(text)  # the catalogue lists the goods of that kind
