"""Money facts about an order come from OMS fields only."""

from __future__ import annotations

from graph.reasoning.offline import order_facts


def test_refundable_amount_prefers_the_oms_figure():
    assert order_facts.refundable_amount({"total": "100.00", "refundable_amount": "60.00"}) == 60.0
    assert order_facts.refundable_amount({"total": "100.00", "payments": [{"kind": "refund", "amount": "30.00"}]}) == 70.0
