"""Questions about what is in an order (generator 2026.10): answered from the order's own lines, in every language
the history writes, and added without moving any other ticket (both in test_generator_later_variants.py)."""

from __future__ import annotations

from data.generator import policy as P


def _contents_tickets(store) -> list[dict]:
    return [t for t in store.tickets if "items" in t["facts"] and t["intent"] == "order_status"]


def test_a_contents_question_is_answered_with_the_orders_lines(demo_history):
    lines: dict[str, list[dict]] = {}
    for item in demo_history.order_items:
        lines.setdefault(item["order_id"], []).append(item)
    orders = {o["id"]: o for o in demo_history.orders}
    tickets = _contents_tickets(demo_history)
    assert tickets
    for ticket in tickets:
        order = ticket["facts"]["order_id"]
        reply = next(m["text"] for m in ticket["messages"] if m["role"] == "agent" and order in m["text"])
        for item in lines[order]:
            assert item["product_name"] in reply and item["options"]["size"] in reply, reply
        assert P.money(orders[order]["total"]) in reply
