"""Asking for goods back in stock, or to pre-order them (graph/reasoning/restock.py): a product question."""

from __future__ import annotations

import pytest

from graph.reasoning.restock import asks_for_goods_back, read_restock_question


@pytest.mark.parametrize("text", [
    "can you notify me when the medium is back?",
    "please let me know when size 9 is available again",
    "email me once the rain shell comes back in stock",
    "can I pre-order the new puffer before it launches?",
    "do you take pre-orders?",
    "is the parka available for preorder?",
    "@NorthboundHelp restock the parka pls 🙏", "bring back the wide-leg jean!",
    "will the parka be restocked in navy?", "when are you restocking the boots?",
    "@NorthboundCo restock on the merino crew in navy when??", "any restock date for the parka?",
    "when is the parka back in stock?", "I'd like to know if the linen shirt is going to be restocked in size L",
    # said of "it" ("can you notify me when it's back" was read as a return already sent back)
    "can you notify me when it's back", "let me know when they're back in stock please",
    "email me when it's back in my size!",
    "@NorthboundHelp hi is the black puffer vest coming back in small?", "will the parka come back in navy?",
])
def test_goods_wanted_back_or_before_they_are_out(text):
    assert asks_for_goods_back(text)


@pytest.mark.parametrize("text", [
    "my pre-order still hasn't shipped",  # an order placed: a status question
    "I pre-ordered it in august, when will it come?",
    "let me know when my refund is through",
    "when will my parcel be back at the depot?",
    "I restocked my closet with your tees lol",
    "when is the refund coming back to my card?",
    "let me know when it's back with you",  # a return on its way
    "is my parcel coming back to you?",
])
def test_an_order_placed_or_a_refund_is_not_goods_wanted_back(text):
    assert not asks_for_goods_back(text)


def test_the_order_readings_move_to_the_product_reading():
    probs = {"shipping_delay": 0.32, "return_request": 0.21, "product_info": 0.2, "complaint": 0.27}
    read = read_restock_question(probs, "can you notify me when the medium is back?")
    assert read["product_info"] == pytest.approx(0.73) and read["shipping_delay"] == 0.0
    assert read["complaint"] == 0.27  # a person's reading is not the words' to take
    assert read_restock_question(probs, "where is my order?") is probs


def test_goods_asked_back_are_searched_with_the_help_centers_restock_words():
    from graph.reasoning.restock import RESTOCK_SEARCH, with_restock

    # "can you let me know when it's back?" found the damaged-item article by its own words
    assert with_restock("can you let me know when it's back?") == f"can you let me know when it's back? {RESTOCK_SEARCH}"
    assert with_restock("the item I want is out of stock, when is it back?").endswith(RESTOCK_SEARCH)
    assert with_restock("when will my refund be back on my card?") == "when will my refund be back on my card?"
    assert with_restock("can I pre-order the new puffer?") == "can I pre-order the new puffer?"  # no restock
