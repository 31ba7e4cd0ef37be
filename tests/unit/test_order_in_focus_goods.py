"""Goods named mid-conversation choose the order when the one in focus lacks them (graph/nodes/call_oms.py)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from graph.nodes.call_oms import _named_goods_elsewhere
from tools.oms.models import Order, OrderLine


def _order(number: str, *names: str) -> Order:
    lines = [OrderLine(line_no=i + 1, variant_id=f"V{i}", product_id=f"P{i}", product_name=name, quantity=1,
                       unit_price=Decimal("40"), status="delivered") for i, name in enumerate(names)]
    when = datetime(2026, 11, 1)
    return Order(id=number, customer_id="C1", status="delivered", placed_at=when, updated_at=when, currency="USD",
                 subtotal=Decimal("40"), shipping_cost=Decimal("0"), discount=Decimal("0"), total=Decimal("40"),
                 items=lines)


SHIRT, JOGGER = _order("NB2", "Timberline Flannel Shirt"), _order("NB1", "Flow Jogger", "Summit Long Sleeve Henley")


def test_goods_the_order_in_focus_lacks_and_another_has_choose_that_one():
    for text in ("the jogger", "the flow jogger", "I want to return the jogger instead"):
        assert _named_goods_elsewhere({"text": text}, [SHIRT], [SHIRT, JOGGER]), text


def test_a_remark_or_goods_of_the_order_in_focus_keep_it():
    assert not _named_goods_elsewhere({"text": "it's too long"}, [SHIRT], [SHIRT, JOGGER])  # "Long Sleeve"
    assert not _named_goods_elsewhere({"text": "the shirt"}, [SHIRT], [SHIRT, JOGGER])
    assert not _named_goods_elsewhere({"text": "the jogger"}, [JOGGER], [SHIRT, JOGGER])
    assert not _named_goods_elsewhere({"text": "the jogger"}, [None], [SHIRT, JOGGER])  # the order in focus is gone
    # goods only kept out of the request: "all of it except the jogger" of the shirt's return is that order still
    # (the other order, holding a jogger, was chosen: a cancelled one, which "had nothing to send back")
    assert not _named_goods_elsewhere({"text": "all of it except the jogger"}, [SHIRT], [SHIRT, JOGGER])
    assert _named_goods_elsewhere({"text": "return the jogger except the henley"}, [SHIRT], [SHIRT, JOGGER])


def test_goods_named_alone_during_a_return_are_what_is_returned_even_when_no_order_has_them():
    from graph.nodes.call_oms import as_goods_request

    returning = {"intent": "return_request", "context": "detail"}
    assert as_goods_request("the boots", returning) == "return the boots"
    assert as_goods_request("my coffee machine", {"intent": "cancel_order", "context": "detail"}) == "cancel my coffee machine"
    # the order in focus lacks them and so does every other: the goods choose (the reply says none has them)
    assert _named_goods_elsewhere({"text": "the boots", **returning}, [SHIRT], [SHIRT, JOGGER])
    # not goods: an order, a choice of one, a remark, a first message, a question about an order's status
    for text in ("the most recent one", "the last order", "yes please", "they're too small"):
        assert as_goods_request(text, returning) == text, text
    assert as_goods_request("the boots", {"intent": "return_request"}) == "the boots"
    assert as_goods_request("the boots", {"intent": "order_status", "context": "detail"}) == "the boots"
