"""The Shopify adapter against a TEST DOUBLE of Shopify's Admin GraphQL API (tests/doubles/shopify_admin.py),
served over real HTTP: Shopify itself is a third-party service the tests cannot reach."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from tests.doubles.shopify_admin import TOKEN, ShopifyAdminDouble
from tests.integration.asgi_thread import serve_in_thread
from tools.oms.actions import Proposal, Refusal, propose
from tools.oms.errors import ActionRefused, OmsRequestRejected, OrderNotFound
from tools.oms.shopify import ShopifyOrderManagement

pytestmark = pytest.mark.integration


@pytest.fixture()
def shopify() -> Iterator[tuple[ShopifyAdminDouble, str]]:
    double = ShopifyAdminDouble()
    with serve_in_thread(double.app) as url:
        yield double, url


@pytest.fixture()
async def oms(shopify):
    async with ShopifyOrderManagement(shopify[1], TOKEN, timeout_s=5.0) as client:
        yield client


async def test_orders_by_name_scoped_to_the_customer_with_tracking(oms):
    customer = await oms.find_customer_by_email("Avery@Example.test")
    assert customer is not None and customer.id == "7001" and customer.first_name == "Avery"
    order = await oms.get_order("7001", "1002")
    assert order.id == "#1002" and order.status == "delivered" and order.total == Decimal("49.99")
    assert order.shipments[0].carrier == "UPS" and order.shipments[0].tracking_number == "1Z999AA11002"
    assert order.payments[0].method == "shopify_payments" and order.refundable_amount == Decimal("49.99")
    assert (await oms.get_order("7001", "#1001")).status == "processing"
    with pytest.raises(OrderNotFound):
        await oms.get_order("7001", "#1003")  # Blake's order
    assert [o.id for o in await oms.list_orders("7001")] == ["#1001", "#1002"]
    overview = await oms.get_overview("7001")
    assert overview.customer.id == "7001" and [o.id for o in overview.orders] == ["#1001", "#1002"]
    assert await oms.verify_customer("avery@example.test", "#1002") == "7001"
    assert await oms.verify_customer("avery@example.test", "#1003") is None


async def test_a_wrong_access_token_is_refused(shopify):
    async with ShopifyOrderManagement(shopify[1], "wrong", timeout_s=5.0) as client:
        with pytest.raises(OmsRequestRejected):
            await client.get_order("7001", "#1001")


async def test_cancel_once_per_key_and_only_before_fulfilment(shopify, oms):
    double, _ = shopify
    done = await oms.cancel_order("7001", "#1001", reason="changed my mind", key="k-cancel-1")
    assert done.order_status == "cancelled" and done.refunds[0].amount == Decimal("49.99") and not done.replayed
    again = await oms.cancel_order("7001", "#1001", reason="changed my mind", key="k-cancel-1")
    assert again.replayed and double.mutations == [("orderCancel", "#1001")]
    with pytest.raises(ActionRefused) as refused:
        await oms.cancel_order("7001", "#1002", reason="x", key="k-cancel-2")
    assert refused.value.code == "not_cancellable"
    with pytest.raises(OrderNotFound):
        await oms.cancel_order("7001", "#1003", reason="x", key="k-cancel-3")
    assert double.orders[1003]["cancelledAt"] is None


async def test_refunds_once_per_key_and_never_over_the_limit(shopify, oms):
    double, _ = shopify
    with pytest.raises(ActionRefused) as refused:
        await oms.refund("7001", "#1002", amount=Decimal("50.01"), reason="late", key="k-refund-0")
    assert refused.value.code == "over_refund_limit" and double.mutations == []
    done = await oms.refund("7001", "#1002", amount=Decimal("20.00"), reason="late", key="k-refund-1")
    assert done.refunded == Decimal("20.00") and not done.replayed
    again = await oms.refund("7001", "#1002", amount=Decimal("20.00"), reason="late", key="k-refund-1")
    assert again.replayed and double.mutations == [("refundCreate", "#1002")]
    with pytest.raises(ActionRefused) as refused:
        await oms.refund("7001", "#1002", amount=Decimal("30.00"), reason="more", key="k-refund-2")
    assert refused.value.code == "amount_exceeds_refundable"


async def test_returns_and_address_changes_follow_fulfilment(shopify, oms):
    double, _ = shopify
    started = await oms.start_return("7001", "#1002", line_nos=[1], reason="too big", key="k-return-1")
    assert started.return_info.return_id == "#1002-R1" and started.return_info.refund_amount == Decimal("49.99")
    with pytest.raises(ActionRefused) as refused:
        await oms.change_address("7001", "#1002", address={"address1": "2 Elm St", "city": "Salem", "state": "MA",
                                                           "zip": "01970", "country": "US"}, key="k-address-1")
    assert refused.value.code == "already_shipped"
    moved = await oms.change_address("7001", "#1001", address={"address1": "2 Elm St", "city": "Salem", "state": "MA",
                                                               "zip": "01970", "country": "US"}, key="k-address-2")
    assert moved.address["city"] == "Salem"
    assert double.mutations == [("returnCreate", "#1002"), ("orderUpdate", "#1001")]


async def test_the_same_policy_checks_run_on_shopify_orders(oms):
    delivered = (await oms.get_order("7001", "#1002")).model_dump(mode="json")
    refusal = propose("cancel_order", delivered, "cancel it", None)
    # delivered long past the return window: refused, and no return offered that would be refused in turn
    assert isinstance(refusal, Refusal) and refusal.code == "not_cancellable" and refusal.offer is None
    assert "outside our 30-day return window" in refusal.message, refusal.message
    unfulfilled = (await oms.get_order("7001", "#1001")).model_dump(mode="json")
    assert isinstance(propose("cancel_order", unfulfilled, "cancel it", None), Proposal)
