"""An order that was cancelled is a question about that order (graph/reasoning/cancelled_order.py and
tools/oms/order_choice.says_order_was_cancelled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from graph.reasoning.cancelled_order import read_cancelled_order
from tools.oms.order_choice import choose_order, says_order_was_cancelled

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "my order got cancelled and I don't know why? I didn't cancel it",
    "why did you cancel my order?",
    "why was my order cancelled",
    "my order was cancelled without any email",
    "my order is showing as cancelled but I didn't cancel it??",  # got the cancellation rules
    "my order says cancelled, what happened",
])
def test_an_order_cancelled_is_read_as_a_question_about_it(text):
    assert says_order_was_cancelled(text)
    read = read_cancelled_order({"cancel_order": 0.8, "order_status": 0.2}, text)
    assert read["order_status"] == pytest.approx(1.0) and not read.get("cancel_order")


@pytest.mark.parametrize("text", [
    "I got an email saying my order was cancelled but I didn't cancel it?",
    "why was my order cancelled",
])
def test_an_order_cancelled_is_no_refund_awaited_when_no_money_is_named(text):
    read = read_cancelled_order({"refund_status": 0.9, "order_status": 0.1}, text)
    assert read["order_status"] == pytest.approx(1.0) and not read.get("refund_status")


def test_an_order_cancelled_is_no_account_question_where_the_account_shows_it():
    read = read_cancelled_order({"account_help": 0.7, "order_status": 0.3},
                                "my account says my order was cancelled but I didn't cancel it??")
    assert read["order_status"] == pytest.approx(1.0) and not read.get("account_help")


def test_an_order_cancelled_with_its_money_named_keeps_the_refund_reading():
    probs = {"refund_status": 0.9, "order_status": 0.1}
    assert read_cancelled_order(probs, "my order was cancelled, where is my refund?") is probs


@pytest.mark.parametrize("text", [
    "I want to cancel my order",
    "can you cancel my order please",
    "Cancel my order. it was placed twice",
    "my order was cancelled by mistake, can you cancel the other one too?",  # asks for one as well
    "my order is still not cancelled, please cancel it",
])
def test_a_request_to_cancel_keeps_its_reading(text):
    probs = {"cancel_order": 0.8, "order_status": 0.2}
    assert read_cancelled_order(probs, text) is probs


def _order(number: str, status: str, days_ago: int) -> dict:
    return {"id": number, "status": status, "placed_at": (NOW - timedelta(days=days_ago)).isoformat(),
            "shipments": [], "items": [], "payments": []}


def test_order_choice_takes_the_cancelled_order_the_customer_tells_of():
    orders = [_order("NB3", "processing", 1), _order("NB2", "cancelled", 5), _order("NB1", "cancelled", 40)]
    assert choose_order(orders, {"order_status"}, "why was my order cancelled?", now=NOW)["id"] == "NB2"
    assert choose_order(orders, {"order_status"}, "where is my order?", now=NOW)["id"] == "NB3"
