"""Response models of the demo OMS: the JSON contract the agent's HTTP client reads.

Money is Decimal (serialised as a string, so 19.99 never becomes 19.989999). Every error has the
same envelope, {"error": {"code", "message"}}, so clients map codes, not prose.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorBody(_Model):
    code: str
    message: str
    details: Any | None = None


class ErrorResponse(_Model):
    error: ErrorBody


class Health(_Model):
    status: str
    database: str


class Customer(_Model):
    id: str
    email: str
    first_name: str
    last_name: str
    phone: str | None = None
    address: dict[str, Any]
    region: str | None = None
    language: str
    created_at: datetime


class CustomerList(_Model):
    customers: list[Customer]


class OrderSummary(_Model):
    id: str
    status: str
    placed_at: datetime
    currency: str
    total: Decimal
    item_count: int
    shipping_method: str | None = None


class OrderPage(_Model):
    customer_id: str
    total_count: int
    limit: int
    offset: int
    orders: list[OrderSummary]


class OrderLine(_Model):
    line_no: int
    variant_id: str
    product_id: str
    product_name: str
    options: dict[str, Any]
    quantity: int
    unit_price: Decimal
    status: str


class Payment(_Model):
    id: str
    kind: str
    method: str
    amount: Decimal
    status: str
    created_at: datetime


class TrackingEvent(_Model):
    at: datetime
    status: str
    location: str | None = None
    description: str | None = None


class Shipment(_Model):
    id: str
    carrier: str
    tracking_number: str
    tracking_url: str
    status: str
    shipped_at: datetime | None = None
    promised_date: date | None = None
    delivered_at: datetime | None = None
    line_nos: list[int] | None = None
    events: list[TrackingEvent] = []


class Order(_Model):
    id: str
    customer_id: str
    status: str
    placed_at: datetime
    updated_at: datetime
    currency: str
    subtotal: Decimal
    shipping_cost: Decimal
    discount: Decimal
    total: Decimal
    promo_code: str | None = None
    shipping_method: str | None = None
    shipping_address: dict[str, Any]
    paid_total: Decimal
    refunded_total: Decimal
    items: list[OrderLine]
    payments: list[Payment]
    shipments: list[Shipment]


class CustomerOverview(_Model):
    """A customer with their latest orders in full: what one support turn about orders needs."""

    customer: Customer
    total_count: int  # all the customer's orders, of which `orders` holds the newest
    orders: list[Order]


class Tracking(_Model):
    order_id: str
    order_status: str
    shipments: list[Shipment]


class Variant(_Model):
    id: str
    options: dict[str, Any]
    price: Decimal
    available: bool


class Product(_Model):
    id: str
    name: str
    product_line: str
    category: str
    description: str
    size_chart: dict[str, Any] | None = None
    care: str | None = None
    attributes: dict[str, Any]
    variants: list[Variant]


class ProductList(_Model):
    products: list[Product]
