"""The demo OMS over real HTTP: real uvicorn on a free port, real PostgreSQL, read through the agent's client.

The module inserts its own small store (two customers, four orders) so it does not depend on the demo
generator; ids are prefixed so they cannot collide with other rows in the session database.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal

import httpx
import psycopg
import pytest
import pytest_asyncio
import uvicorn

from core.service_key import SERVICE_KEY_HEADER, oms_service_key
from core.settings import Settings
from oms.app import create_app
from tools.oms.errors import (
    CustomerNotFound,
    InvalidOrderNumber,
    OmsRequestRejected,
    OmsUnavailable,
    OrderNotFound,
    ProductNotFound,
)
from tools.oms.http import HttpOrderManagement
from tools.oms.retry import ATTEMPTS, BASE_DELAY_S

pytestmark = pytest.mark.integration

ALICE, BOB = "T-OMS-ALICE", "T-OMS-BOB"
SIZE_CHART = {"unit": "in", "columns": ["chest"], "rows": {"M": {"chest": 40}, "L": {"chest": 43}}}


def _insert_store(conn: psycopg.Connection) -> None:
    """Two customers, one product with two variants, three orders for Alice and one for Bob."""
    address = json.dumps(
        {"address1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02110", "country": "US"}
    )
    conn.execute(
        """INSERT INTO customers (id, email, first_name, last_name, address, region) VALUES
           (%s, 'Alice.OMS@Example.test', 'Alice', 'Archer', %s, 'US'),
           (%s, 'bob.oms@example.test', 'Bob', 'Baker', %s, 'US')""",
        (ALICE, address, BOB, address),
    )
    conn.execute(
        """INSERT INTO products (id, name, product_line, category, description, size_chart)
           VALUES ('T-OMS-P1', 'Oxford Shirt T-OMS', 'tops', 'shirts', 'A crisp oxford.', %s)""",
        (json.dumps(SIZE_CHART),),
    )
    conn.execute(
        """INSERT INTO variants (id, product_id, options, price) VALUES
           ('T-OMS-V1', 'T-OMS-P1', '{"size": "M"}', 30.00), ('T-OMS-V2', 'T-OMS-P1', '{"size": "L"}', 30.00)"""
    )
    orders = [
        ("NB990001", ALICE, "delivered", "2024-03-01T10:00:00Z", "60.00"),
        ("NB990002", ALICE, "in_transit", "2024-04-01T10:00:00Z", "30.00"),
        ("#W9900001", ALICE, "pending", "2024-02-01T10:00:00Z", "30.00"),
        ("NB990003", BOB, "delivered", "2024-03-15T10:00:00Z", "30.00"),
    ]
    for order_id, customer, status, placed_at, total in orders:
        conn.execute(
            """INSERT INTO orders (id, customer_id, status, placed_at, subtotal, total, shipping_method, shipping_address)
               VALUES (%s, %s, %s, %s, %s, %s, 'standard', %s)""",
            (order_id, customer, status, placed_at, total, total, address),
        )
        conn.execute(
            """INSERT INTO order_items (order_id, line_no, variant_id, product_id, product_name, options, quantity, unit_price)
               VALUES (%s, 1, 'T-OMS-V1', 'T-OMS-P1', 'Oxford Shirt', '{"size": "M"}', %s, 30.00)""",
            (order_id, int(Decimal(total) / 30)),
        )
        conn.execute(
            """INSERT INTO payments (id, order_id, kind, method, amount, created_at)
               VALUES (%s, %s, 'payment', 'card:visa:4242', %s, %s)""",
            (f"{order_id}-P1", order_id, total, placed_at),
        )
    conn.execute(
        """INSERT INTO payments (id, order_id, kind, method, amount, created_at)
           VALUES ('NB990001-R1', 'NB990001', 'refund', 'card:visa:4242', 20.00, '2024-03-10T10:00:00Z')"""
    )
    events = [
        {
            "at": "2024-04-02T09:00:00Z",
            "status": "label_created",
            "location": "Columbus, OH",
            "description": "Label",
        },
        {
            "at": "2024-04-03T09:00:00Z",
            "status": "in_transit",
            "location": "Albany, NY",
            "description": "Departed",
        },
    ]
    conn.execute(
        """INSERT INTO shipments (id, order_id, carrier, tracking_number, tracking_url, status, shipped_at, events)
           VALUES ('T-OMS-S1', 'NB990002', 'UPS', '1ZTOMS0000000001', 'https://www.ups.com/track?tracknum=1ZTOMS0000000001',
                   'in_transit', '2024-04-02T09:00:00Z', %s)""",
        (json.dumps(events),),
    )
    conn.commit()


@pytest.fixture(scope="module")
def oms_url(db_url: str, test_settings: Settings) -> Iterator[str]:
    """The real OMS app served by uvicorn in a background thread on a free port."""
    with psycopg.connect(db_url) as conn:
        _insert_store(conn)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(test_settings), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the OMS did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest_asyncio.fixture(loop_scope="function")
async def oms(oms_url: str) -> AsyncIterator[HttpOrderManagement]:
    async with HttpOrderManagement(oms_url, timeout_s=3.0) as client:
        yield client


def _get(url: str) -> httpx.Response:
    """A raw call as an internal service makes it: with this install's OMS service key."""
    return httpx.get(url, headers={SERVICE_KEY_HEADER: oms_service_key()})


async def test_calls_without_the_service_key_are_refused(oms_url: str) -> None:
    """Finding: the demo OMS answered GET /customers/{id}/orders for anyone, with no key."""
    for headers in ({}, {SERVICE_KEY_HEADER: "wrong"}, {SERVICE_KEY_HEADER: ""}):
        for path in (f"/customers/{ALICE}/orders", f"/customers/{ALICE}", "/customers?email=x@y.z", "/products?q=a",
                     "/categories", "/docs", "/openapi.json"):
            response = httpx.get(f"{oms_url}{path}", headers=headers)
            assert response.status_code == 401, (path, headers, response.text)
            assert response.json()["error"]["code"] == "service_key_required"
            assert ALICE not in response.text
    assert _get(f"{oms_url}/customers/{ALICE}/orders").status_code == 200
    assert httpx.get(f"{oms_url}/health").status_code == 200  # load balancers probe without a key


async def test_the_agent_client_without_the_key_is_refused(oms_url: str) -> None:
    async with HttpOrderManagement(oms_url, timeout_s=3.0, service_key="not-the-key") as stranger:
        with pytest.raises(OmsRequestRejected, match="401"):
            await stranger.list_orders(ALICE)


async def test_health(oms_url: str) -> None:
    response = httpx.get(f"{oms_url}/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


async def test_lookup_by_email_is_case_insensitive(oms: HttpOrderManagement) -> None:
    customer = await oms.find_customer_by_email("  alice.oms@EXAMPLE.test ")
    assert customer is not None and customer.id == ALICE and customer.full_name == "Alice Archer"
    assert await oms.find_customer_by_email("nobody@example.test") is None


async def test_malformed_email_is_rejected(oms: HttpOrderManagement) -> None:
    with pytest.raises(OmsRequestRejected, match="email"):
        await oms.find_customer_by_email("not-an-email")


async def test_get_customer(oms: HttpOrderManagement) -> None:
    assert (await oms.get_customer(BOB)).email == "bob.oms@example.test"
    with pytest.raises(CustomerNotFound):
        await oms.get_customer("T-OMS-NOBODY")


async def test_orders_of_a_customer_newest_first(oms: HttpOrderManagement) -> None:
    orders = await oms.list_orders(ALICE)
    assert [o.id for o in orders] == ["NB990002", "NB990001", "#W9900001"]
    assert orders[1].item_count == 2 and orders[1].total == Decimal("60.00")
    assert [o.id for o in await oms.list_orders(ALICE, limit=1, offset=1)] == ["NB990001"]
    with pytest.raises(CustomerNotFound):
        await oms.list_orders("T-OMS-NOBODY")
    with pytest.raises(OmsRequestRejected, match="limit"):
        await oms.list_orders(ALICE, limit=0)


@pytest.mark.parametrize("typed", ["NB990001", "nb990001", "#NB990001", "990001", " #nb990001 "])
async def test_order_by_each_demo_spelling(oms: HttpOrderManagement, typed: str) -> None:
    order = await oms.get_order(ALICE, typed)
    assert order.id == "NB990001" and order.customer_id == ALICE


@pytest.mark.parametrize("typed", ["#W9900001", "W9900001", "w9900001"])
async def test_order_by_each_tau_spelling(oms: HttpOrderManagement, typed: str) -> None:
    assert (await oms.get_order(ALICE, typed)).id == "#W9900001"


async def test_full_order_has_items_payments_and_refund_totals(oms: HttpOrderManagement) -> None:
    order = await oms.get_order(ALICE, "NB990001")
    assert [(line.product_name, line.quantity, line.unit_price) for line in order.items] == [
        ("Oxford Shirt", 2, Decimal("30.00"))
    ]
    assert order.paid_total == Decimal("60.00")
    assert order.refunded_total == Decimal("20.00")
    assert order.refundable_amount == Decimal("40.00")
    assert order.shipments == []


async def test_tracking_has_shipments_with_events(oms: HttpOrderManagement) -> None:
    tracking = await oms.get_tracking(ALICE, "990002")
    assert tracking.order_id == "NB990002" and tracking.order_status == "in_transit"
    (shipment,) = tracking.shipments
    assert shipment.carrier == "UPS" and shipment.tracking_number == "1ZTOMS0000000001"
    assert shipment.latest_event is not None and shipment.latest_event.location == "Albany, NY"


async def test_another_customers_order_is_not_found(oms: HttpOrderManagement, oms_url: str) -> None:
    with pytest.raises(OrderNotFound):
        await oms.get_order(ALICE, "NB990003")
    with pytest.raises(OrderNotFound):
        await oms.get_tracking(ALICE, "NB990003")
    assert (await oms.get_order(BOB, "NB990003")).customer_id == BOB
    foreign = _get(f"{oms_url}/customers/{ALICE}/orders/NB990003")
    missing = _get(f"{oms_url}/customers/{ALICE}/orders/NB999999")
    assert foreign.status_code == missing.status_code == 404
    assert foreign.content == missing.content


@pytest.mark.parametrize("typed", ["abc", "12", "NB-990001", "a/b", "", "x" * 200])
async def test_malformed_order_number(oms: HttpOrderManagement, typed: str) -> None:
    with pytest.raises(InvalidOrderNumber):
        await oms.get_order(ALICE, typed)


async def test_malformed_order_number_is_a_422_with_a_clear_message(oms_url: str) -> None:
    response = _get(f"{oms_url}/customers/{ALICE}/orders/abc")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_order_number" and "NB104233" in error["message"]


async def test_malformed_customer_id_is_a_422(oms_url: str) -> None:
    response = _get(f"{oms_url}/customers/a%20b/orders")
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


async def test_products(oms: HttpOrderManagement) -> None:
    product = await oms.get_product("T-OMS-P1")
    assert product.size_chart == SIZE_CHART and [v.id for v in product.variants] == ["T-OMS-V1", "T-OMS-V2"]
    assert [p.id for p in await oms.search_products("oxford shirt t-oms")] == ["T-OMS-P1"]
    assert await oms.search_products("100%_nothing") == []
    with pytest.raises(ProductNotFound):
        await oms.get_product("T-OMS-NOPE")


async def test_categories_give_each_kind_its_number_of_products_and_price_range(oms: HttpOrderManagement) -> None:
    kinds = await oms.categories()
    names = [kind.name for kind in kinds]
    assert names == sorted(set(names))  # one row a kind
    shirts = next(kind for kind in kinds if kind.name == "shirts")  # T-OMS-P1's kind, its variants at $30.00
    assert shirts.products >= 1 and shirts.min_price <= Decimal("30.00") <= shirts.max_price
    assert all(kind.products >= 1 and kind.min_price <= kind.max_price for kind in kinds)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_server_down_is_unavailable_within_the_timeout() -> None:
    url = f"http://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    async with HttpOrderManagement(url, timeout_s=2.0) as client:
        with pytest.raises(OmsUnavailable, match="Cannot reach"):
            await client.get_order(ALICE, "NB990001")
    assert time.monotonic() - started < 2.0


async def test_slow_server_is_unavailable_after_the_timeout() -> None:
    """A server that accepts connections and never answers: each attempt gives up at its deadline, and a
    read is tried ATTEMPTS times with backoff (tools/oms/retry.py) before the OMS is reported unavailable."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # the kernel completes the handshake; nobody ever reads or writes
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        async with HttpOrderManagement(url, timeout_s=0.5) as client:
            with pytest.raises(OmsUnavailable, match="did not answer within 0.5s"):
                await client.get_customer(ALICE)
        elapsed = time.monotonic() - started
    backoff = sum(BASE_DELAY_S * 2**i for i in range(ATTEMPTS - 1))
    assert ATTEMPTS * 0.45 + backoff <= elapsed < ATTEMPTS * 0.5 + backoff + 1.0


async def test_overview_is_the_customer_and_newest_orders_in_full(oms: HttpOrderManagement) -> None:
    """One call gives what a turn about orders reads: the same orders get_order returns, newest first."""
    overview = await oms.get_overview(ALICE, orders=2)
    assert overview.customer.id == ALICE and overview.customer.first_name == "Alice"
    assert overview.total_count == 3
    assert [o.id for o in overview.orders] == ["NB990002", "NB990001"]
    for order in overview.orders:
        assert order == await oms.get_order(ALICE, order.id)
    assert overview.orders[1].refunded_total == Decimal("20.00")  # money stays exact through the JSON
    assert overview.orders[0].shipments[0].latest_event.location == "Albany, NY"
    assert [s.model_dump() for s in overview.summaries()] == [
        s.model_dump() for s in await oms.list_orders(ALICE, limit=2)
    ]


async def test_overview_edges(oms: HttpOrderManagement, oms_url: str) -> None:
    assert (await oms.get_overview(BOB, orders=0)).orders == []
    assert [o.customer_id for o in (await oms.get_overview(BOB)).orders] == [BOB]  # only Bob's own
    with pytest.raises(CustomerNotFound):
        await oms.get_overview("T-OMS-NOBODY")
    too_many = httpx.get(
        f"{oms_url}/customers/{ALICE}/overview", params={"orders": 21}, headers={SERVICE_KEY_HEADER: oms_service_key()}
    )
    assert too_many.status_code == 422 and too_many.json()["error"]["code"] == "invalid_request"
