"""The one interface the agent uses to read and change orders; adapters (demo OMS over HTTP, Shopify later) implement it.

Every customer-scoped method takes the VERIFIED customer id: there is deliberately no way to fetch an
order by number alone, so a conversation can never read another customer's order.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol, runtime_checkable

from tools.oms.models import (
    ActionResult,
    Category,
    Customer,
    CustomerOverview,
    Order,
    OrderSummary,
    Product,
    Tracking,
)


@runtime_checkable
class OrderManagement(Protocol):
    async def find_customer_by_email(self, email: str) -> Customer | None:
        """The customer with this e-mail (case-insensitive), or None when there is none."""
        ...

    async def get_customer(self, customer_id: str) -> Customer:
        """Raises CustomerNotFound."""
        ...

    async def list_orders(self, customer_id: str, limit: int = 20, offset: int = 0) -> list[OrderSummary]:
        """The customer's orders, newest first. Raises CustomerNotFound."""
        ...

    async def get_overview(self, customer_id: str, orders: int = 5) -> CustomerOverview:
        """The customer and their newest `orders` orders in full, in one call. Raises CustomerNotFound."""
        ...

    async def get_order(self, customer_id: str, order_number: str) -> Order:
        """Raises OrderNotFound (also for other customers' orders) or InvalidOrderNumber."""
        ...

    async def get_tracking(self, customer_id: str, order_number: str) -> Tracking:
        """Raises OrderNotFound or InvalidOrderNumber."""
        ...

    async def get_product(self, product_id: str) -> Product:
        """Raises ProductNotFound."""
        ...

    async def search_products(self, query: str, limit: int = 10) -> list[Product]: ...

    async def categories(self) -> list[Category]:
        """The kinds of goods the store sells, with how many products and their price range."""
        ...

    async def verify_customer(self, email: str, order_number: str) -> str | None:
        """For a visitor who is not signed in: the customer id when this e-mail owns this order, else None."""
        ...

    # --- writes: each takes the verified customer id and an idempotency key (a repeat never acts twice);
    # they raise ActionRefused (the OMS's own rules), OrderNotFound or OmsUnavailable.
    async def cancel_order(self, customer_id: str, order_number: str, *, reason: str, key: str) -> ActionResult:
        """Cancel a pending/processing order; what was paid is refunded to the original method(s)."""
        ...

    async def change_address(self, customer_id: str, order_number: str, *, address: dict, key: str) -> ActionResult:
        """Change the shipping address of an order that has not shipped."""
        ...

    async def start_return(
        self, customer_id: str, order_number: str, *, line_nos: list[int], reason: str, key: str
    ) -> ActionResult:
        """Start a return of delivered lines inside the window: label URL, instructions, refund method."""
        ...

    async def exchange_item(
        self, customer_id: str, order_number: str, *, line_no: int, new_variant_id: str, key: str
    ) -> ActionResult:
        """Exchange a delivered line for another in-stock variant of the same product."""
        ...

    async def refund(self, customer_id: str, order_number: str, *, amount: Decimal, reason: str, key: str) -> ActionResult:
        """Refund up to what is refundable and up to the OMS's refund limit."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...
