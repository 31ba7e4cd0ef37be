"""SQL reads over the OMS tables (async psycopg on a connection pool).

Every order query takes the customer id and filters by it in SQL, so an order of another customer is
indistinguishable from one that does not exist: there is no code path that loads an order by number
alone.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from psycopg.rows import dict_row
from psycopg.types.json import set_json_loads
from psycopg_pool import AsyncConnectionPool

from oms.schemas import (
    Category,
    Customer,
    CustomerOverview,
    Order,
    OrderLine,
    OrderSummary,
    Payment,
    Product,
    Shipment,
    Tracking,
    Variant,
)

_CUSTOMER_COLUMNS = "id, email, first_name, last_name, phone, address, region, language, created_at"
_SHIPMENT_COLUMNS = "id, carrier, tracking_number, tracking_url, status, shipped_at, promised_date, delivered_at, line_nos, events"
# Among the spellings of an order number, the first one (in preference order) that exists wins.
_FIND_ORDER = """
    SELECT * FROM orders
    WHERE customer_id = %(customer_id)s AND id = ANY(%(ids)s::text[])
    ORDER BY array_position(%(ids)s::text[], id)
    LIMIT 1
"""


# An order line with what its product is (category, product line): a customer names goods by kind
# ("the boots"), and the agent matches that against these (tools/oms/item_match.py).
_LINE_COLUMNS = """
    SELECT i.*, p.category, p.product_line FROM order_items i LEFT JOIN products p ON p.id = i.product_id
"""


# The newest orders of a customer with their lines, payments and shipments, in one statement: the
# children come back as JSON arrays (read with Decimal numbers, so money stays exact).
_LATEST_ORDERS = f"""
    SELECT o.*,
           coalesce((SELECT json_agg(i ORDER BY i.line_no) FROM ({_LINE_COLUMNS} WHERE i.order_id = o.id) i), '[]')
               AS items,
           coalesce((SELECT json_agg(p ORDER BY p.created_at, p.id) FROM payments p WHERE p.order_id = o.id), '[]')
               AS payments,
           coalesce((SELECT json_agg(s ORDER BY s.shipped_at NULLS LAST, s.id)
                     FROM (SELECT {_SHIPMENT_COLUMNS} FROM shipments WHERE order_id = o.id) s), '[]') AS shipments
    FROM orders o
    WHERE o.customer_id = %s
    ORDER BY o.placed_at DESC, o.id DESC
    LIMIT %s
"""


def _exact_json(text: str | bytes) -> Any:
    return json.loads(text, parse_float=Decimal)


def _like_pattern(text: str) -> str:
    """A LIKE pattern matching text literally anywhere (so '%' or '_' typed by a user are not wildcards)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class OmsRepository:
    """Read access to customers, orders and products; one pooled connection per call."""

    def __init__(self, pool: AsyncConnectionPool) -> None:
        self._pool = pool

    @property
    def pool(self) -> AsyncConnectionPool:
        return self._pool

    async def ping(self) -> None:
        async with self._pool.connection() as conn:
            await conn.execute("SELECT 1")

    async def find_customers_by_email(self, email: str) -> list[Customer]:
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(
                f"SELECT {_CUSTOMER_COLUMNS} FROM customers WHERE lower(email) = lower(%s) ORDER BY id",
                (email.strip(),),
            )
            return [Customer.model_validate(row) for row in await cur.fetchall()]

    async def get_customer(self, customer_id: str) -> Customer | None:
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(f"SELECT {_CUSTOMER_COLUMNS} FROM customers WHERE id = %s", (customer_id,))
            row = await cur.fetchone()
            return Customer.model_validate(row) if row else None

    async def list_orders(self, customer_id: str, limit: int, offset: int) -> tuple[int, list[OrderSummary]]:
        """One page of a customer's orders, newest first, and how many they have in all."""
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute("SELECT count(*) AS n FROM orders WHERE customer_id = %s", (customer_id,))
            total = (await cur.fetchone())["n"]
            await cur.execute(
                """SELECT o.id, o.status, o.placed_at, o.currency, o.total, o.shipping_method,
                          (SELECT coalesce(sum(i.quantity), 0) FROM order_items i WHERE i.order_id = o.id)
                              AS item_count
                   FROM orders o
                   WHERE o.customer_id = %s
                   ORDER BY o.placed_at DESC, o.id DESC
                   LIMIT %s OFFSET %s""",
                (customer_id, limit, offset),
            )
            return total, [OrderSummary.model_validate(row) for row in await cur.fetchall()]

    async def get_order(self, customer_id: str, candidate_ids: list[str]) -> Order | None:
        """The customer's order under the first matching spelling, with items, payments and shipments."""
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(_FIND_ORDER, {"customer_id": customer_id, "ids": candidate_ids})
            order = await cur.fetchone()
            if order is None:
                return None
            await cur.execute(
                f"{_LINE_COLUMNS} WHERE i.order_id = %s ORDER BY i.line_no", (order["id"],)
            )
            items = [OrderLine.model_validate(row) for row in await cur.fetchall()]
            await cur.execute(
                "SELECT * FROM payments WHERE order_id = %s ORDER BY created_at, id", (order["id"],)
            )
            payments = [Payment.model_validate(row) for row in await cur.fetchall()]
            shipments = await self._shipments(cur, order["id"])
        return Order(
            **order,
            paid_total=_sum(payments, "payment"),
            refunded_total=_sum(payments, "refund"),
            items=items,
            payments=payments,
            shipments=shipments,
        )

    async def get_overview(self, customer_id: str, orders: int) -> CustomerOverview | None:
        """The customer, how many orders they have, and their newest `orders` orders in full: two statements
        on one connection instead of one request per order."""
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            set_json_loads(_exact_json, cur)
            await cur.execute(
                f"""SELECT {_CUSTOMER_COLUMNS}, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS total_count
                    FROM customers c WHERE id = %s""",
                (customer_id,),
            )
            row = await cur.fetchone()
            if row is None:
                return None
            total_count = row.pop("total_count")
            latest: list[dict[str, Any]] = []
            if orders > 0:
                await cur.execute(_LATEST_ORDERS, (customer_id, orders))
                latest = await cur.fetchall()
        return CustomerOverview(
            customer=Customer.model_validate(row),
            total_count=total_count,
            orders=[_full_order(order) for order in latest],
        )

    async def get_tracking(self, customer_id: str, candidate_ids: list[str]) -> Tracking | None:
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(_FIND_ORDER, {"customer_id": customer_id, "ids": candidate_ids})
            order = await cur.fetchone()
            if order is None:
                return None
            shipments = await self._shipments(cur, order["id"])
        return Tracking(order_id=order["id"], order_status=order["status"], shipments=shipments)

    async def get_product(self, product_id: str) -> Product | None:
        products = await self._products("WHERE id = %s", (product_id,), limit=1)
        return products[0] if products else None

    async def search_products(self, query: str, limit: int) -> list[Product]:
        """Products whose name, category, line or description contains the query (case-insensitive)."""
        pattern = _like_pattern(query.strip())
        return await self._products(
            "WHERE name ILIKE %(p)s OR category ILIKE %(p)s OR product_line ILIKE %(p)s OR description ILIKE %(p)s",
            {"p": pattern},
            limit=limit,
        )

    async def categories(self) -> list[Category]:
        """Every kind of goods the store sells, with its number of products and their price range: what a customer
        asking "what do you sell?" is told."""
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(
                "SELECT p.category AS name, count(DISTINCT p.id) AS products, min(v.price) AS min_price, "
                "max(v.price) AS max_price FROM products p JOIN variants v ON v.product_id = p.id "
                "GROUP BY p.category ORDER BY p.category"
            )
            return [Category.model_validate(row) for row in await cur.fetchall()]

    async def _products(self, where: str, params: Any, limit: int) -> list[Product]:
        async with self._pool.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(f"SELECT * FROM products {where} ORDER BY name, id LIMIT {int(limit)}", params)
            rows = await cur.fetchall()
            if not rows:
                return []
            await cur.execute(
                "SELECT * FROM variants WHERE product_id = ANY(%s) ORDER BY product_id, id",
                ([row["id"] for row in rows],),
            )
            variants: dict[str, list[Variant]] = {}
            for variant in await cur.fetchall():
                variants.setdefault(variant["product_id"], []).append(Variant.model_validate(variant))
        return [Product(**row, variants=variants.get(row["id"], [])) for row in rows]

    @staticmethod
    async def _shipments(cur: Any, order_id: str) -> list[Shipment]:
        await cur.execute(
            f"SELECT {_SHIPMENT_COLUMNS} FROM shipments WHERE order_id = %s ORDER BY shipped_at NULLS LAST, id",
            (order_id,),
        )
        return [Shipment.model_validate(row) for row in await cur.fetchall()]


def _full_order(row: dict[str, Any]) -> Order:
    """An order row with its JSON children, as the same Order that get_order returns."""
    items = [OrderLine.model_validate(i) for i in row.pop("items")]
    payments = [Payment.model_validate(p) for p in row.pop("payments")]
    shipments = [Shipment.model_validate(s) for s in row.pop("shipments")]
    return Order(
        **row,
        paid_total=_sum(payments, "payment"),
        refunded_total=_sum(payments, "refund"),
        items=items,
        payments=payments,
        shipments=shipments,
    )


def _sum(payments: list[Payment], kind: str) -> Decimal:
    """Money that actually moved: succeeded payments (or refunds) only."""
    return sum((p.amount for p in payments if p.kind == kind and p.status == "succeeded"), Decimal("0.00"))
