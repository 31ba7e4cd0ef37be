"""The one interface the agent uses to read orders; adapters (demo OMS over HTTP, Shopify later) implement it.

Every customer-scoped method takes the VERIFIED customer id: there is deliberately no way to fetch an
order by number alone, so a conversation can never read another customer's order.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from tools.oms.models import Customer, CustomerOverview, Order, OrderSummary, Product, Tracking


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

    async def aclose(self) -> None:
        """Release connections."""
        ...
