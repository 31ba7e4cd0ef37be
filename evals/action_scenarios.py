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
    address = {"address1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02110", "country": "US"}
    for cid, first in ((customer, "Avery"), (other, "Blake")):
        conn.execute(
            """INSERT INTO customers (id, email, first_name, last_name, address, region, created_at)
               VALUES (%s, %s, %s, 'Tester', %s, 'US', %s)""",
            (cid, f"{cid.lower()}@example.test", first, json.dumps(address), now - timedelta(days=400)),
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
        number = _order_number(conn, rng)
        placed = now - timedelta(days=placed_days)
        conn.execute(
            """INSERT INTO orders (id, customer_id, status, placed_at, subtotal, shipping_cost, total,
                                   shipping_method, shipping_address, updated_at)
               VALUES (%s, %s, %s, %s, %s, 0, %s, 'standard', %s, %s)""",
            (number, owner, status, placed, Decimal(price), Decimal(price), json.dumps(address), placed),
        )
        line_status = {"delivered": "delivered", "in_transit": "shipped"}.get(status, "ordered")
        conn.execute(
            """INSERT INTO order_items (order_id, line_no, variant_id, product_id, product_name, options, quantity,
                                        unit_price, status)
               VALUES (%s, 1, %s, %s, 'Harbor Pocket Tee', %s, 1, %s, %s)""",
            (number, variants["M"], product, json.dumps({"size": "M", "color": "navy"}), Decimal(price), line_status),
        )
        conn.execute(
            """INSERT INTO payments (id, order_id, kind, method, amount, status, created_at)
               VALUES (%s, %s, 'payment', 'card:visa:4242', %s, 'succeeded', %s)""",
            (f"P-{number}", number, Decimal(price), placed),
        )
        if shipped or delivered_days is not None:
            delivered = now - timedelta(days=delivered_days) if delivered_days is not None else None
            conn.execute(
                """INSERT INTO shipments (id, order_id, carrier, tracking_number, tracking_url, status, shipped_at,
                                          delivered_at)
                   VALUES (%s, %s, 'USPS', %s, 'https://tools.usps.com/go/TrackConfirmAction', %s, %s, %s)""",
                (f"S-{number}", number, f"9400{number[3:]}", "delivered" if delivered else "in_transit",
                 placed + timedelta(days=1), delivered),
            )
        return number

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
    rng = random.Random()
    number = _order_number(conn, rng)
    now = datetime.now(UTC).replace(microsecond=0)
    placed = now - timedelta(days=10)
    total = Decimal("49.99") + Decimal(shipping_cost)
    conn.execute(
        """INSERT INTO orders (id, customer_id, status, placed_at, subtotal, shipping_cost, total, shipping_method,
                               shipping_address, updated_at)
           SELECT %s, id, 'delivered', %s, 49.99, %s, %s, %s, address, %s FROM customers WHERE id = %s""",
        (number, placed, Decimal(shipping_cost), total, method, placed, store.customer_id),
    )
    conn.execute(
        """INSERT INTO order_items (order_id, line_no, variant_id, product_id, product_name, options, quantity,
                                    unit_price, status)
           VALUES (%s, 1, %s, %s, 'Harbor Pocket Tee', %s, 1, 49.99, 'delivered')""",
        (number, store.variants["M"], store.product_id, json.dumps({"size": "M", "color": "navy"})),
    )
    conn.execute(
        """INSERT INTO payments (id, order_id, kind, method, amount, status, created_at)
           VALUES (%s, %s, 'payment', 'card:visa:4242', %s, 'succeeded', %s)""",
        (f"P-{number}", number, total, placed),
    )
    conn.execute(
        """INSERT INTO shipments (id, order_id, carrier, tracking_number, tracking_url, status, shipped_at,
                                  promised_date, delivered_at)
           VALUES (%s, %s, 'UPS', %s, 'https://www.ups.com/track', 'delivered', %s, %s, %s)""",
        (f"S-{number}", number, f"1Z{number[2:]}", placed + timedelta(days=1), (now - timedelta(days=6)).date(),
         now - timedelta(days=3)),
    )
    conn.commit()
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
