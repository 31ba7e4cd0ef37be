"""Response models of the demo OMS: the JSON contract the agent's HTTP client reads.

Money is Decimal (serialised as a string, so 19.99 never becomes 19.989999). Every error has the
same envelope, {"error": {"code", "message"}}, so clients map codes, not prose.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


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
    category: str | None = None  # what the product is ("boots"), for matching the goods a customer names
    product_line: str | None = None
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


class Category(_Model):
    """One kind of goods the store sells ("jackets"): how many products and their price range."""

    name: str
    products: int
    min_price: Decimal
    max_price: Decimal


class CategoryList(_Model):
    categories: list[Category]


# --- order actions (oms/actions.py) ---------------------------------------------------------------
# Requests are strict (extra fields refused) so a caller cannot slip in what the OMS does not check.


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CancelRequest(_Request):
    reason: str = Field(min_length=1, max_length=500)


class Address(_Request):
    """A shipping address the carrier can deliver to: street, city, postal code and country are required."""

    name: str | None = Field(default=None, max_length=120)
    address1: str = Field(min_length=3, max_length=200)
    address2: str | None = Field(default=None, max_length=200)
    city: str = Field(min_length=1, max_length=100)
    state: str | None = Field(default=None, max_length=100)
    zip: str = Field(min_length=3, max_length=12, pattern=r"^[A-Za-z0-9][A-Za-z0-9 -]{1,10}[A-Za-z0-9]$")
    country: str = Field(min_length=2, max_length=2, pattern=r"^[A-Za-z]{2}$")


class AddressRequest(_Request):
    address: Address


class ReturnRequest(_Request):
    line_nos: list[int] = Field(min_length=1, max_length=50)
    reason: str = Field(min_length=1, max_length=500)


class ExchangeRequest(_Request):
    line_no: int = Field(ge=1)
    new_variant_id: str = Field(min_length=1, max_length=64)
    reason: str = Field(default="exchange", min_length=1, max_length=500)


class RefundRequest(_Request):
    amount: Decimal = Field(gt=0, max_digits=10, decimal_places=2)
    reason: str = Field(min_length=1, max_length=500)


class RefundLine(_Model):
    """Money sent back to one of the order's payment methods."""

    payment_id: str
    method: str
    amount: Decimal


class ReturnInfo(_Model):
    return_id: str
    line_nos: list[int]
    label_url: str
    instructions: str
    refund_method: str
    refund_amount: Decimal
    return_by: date


class ExchangeInfo(_Model):
    exchange_id: str
    line_no: int
    from_variant_id: str
    to_variant_id: str
    to_options: dict[str, Any]
    instructions: str


class ActionResult(_Model):
    """What an action did; a replay of the same Idempotency-Key returns it again with replayed=true."""

    action: str
    order_id: str
    order_status: str
    idempotency_key: str
    replayed: bool = False
    created_at: datetime
    reason: str | None = None
    refunds: list[RefundLine] = []
    address: dict[str, Any] | None = None
    return_info: ReturnInfo | None = None
    exchange: ExchangeInfo | None = None


class RecordedAction(_Model):
    """One action as the OMS stored it: its key, the order, and the response it gave."""

    idempotency_key: str
    customer_id: str
    order_id: str
    action: str
    response: dict[str, Any]
    created_at: datetime


class ActionLog(_Model):
    customer_id: str
    actions: list[RecordedAction]
