"""Why goods go back chooses the order by those goods (graph/nodes/call_oms.py): "ok the sweater just isn't for me"
after the return policy proposed the newest order's sneakers for a return. And a size question beside another is read
by its own words. Every message is written for the test."""

from __future__ import annotations

from graph.nodes.call_oms import sizing_text, with_goods_of_the_reason
from tools.oms.item_match import goods_named

DETAIL = {"context": "detail", "language": "en"}


def _goods(text: str) -> set[str]:
    return {item.phrase.lower() for item in goods_named(text)}


def test_the_goods_a_reason_is_told_of_are_asked_for():
    read = with_goods_of_the_reason("ok the sweater just isn't for me", DETAIL, {"return_request"}, [])
    assert _goods(read) == {"sweater"}


def test_a_reason_without_goods_takes_those_of_the_message_before_it():
    read = with_goods_of_the_reason("they just don't fit me right", DETAIL, {"return_request"},
                                    ["can I return my jeans?", "hello"])
    assert _goods(read) == {"jeans"}
    # ...none named there: the reason alone
    assert with_goods_of_the_reason("they just don't fit me right", DETAIL, {"return_request"},
                                    ["what's your return policy?"]) == "they just don't fit me right"


def test_only_a_reason_said_in_a_return_or_exchange_is_read_so():
    earlier = ["I'd like to exchange my chinos for a bigger size"]
    # "I don't have the order number" answers which order: no goods of an earlier message are put in its mouth
    assert with_goods_of_the_reason("not sure I have the order number on me", DETAIL, {"exchange"}, earlier) == (
        "not sure I have the order number on me")
    assert with_goods_of_the_reason("they're too big", {"context": None}, {"exchange"}, earlier) == "they're too big"
    assert with_goods_of_the_reason("they're too big", DETAIL, {"order_status"}, earlier) == "they're too big"


def test_the_size_question_of_a_message_of_several_is_read_by_its_own_words():
    """"do the chinos run small and do you have them in olive?" found no chart: olive goods of other kinds beside them."""
    turn = {"text": "do the chinos run small and do you have them in olive?",
            "questions": [{"text": "do the chinos run small", "intent": "sizing"},
                          {"text": "do you have them in olive?", "intent": "product_info"}]}
    assert sizing_text(turn) == "do the chinos run small"
    alone = {"text": "do the chinos run small?", "questions": [{"text": "do the chinos run small?", "intent": "sizing"}]}
    assert sizing_text(alone) == "do the chinos run small?"
