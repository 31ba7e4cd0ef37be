"""'Where is my refund?' when the return reached the warehouse but the refund is not issued yet: which goods
and when the refund comes, instead of 'I don't see a refund' (and no amount we would have to derive)."""

from __future__ import annotations

from graph.reasoning.offline.drafting import _refund_not_issued
from tools.oms.pending_refund import received_unrefunded


def _order(*statuses: str) -> dict:
    payments = [{"kind": "payment", "amount": "96.00", "method": "card:visa:8711", "status": "succeeded"}]
    items = [{"line_no": n, "status": status, "unit_price": "78.00", "quantity": 1, "product_name": f"Linen Shirt {n}",
              "options": {}} for n, status in enumerate(statuses, start=1)]
    return {"id": "NB108320", "status": "returned", "items": items, "payments": payments, "total": "96.00"}


def test_only_lines_received_back_and_not_refunded_are_waiting() -> None:
    assert [line["line_no"] for line in received_unrefunded(_order("returned", "delivered", "refunded"))] == [1]
    assert received_unrefunded(_order("return_requested")) == []  # still on its way back


def test_the_reply_names_the_goods_and_when_the_refund_comes_in_the_customers_language() -> None:
    english = _refund_not_issued(_order("returned", "delivered"), "en")
    assert "NB108320" in english and "Linen Shirt 1" in english and "Linen Shirt 2" not in english
    assert "reached our warehouse" in english and "3 business days" in english and "Visa card ending 8711" in english
    assert "A refund of" not in english  # the OMS computes the amount when it refunds; only line prices are quoted
    assert "almacén" in _refund_not_issued(_order("returned"), "es")
    assert _refund_not_issued(_order("delivered"), "en") == "I don't see a refund on order NB108320 yet."
