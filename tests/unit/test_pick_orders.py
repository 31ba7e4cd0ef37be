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
