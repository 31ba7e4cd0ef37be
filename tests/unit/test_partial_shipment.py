"""An order shipped in part is a status question (graph/reasoning/partial_shipment.py), answered with the help
center's word on orders that ship in more than one parcel."""

from __future__ import annotations

import pytest

from graph.reasoning.partial_shipment import read_partial_shipment, says_shipped_in_part


@pytest.mark.parametrize("text", [
    "ordered 3 things but only got a shipping email for 2 of them?",
    "only part of my order has shipped, what about the rest?",
    "the rest of my order hasn't shipped yet",
    "is my order coming in two parcels?",
    "Why was my order split into two packages?",
    "only one of the items has been dispatched",
    "is my order coming in one box or two?",
    "I ordered two things but only got one email",
])
def test_an_order_shipped_in_part(text):
    assert says_shipped_in_part(text)


@pytest.mark.parametrize("text", [
    "only half my order turned up",  # goods that arrived short: missing
    "my order was split into two boxes and one arrived damaged",
    "my order arrived but one item is missing",
    "where is my order?",
    "I ordered two shirts but only got one in the box",  # goods short
])
def test_goods_arrived_short_or_a_plain_status_question_are_not(text):
    assert not says_shipped_in_part(text)


def test_the_problem_readings_move_to_the_status_question():
    probs = {"wrong_item": 0.64, "order_status": 0.34, "lost_package": 0.02}
    read = read_partial_shipment(probs, "ordered 3 things but only got a shipping email for 2 of them?")
    assert read["order_status"] == pytest.approx(1.0) and read["wrong_item"] == 0.0
    assert read_partial_shipment(probs, "only half my order turned up") is probs


def test_the_reply_says_orders_may_ship_in_more_than_one_parcel():
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _demo_article, _in_transit, _request

    draft = compose(_request("only part of my order has shipped, what about the rest?", "order_status",
                             passages=[_demo_article("wrong-or-missing-items", 0.6)], oms={"orders": [_in_transit()]}))
    assert "NB100001 is on its way with UPS" in draft.text
    assert "Orders sometimes ship in more than one parcel" in draft.text, draft.text


@pytest.mark.parametrize("text", [
    "I placed two orders last month and only one showed up. can you check the other one?",
    "one of my orders arrived but not the other",
    "the other order still hasn't arrived",
    # one parcel of several came, the other asked after
    "I only got one of my two packages today, is the other still coming?",
    "one of the 2 parcels arrived, where is the other one?",
])
def test_one_of_several_orders_not_come_is_a_status_question(text):
    from graph.reasoning.partial_shipment import says_other_order_awaited

    assert says_other_order_awaited(text)
    read = read_partial_shipment({"wrong_item": 0.3, "order_status": 0.6, "shipping_delay": 0.1}, text)
    assert read["order_status"] == pytest.approx(0.9) and read["wrong_item"] == 0.0


def test_one_of_several_items_not_come_is_still_missing_goods():
    from graph.reasoning.partial_shipment import says_other_order_awaited

    assert not says_other_order_awaited("I ordered two shirts and only one came")
    assert not says_other_order_awaited("one of my two packages arrived damaged")
