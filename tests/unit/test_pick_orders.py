"""Which orders an unnumbered question is about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from graph.nodes.call_oms import pick_orders

NOW = datetime(2026, 11, 26, tzinfo=UTC)


@dataclass
class Summary:
    id: str
    status: str
    placed_at: datetime


def _orders(*specs):
    return [Summary(i, status, NOW - timedelta(days=days)) for i, status, days in specs]


def test_where_is_my_stuff_covers_recent_orders_moving_first():
    summaries = _orders(("A", "delivered", 3), ("B", "in_transit", 10), ("C", "cancelled", 12), ("D", "delivered", 90))
    assert [o.id for o in pick_orders(summaries, {"order_status"}, NOW)] == ["B", "A"]


def test_at_most_three_orders():
    summaries = _orders(*[(f"O{i}", "delivered", i) for i in range(6)])
    assert len(pick_orders(summaries, {"shipping_delay"}, NOW)) == 3


def test_old_history_falls_back_to_the_newest_order():
    summaries = _orders(("A", "delivered", 200), ("B", "delivered", 300))
    assert [o.id for o in pick_orders(summaries, {"order_status"}, NOW)] == ["A"]


def test_other_questions_take_one_order():
    summaries = _orders(("A", "delivered", 3), ("B", "pending", 1))
    assert [o.id for o in pick_orders(summaries, {"cancel_order"}, NOW)] == ["B"]
    assert [o.id for o in pick_orders(summaries, {"return_request"}, NOW)] == ["A"]
    assert pick_orders([], {"order_status"}, NOW) == []


def test_orders_are_matched_by_the_items_the_customer_names():
    from graph.nodes.call_oms import match_orders_by_items

    orders = [
        {"id": "N1", "items": [{"product_name": "Shoreline Chino Short"}]},
        {"id": "N2", "items": [{"product_name": "Trail Running Short"}, {"product_name": "Merino Crew Sock"}]},
        {"id": "N3", "items": [{"product_name": "Northbound Straight Jean"}]},
    ]
    assert [o["id"] for o in match_orders_by_items("I was charged for the running shorts", orders)] == ["N2", "N1"]
    assert [o["id"] for o in match_orders_by_items("my jeans are too long", orders)] == ["N3"]
    assert match_orders_by_items("where is my order?", orders) == []


def test_refund_at_stake_is_the_named_line_capped_by_what_is_refundable():
    from graph.nodes.call_oms import refund_at_stake

    order = {
        "total": "150.00", "refundable_amount": "120.00",
        "items": [
            {"product_name": "Trail Running Short", "unit_price": "48.00", "quantity": 1},
            {"product_name": "Storm Shell Jacket", "unit_price": "102.00", "quantity": 1},
        ],
    }
    assert refund_at_stake("refund for the running short please", order) == 48.0
    assert refund_at_stake("I want my money back", order) == 120.0
    assert refund_at_stake("refund the jacket and the shorts", {**order, "refundable_amount": "100.00"}) == 100.0
