"""The demo OMS's write endpoints over real HTTP (uvicorn on a free port) and real PostgreSQL, through the
agent's client: the OMS's own rules, idempotency keys, row locks and customer scoping. The module inserts
its own orders (evals/action_scenarios.py), so it does not need the seeded demo store."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from decimal import Decimal

import httpx
import psycopg
import pytest

from core.settings import Settings
from evals.action_scenarios import actions_on, create_action_store, refunds_on
from oms.app import create_app
from tests.integration.asgi_thread import serve_in_thread
from tools.oms.errors import ActionRefused, OmsRequestRejected, OrderNotFound
from tools.oms.http import HttpOrderManagement

pytestmark = pytest.mark.integration


def serving(settings: Settings):
    """The real OMS app served by uvicorn in a background thread on a free port."""
    return serve_in_thread(create_app(settings))


@pytest.fixture(scope="module")
def oms_server(db_url: str, test_settings: Settings) -> Iterator[str]:
    with serving(test_settings) as url:
        yield url


@pytest.fixture(scope="module")
def store(db_url):
    with psycopg.connect(db_url) as conn:
        return create_action_store(conn)


@pytest.fixture()
async def oms(oms_server):
    async with HttpOrderManagement(oms_server, 5.0) as client:
        yield client


def key() -> str:
    return f"test-{uuid.uuid4()}"


async def test_cancel_a_pending_order_refunds_it_once_per_key(oms, store, db_url):
    k = key()
    first = await oms.cancel_order(store.customer_id, store.pending, reason="changed my mind", key=k)
    assert first.order_status == "cancelled" and not first.replayed
    assert [(r.method, r.amount) for r in first.refunds] == [("card:visa:4242", Decimal("49.99"))]
    again = await oms.cancel_order(store.customer_id, store.pending, reason="changed my mind", key=k)
    assert again.replayed and again.refunds == first.refunds
    with psycopg.connect(db_url) as conn:
        assert actions_on(conn, store.pending) == [("cancel", k)]
        assert refunds_on(conn, store.pending) == [Decimal("49.99")]
        assert conn.execute("SELECT status FROM orders WHERE id = %s", (store.pending,)).fetchone()[0] == "cancelled"
        history = conn.execute("SELECT source, status, item_statuses FROM order_history WHERE order_id = %s",
                               (store.pending,)).fetchall()
        assert history == [("cancel", "cancelled", {"1": "cancelled"})]  # once: the replay added no row
    with pytest.raises(ActionRefused) as refused:  # same key, another request
        await oms.cancel_order(store.customer_id, store.pending, reason="other words", key=k)
    assert refused.value.code == "idempotency_key_reused"
    with pytest.raises(ActionRefused) as refused:  # a new key cannot cancel twice
        await oms.cancel_order(store.customer_id, store.pending, reason="again", key=key())
    assert refused.value.code == "not_cancellable"


async def test_concurrent_requests_with_one_key_act_once(oms, store, db_url):
    k = key()
    results = await asyncio.gather(*(
        oms.refund(store.customer_id, store.refund_small, amount=Decimal("5.00"), reason="late", key=k) for _ in range(5)
    ))
    assert sum(not r.replayed for r in results) == 1
    with psycopg.connect(db_url) as conn:
        assert [a for a in actions_on(conn, store.refund_small) if a[1] == k] == [("refund", k)]


@pytest.mark.parametrize("order_attr", ["delivered_recent", "in_transit"])
async def test_shipped_or_delivered_orders_cannot_be_cancelled(oms, store, order_attr):
    with pytest.raises(ActionRefused) as refused:
        await oms.cancel_order(store.customer_id, getattr(store, order_attr), reason="x", key=key())
    assert refused.value.code == "not_cancellable"


async def test_address_changes_before_shipping_only_and_must_be_complete(oms, store, db_url):
    new = {"address1": "742 Evergreen Terrace", "city": "Springfield", "state": "IL", "zip": "62704", "country": "us"}
    with pytest.raises(ActionRefused) as refused:
        await oms.change_address(store.customer_id, store.in_transit, address=new, key=key())
    assert refused.value.code == "already_shipped"
    with pytest.raises(OmsRequestRejected):
        await oms.change_address(store.customer_id, store.processing, address={**new, "zip": "!"}, key=key())
    with pytest.raises(OmsRequestRejected):  # a field the OMS does not check is refused, not ignored
        await oms.change_address(store.customer_id, store.processing, address={**new, "status": "delivered"}, key=key())
    done = await oms.change_address(store.customer_id, store.processing, address=new, key=key())
    assert done.address["country"] == "US"
    with psycopg.connect(db_url) as conn:
        saved = conn.execute("SELECT shipping_address FROM orders WHERE id = %s", (store.processing,)).fetchone()[0]
    assert saved["address1"] == "742 Evergreen Terrace" and saved["zip"] == "62704"


async def test_returns_inside_the_window_get_a_label_outside_are_refused(oms, store):
    with pytest.raises(ActionRefused) as refused:
        await oms.start_return(store.customer_id, store.delivered_old, line_nos=[1], reason="too big", key=key())
    assert refused.value.code == "outside_return_window"
    with pytest.raises(ActionRefused) as refused:
        await oms.start_return(store.customer_id, store.in_transit, line_nos=[1], reason="x", key=key())
    assert refused.value.code == "line_not_returnable"


async def test_exchange_needs_stock_and_the_same_product(oms, store, db_url):
    with pytest.raises(ActionRefused) as refused:
        await oms.exchange_item(store.customer_id, store.refund_big, line_no=1,
                                new_variant_id=store.variants["XL"], key=key())
    assert refused.value.code == "out_of_stock"
    with psycopg.connect(db_url) as conn:
        foreign = create_action_store(conn).variants["L"]  # another product's variant
    with pytest.raises(OmsRequestRejected):
        await oms.exchange_item(store.customer_id, store.refund_big, line_no=1, new_variant_id=foreign, key=key())
    done = await oms.exchange_item(store.customer_id, store.refund_big, line_no=1,
                                   new_variant_id=store.variants["L"], key=key())
    assert done.exchange.to_options == {"size": "L", "color": "navy"} and done.exchange.instructions


async def test_refunds_are_capped_by_the_limit_and_by_what_was_paid(oms, store):
    with pytest.raises(ActionRefused) as refused:
        await oms.refund(store.customer_id, store.refund_big, amount=Decimal("50.01"), reason="x", key=key())
    assert refused.value.code == "over_refund_limit"
    done = await oms.refund(store.customer_id, store.delivered_old, amount=Decimal("49.99"), reason="x", key=key())
    assert done.refunded == Decimal("49.99")
    with pytest.raises(ActionRefused) as refused:  # everything paid is already refunded
        await oms.refund(store.customer_id, store.delivered_old, amount=Decimal("0.01"), reason="x", key=key())
    assert refused.value.code == "amount_exceeds_refundable"


async def test_another_customers_order_is_the_same_404_as_a_missing_one(oms, store, db_url):
    with pytest.raises(OrderNotFound):
        await oms.cancel_order(store.customer_id, store.others_order, reason="x", key=key())
    with pytest.raises(OrderNotFound):
        await oms.cancel_order(store.customer_id, "NB99999999", reason="x", key=key())
    with psycopg.connect(db_url) as conn:
        assert actions_on(conn, store.others_order) == []
        assert conn.execute("SELECT status FROM orders WHERE id = %s", (store.others_order,)).fetchone()[0] == "pending"


async def test_an_action_without_an_idempotency_key_is_refused(oms_server, store):
    url = f"{oms_server}/customers/{store.customer_id}/orders/{store.others_order}/cancel"
    async with HttpOrderManagement(oms_server) as agent_client:  # the headers the agent sends, minus the key
        headers = dict(agent_client._client.headers)
    async with httpx.AsyncClient() as client:
        response = await client.post(url, json={"reason": "x"}, headers=headers)
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


async def test_verification_matches_email_and_order_number_and_nothing_else(oms, store):
    email = f"{store.customer_id.lower()}@example.test"
    assert await oms.verify_customer(email.upper(), store.pending.lower()) == store.customer_id
    assert await oms.verify_customer(email, store.others_order) is None  # someone else's order
    assert await oms.verify_customer("nobody@example.test", store.pending) is None
    assert await oms.verify_customer(email, "not a number") is None


async def test_a_tau_retail_oms_applies_tau_retail_rules(db_url, test_settings):
    """STORE_POLICY=tau-retail: pending-only cancels with its two reasons, no return window, no bare refunds."""
    with psycopg.connect(db_url) as conn:
        tau = create_action_store(conn)
    with serving(test_settings.model_copy(update={"store_policy": "tau-retail"})) as url:
        async with HttpOrderManagement(url, 5.0) as client:
            with pytest.raises(ActionRefused) as refused:
                await client.cancel_order(tau.customer_id, tau.processing, reason="no longer needed", key=key())
            assert refused.value.code == "not_cancellable"
            with pytest.raises(OmsRequestRejected):
                await client.cancel_order(tau.customer_id, tau.pending, reason="changed my mind", key=key())
            done = await client.cancel_order(tau.customer_id, tau.pending, reason="ordered by mistake", key=key())
            assert done.order_status == "cancelled"
            with pytest.raises(ActionRefused) as refused:
                await client.refund(tau.customer_id, tau.refund_small, amount=Decimal("5.00"), reason="x", key=key())
            assert refused.value.code == "refund_not_offered"
            returned = await client.start_return(tau.customer_id, tau.delivered_old, line_nos=[1], reason="x", key=key())
            assert returned.order_status == "return requested" and returned.return_info.label_url
