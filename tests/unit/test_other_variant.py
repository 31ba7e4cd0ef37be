"""Goods asked for in another colour or size instead are an exchange (graph/reasoning/other_variant.py). Every message
here is written for the test."""

import pytest

from graph.reasoning.other_variant import asks_other_variant_instead, read_other_variant

RANGE = {"product_info": 0.7, "sizing": 0.1, "exchange": 0.15, "wrong_item": 0.05}


@pytest.mark.parametrize("text", [
    "the slim jean, I want it in black instead", "can I have it in a medium instead?", "I'd rather have it in a large",
    "the blue one instead please", "I want size 10 instead", "can I get a bigger size instead?",
    "can i get the jacket in a different colour instead? it just arrived",  # went to a person unsure (0.55)
])
def test_goods_asked_for_in_another_colour_or_size_instead_are_an_exchange(text):
    assert asks_other_variant_instead(text)
    read = read_other_variant(RANGE, text)
    assert read["exchange"] == pytest.approx(0.95) and not read["product_info"] and read["wrong_item"] == 0.05


@pytest.mark.parametrize("text", [
    "do you have it in black?",  # asks the range
    "you sent black instead of navy", "got a medium instead of the large I ordered",  # sent in error
    "I want a refund instead", "can I get store credit instead?",  # no colour or size
])
def test_the_range_asked_or_goods_sent_in_error_keep_their_reading(text):
    assert read_other_variant(RANGE, text) is RANGE


@pytest.mark.parametrize("text", [
    "I ordered the medium but I want the large instead", "I got the blue but I'd prefer the green",
    "we bought the black one and now we want the navy",
])
def test_a_choice_the_customer_changed_is_an_exchange_not_goods_sent_in_error(text):
    """"I ordered the medium but I want the large instead" was read 0.84 as a wrong item and handed to a person."""
    asked = {"wrong_item": 0.84, "exchange": 0.1, "sizing": 0.06}
    read = read_other_variant(asked, text)
    assert read["exchange"] == pytest.approx(1.0) and not read.get("wrong_item")


@pytest.mark.parametrize("text", [
    "I ordered the medium but got the large", "I ordered black but you sent navy",
    "I ordered a medium but received a large instead of it",
])
def test_goods_sent_in_error_keep_the_wrong_item_reading(text):
    asked = {"wrong_item": 0.84, "exchange": 0.1, "sizing": 0.06}
    assert read_other_variant(asked, text)["wrong_item"] == pytest.approx(0.84)


@pytest.mark.parametrize(("text", "becomes"), [
    ("I ordered the wrong size", "return_request"), ("they're the wrong size, I ordered the wrong one", "return_request"),
    ("my mistake, I picked the wrong colour when ordering", "return_request"),
    ("I bought the wrong size by mistake", "return_request"),
    ("my bad, ordered the wrong one, can I exchange it for a medium", "exchange"),
])
def test_the_customers_own_slip_is_a_return_or_the_exchange_asked_not_goods_sent_in_error(text, becomes):
    """"they're the wrong size, I ordered the wrong one" was read as a wrong item and handed to a person."""
    read = read_other_variant({"wrong_item": 0.9, "return_request": 0.05, "exchange": 0.05}, text)
    assert read[becomes] > 0.9 and not read.get("wrong_item")


@pytest.mark.parametrize("text", [
    "I got the wrong size", "you sent the wrong size", "I ordered a medium but you sent the wrong size",
    "I ordered the wrong size and the box arrived damaged", "my mistake, I should have said: #104186",
])
def test_goods_sent_in_error_or_a_correction_is_no_slip_of_the_customers(text):
    from graph.reasoning.other_variant import own_ordering_slip

    assert not own_ordering_slip(text)


def test_another_size_asked_instead_of_the_money_back_is_an_exchange_not_a_refund():
    from graph.reasoning.other_variant import turns_down_the_money

    read_as_refund = {"refund_request": 0.6, "return_request": 0.2, "sizing": 0.1, "exchange": 0.1}
    for text in ("can I get a bigger size instead of a refund?", "I'd like them in black instead of a refund",
                 "could I have it in a large instead of store credit?"):
        assert turns_down_the_money(text), text
        assert max(read_other_variant(dict(read_as_refund), text).items(), key=lambda kv: kv[1])[0] == "exchange", text
    # a refund asked instead of goods, and goods sent in error, keep their reading
    for text in ("I want a refund instead of a bigger size", "can I get a refund instead?",
                 "you sent a medium instead of a large"):
        assert not turns_down_the_money(text), text
        assert read_other_variant(dict(read_as_refund), text) == read_as_refund, text
