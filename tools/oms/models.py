"""What the agent knows about customers, orders and products: typed, with money as Decimal.

These are the client's own models (not the demo OMS's schemas) so that every adapter -- demo OMS,
tau-retail, Shopify later -- maps into the same shapes and the graph never sees a vendor's JSON.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, computed_field

ZERO = Decimal("0.00")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class Customer(_Model):
    id: str
    email: str
    first_name: str
    last_name: str
    phone: str | None = None
    address: dict[str, Any] = {}
    region: str | None = None
    language: str = "en"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class OrderSummary(_Model):
    id: str
    status: str
    placed_at: datetime
    currency: str
    total: Decimal
    item_count: int
    shipping_method: str | None = None


class OrderLine(_Model):
    line_no: int
    variant_id: str
    product_id: str
    product_name: str
    category: str | None = None  # what the product is ("boots"), for matching the goods a customer names
    product_line: str | None = None
    options: dict[str, Any] = {}
    quantity: int
    unit_price: Decimal
    status: str


class Payment(_Model):
    id: str
    kind: str  # payment | refund
    method: str
    amount: Decimal
    status: str
    created_at: datetime

    @property
    def succeeded(self) -> bool:
        return self.status == "succeeded"


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

    @property
    def latest_event(self) -> TrackingEvent | None:
        return max(self.events, key=lambda e: e.at) if self.events else None


class Order(_Model):
    """A full order; the money helpers are computed fields, so they also appear in model_dump()."""

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
    shipping_address: dict[str, Any] = {}
    items: list[OrderLine] = []
    payments: list[Payment] = []
    shipments: list[Shipment] = []

    @computed_field
    @property
    def paid_total(self) -> Decimal:
        """Money actually captured (succeeded payments), the ceiling of any refund."""
        return sum((p.amount for p in self.payments if p.kind == "payment" and p.succeeded), ZERO)

    @computed_field
    @property
    def refunded_total(self) -> Decimal:
        return sum((p.amount for p in self.payments if p.kind == "refund" and p.succeeded), ZERO)

    @computed_field
    @property
    def refundable_amount(self) -> Decimal:
        """What can still be refunded: paid minus already refunded, never negative."""
        return max(ZERO, self.paid_total - self.refunded_total)

    @computed_field
    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.items)


class CustomerOverview(_Model):
    """The customer and their newest orders in full: what a turn about orders reads, in one call."""

    customer: Customer
    total_count: int = 0
    orders: list[Order] = []

    def summaries(self) -> list[OrderSummary]:
        """The orders as the summaries list_orders returns (newest first)."""
        return [
            OrderSummary(
                id=o.id, status=o.status, placed_at=o.placed_at, currency=o.currency, total=o.total,
                item_count=o.item_count, shipping_method=o.shipping_method,
            )
            for o in self.orders
        ]


class Tracking(_Model):
    order_id: str
    order_status: str
    shipments: list[Shipment] = []


class Variant(_Model):
    id: str
    options: dict[str, Any] = {}
    price: Decimal
    available: bool


class Product(_Model):
    id: str
    name: str
    product_line: str
    category: str
    description: str = ""
    size_chart: dict[str, Any] | None = None
    care: str | None = None
    attributes: dict[str, Any] = {}
    variants: list[Variant] = []


class Category(_Model):
    """A kind of goods the store sells, its number of products and their price range."""

    name: str
    products: int
    min_price: Decimal
    max_price: Decimal


# --- results of order actions (write methods of OrderManagement) -----------------------------------


class RefundLine(_Model):
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
    to_options: dict[str, Any] = {}
    instructions: str


class ActionResult(_Model):
    """What the OMS did; `replayed` is true when the idempotency key had already been used (nothing new done)."""

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

    @property
    def refunded(self) -> Decimal:
        return sum((r.amount for r in self.refunds), ZERO)
