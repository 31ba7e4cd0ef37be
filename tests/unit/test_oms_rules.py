"""The demo OMS's own action rules (oms/rules.py): what the OMS refuses whatever the agent asks."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from data.store_policy import TAU_RETAIL
from oms import rules
from oms.rules import ActionRefused, LockedOrder

TODAY = date(2025, 9, 30)


def locked(status="delivered", delivered=datetime(2025, 9, 20, tzinfo=UTC), payments=None, final_sale=False,
           line_status="delivered"):
    return LockedOrder(
        order={"id": "NB1", "status": status, "customer_id": "C1"},
        items=[{"line_no": 1, "product_id": "P", "variant_id": "P-M", "product_name": "Tee", "unit_price": Decimal("60.00"),
                "quantity": 1, "status": line_status}],
        payments=payments or [{"kind": "payment", "method": "card:visa:4242", "amount": Decimal("60.00"),
                               "status": "succeeded"}],
        shipments=[{"shipped_at": datetime(2025, 9, 18, tzinfo=UTC), "delivered_at": delivered}] if delivered else [],
        region="US",
        final_sale={"P": final_sale},
    )


def code(call, *args) -> str:
    with pytest.raises(ActionRefused) as refused:
        call(*args)
    return refused.value.code


def test_only_unshipped_orders_cancel_or_change_address():
    unshipped = locked("processing", delivered=None, line_status="ordered")
    rules.check_cancel(unshipped)
    rules.check_address_change(unshipped)
    assert code(rules.check_cancel, locked("delivered")) == "not_cancellable"
    assert code(rules.check_address_change, locked("in_transit", delivered=None)) == "already_shipped"


def test_returns_need_a_delivered_line_inside_the_window_and_not_final_sale():
    assert rules.check_return(locked(), [1], TODAY)[0]["line_no"] == 1
    assert code(rules.check_return, locked(delivered=datetime(2025, 8, 1, tzinfo=UTC)), [1], TODAY) == "outside_return_window"
    assert code(rules.check_return, locked(final_sale=True), [1], TODAY) == "final_sale"
    assert code(rules.check_return, locked(line_status="return_requested"), [1], TODAY) == "line_not_returnable"
    assert code(rules.check_return, locked(), [2], TODAY) == "line_not_found"


def test_exchanges_need_stock_of_the_same_product():
    same = {"id": "P-L", "product_id": "P", "available": True, "options": {"size": "L"}}
    assert rules.check_exchange(locked(), 1, same, TODAY)["line_no"] == 1
    assert code(rules.check_exchange, locked(), 1, {**same, "available": False}, TODAY) == "out_of_stock"
    assert code(rules.check_exchange, locked(), 1, {**same, "product_id": "Q"}, TODAY) == "not_same_product"
    assert code(rules.check_exchange, locked(), 1, {**same, "id": "P-M"}, TODAY) == "same_variant"


def test_refunds_are_capped_by_the_limit_and_what_is_left():
    rules.check_refund(locked(), Decimal("50.00"), Decimal("50.00"))
    assert code(rules.check_refund, locked(), Decimal("50.01"), Decimal("50.00")) == "over_refund_limit"
    paid_back = [{"kind": "payment", "method": "paypal", "amount": Decimal("60.00"), "status": "succeeded"},
                 {"kind": "refund", "method": "paypal", "amount": Decimal("20.00"), "status": "succeeded"}]
    assert code(rules.check_refund, locked(payments=paid_back), Decimal("40.01"), Decimal("100")) == \
        "amount_exceeds_refundable"


def test_a_refund_goes_back_to_the_methods_that_paid_first_payment_first():
    split = [{"kind": "payment", "method": "gift_card", "amount": Decimal("20.00"), "status": "succeeded"},
             {"kind": "payment", "method": "card:visa:4242", "amount": Decimal("40.00"), "status": "succeeded"},
             {"kind": "refund", "method": "gift_card", "amount": Decimal("5.00"), "status": "succeeded"}]
    parts = rules.allocate_refund(locked(payments=split), Decimal("30.00"))
    assert [(p["method"], amount) for p, amount in parts] == [("gift_card", Decimal("15.00")),
                                                              ("card:visa:4242", Decimal("15.00"))]


def test_tau_retail_rules_cancel_pending_only_with_its_reasons_and_have_no_return_window():
    rules.check_cancel(locked("pending", delivered=None, line_status="ordered"), TAU_RETAIL, "no longer needed")
    assert code(rules.check_cancel, locked("processing", delivered=None), TAU_RETAIL, "no longer needed") == \
        "not_cancellable"
    assert code(rules.check_cancel, locked("pending", delivered=None), TAU_RETAIL, "too slow") == "invalid_reason"
    old = locked(delivered=datetime(2024, 1, 1, tzinfo=UTC))
    assert rules.check_return(old, [1], TODAY, TAU_RETAIL.return_window_days)[0]["line_no"] == 1
