"""A small, known set of orders to exercise order actions against the real OMS (tests, fault injection).

Every call inserts one fresh customer (ids tagged, so runs never collide with the demo store or each
other) with one order per policy branch, dated relative to today so windows are judged as in
production. A second customer's order shows that nobody can act on someone else's order.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import psycopg


@dataclass(frozen=True)
class ActionStore:
    customer_id: str
    other_customer_id: str
    pending: str  # cancellable, $49.99 paid by card
    processing: str  # address can still change
    in_transit: str  # shipped: no cancel, no address change
    delivered_recent: str  # 5 days ago: returnable, exchangeable (size L in stock, XL not)
    delivered_old: str  # 60 days ago: outside the return window
    refund_small: str  # delivered, $49.99 refundable
    refund_big: str  # delivered, $50.01 refundable
    others_order: str  # belongs to other_customer_id
    product_id: str
    variants: dict[str, str]  # "M" / "L" / "XL" -> variant id


# Where every order of the action store goes (and where the customers live).
ADDRESS = {"address1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02110", "country": "US"}


def _order_number(conn: psycopg.Connection, rng: random.Random) -> str:
    """A fresh order number in the shape customers type (NB + 8 digits), never one already taken."""
    while True:
        number = f"NB9{rng.randrange(10**7):07d}"
        if conn.execute("SELECT 1 FROM orders WHERE id = %s", (number,)).fetchone() is None:
            return number


def create_action_store(conn: psycopg.Connection, tag: str | None = None) -> ActionStore:
    """Insert the store and commit; returns its ids."""
    rng = random.Random()
    tag = tag or f"{rng.randrange(16**8):08x}"
    now = datetime.now(UTC).replace(microsecond=0)
    customer, other = f"T-ACT-{tag}-A", f"T-ACT-{tag}-B"
    for cid, first in ((customer, "Avery"), (other, "Blake")):
        conn.execute(
            """INSERT INTO customers (id, email, first_name, last_name, address, region, created_at)
               VALUES (%s, %s, %s, 'Tester', %s, 'US', %s)""",
            (cid, f"{cid.lower()}@example.test", first, json.dumps(ADDRESS), now - timedelta(days=400)),
        )
    product = f"T-ACT-{tag}-TEE"
    conn.execute(
        """INSERT INTO products (id, name, product_line, category, description, attributes)
           VALUES (%s, 'Harbor Pocket Tee', 'tops', 'tees', 'A test tee.', '{"final_sale": false}')""",
        (product,),
    )
    variants = {size: f"{product}-{size}" for size in ("M", "L", "XL")}
    for size, vid in variants.items():
        conn.execute(
            "INSERT INTO variants (id, product_id, options, price, available) VALUES (%s, %s, %s, 49.99, %s)",
            (vid, product, json.dumps({"size": size, "color": "navy"}), size != "XL"),
        )

    def order(owner: str, status: str, price: str, placed_days: int, delivered_days: int | None = None,
              shipped: bool = False) -> str:
        placed = now - timedelta(days=placed_days)
        number = _order_number(conn, rng)
        shipment = None
        if shipped or delivered_days is not None:
            delivered = now - timedelta(days=delivered_days) if delivered_days is not None else None
            shipment = {"carrier": "USPS", "tracking_number": f"9400{number[3:]}",
                        "tracking_url": "https://tools.usps.com/go/TrackConfirmAction",
                        "status": "delivered" if delivered else "in_transit", "shipped_at": placed + timedelta(days=1),
                        "promised_date": None, "delivered_at": delivered}
        return _insert_order(conn, number, owner, status, placed, Decimal(price), product, variants["M"], shipment)

    store = ActionStore(
        customer_id=customer,
        other_customer_id=other,
        pending=order(customer, "pending", "49.99", 0),
        processing=order(customer, "processing", "49.99", 1),
        in_transit=order(customer, "in_transit", "49.99", 3, shipped=True),
        delivered_recent=order(customer, "delivered", "49.99", 9, delivered_days=5),
        delivered_old=order(customer, "delivered", "49.99", 70, delivered_days=60),
        refund_small=order(customer, "delivered", "49.99", 12, delivered_days=8),
        refund_big=order(customer, "delivered", "50.01", 12, delivered_days=8),
        others_order=order(other, "pending", "49.99", 0),
        product_id=product,
        variants=variants,
    )
    conn.commit()
    return store


def add_late_order(conn: psycopg.Connection, store: ActionStore, method: str = "express",
                   shipping_cost: str = "14.95") -> str:
    """One more delivered order for the store's customer, placed 10 days ago, promised 6 days ago and delivered 3
    days ago: what a request for late-delivery credit is about (tools/oms/late_delivery.py). Commits."""
    number = _order_number(conn, random.Random())
    now = datetime.now(UTC).replace(microsecond=0)
    placed = now - timedelta(days=10)
    shipment = {"carrier": "UPS", "tracking_number": f"1Z{number[2:]}", "tracking_url": "https://www.ups.com/track",
                "status": "delivered", "shipped_at": placed + timedelta(days=1),
                "promised_date": (now - timedelta(days=6)).date(), "delivered_at": now - timedelta(days=3)}
    _insert_order(conn, number, store.customer_id, "delivered", placed, Decimal("49.99"), store.product_id,
                  store.variants["M"], shipment, method=method, shipping_cost=Decimal(shipping_cost))
    conn.commit()
    return number


def _insert_order(conn: psycopg.Connection, number: str, owner: str, status: str, placed: datetime, price: Decimal,
                  product: str, variant: str, shipment: dict | None, *, method: str = "standard",
                  shipping_cost: Decimal = Decimal("0")) -> str:
    """One order of one Harbor Pocket Tee (size M, navy) paid by card, with its shipment if it has one."""
    total = price + shipping_cost
    conn.execute(
        """INSERT INTO orders (id, customer_id, status, placed_at, subtotal, shipping_cost, total,
                               shipping_method, shipping_address, updated_at)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
        (number, owner, status, placed, price, shipping_cost, total, method, json.dumps(ADDRESS), placed),
    )
    line_status = {"delivered": "delivered", "in_transit": "shipped"}.get(status, "ordered")
    conn.execute(
        """INSERT INTO order_items (order_id, line_no, variant_id, product_id, product_name, options, quantity,
                                    unit_price, status)
           VALUES (%s, 1, %s, %s, 'Harbor Pocket Tee', %s, 1, %s, %s)""",
        (number, variant, product, json.dumps({"size": "M", "color": "navy"}), price, line_status),
    )
    conn.execute(
        """INSERT INTO payments (id, order_id, kind, method, amount, status, created_at)
           VALUES (%s, %s, 'payment', 'card:visa:4242', %s, 'succeeded', %s)""",
        (f"P-{number}", number, total, placed),
    )
    if shipment is not None:
        conn.execute(
            """INSERT INTO shipments (id, order_id, carrier, tracking_number, tracking_url, status, shipped_at,
                                      promised_date, delivered_at)
               VALUES (%(id)s, %(order)s, %(carrier)s, %(tracking_number)s, %(tracking_url)s, %(status)s,
                       %(shipped_at)s, %(promised_date)s, %(delivered_at)s)""",
            {"id": f"S-{number}", "order": number, **shipment},
        )
    return number


def actions_on(conn: psycopg.Connection, order_id: str) -> list[tuple[str, str]]:
    """(action, idempotency key) of every action the OMS recorded on an order, oldest first."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT action, idempotency_key FROM order_actions WHERE order_id = %s ORDER BY created_at", (order_id,)
    )]


def refunds_on(conn: psycopg.Connection, order_id: str) -> list[Decimal]:
    return [r[0] for r in conn.execute(
        "SELECT amount FROM payments WHERE order_id = %s AND kind = 'refund' ORDER BY created_at", (order_id,)
    )]
