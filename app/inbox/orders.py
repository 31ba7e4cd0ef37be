"""The case's orders with their live status, read from the OMS when the case is opened in the inbox.

The handoff stored only order numbers: status, shipments and refunds change after the handoff (a parcel
is delivered, a refund lands), and the person deciding must see them as they are now. Orders are read
for the case's customer only (the OMS client has no other way), with the deployment's service key.
"""

from __future__ import annotations

import asyncio
from typing import Any

from tools.oms import OmsError, OrderNotFound, oms_client
from tools.oms.errors import InvalidOrderNumber
from tools.oms.models import Order

MAX_ORDERS = 5


def order_view(order: Order) -> dict[str, Any]:
    shipments = [
        {
            "carrier": s.carrier, "tracking_number": s.tracking_number, "tracking_url": s.tracking_url,
            "status": s.status, "shipped_at": s.shipped_at, "promised_date": s.promised_date,
            "delivered_at": s.delivered_at,
            "latest_event": s.latest_event.description or s.latest_event.status if s.latest_event else None,
        }
        for s in order.shipments
    ]
    return {
        "order_id": order.id,
        "status": order.status,
        "placed_at": order.placed_at,
        "currency": order.currency,
        "total": order.total,
        "paid_total": order.paid_total,
        "refunded_total": order.refunded_total,
        "refundable_amount": order.refundable_amount,
        "items": [
            {"name": line.product_name, "options": line.options, "quantity": line.quantity,
             "unit_price": line.unit_price, "status": line.status}
            for line in order.items
        ],
        "shipments": shipments,
        "tracking_url": shipments[0]["tracking_url"] if shipments else None,
    }


async def _one(customer_id: str, order_id: str) -> dict[str, Any]:
    try:
        return order_view(await oms_client().get_order(customer_id, order_id))
    except (OrderNotFound, InvalidOrderNumber):
        return {"order_id": order_id, "status": "not_found", "items": [], "shipments": [], "tracking_url": None}


async def live_orders(customer_id: str | None, order_ids: list[str]) -> tuple[list[dict[str, Any]], str | None]:
    """(orders, error): error says why orders are missing (the OMS is down), never raises."""
    if not customer_id or not order_ids:
        return [], None
    try:
        orders = await asyncio.gather(*(_one(customer_id, o) for o in order_ids[:MAX_ORDERS]))
    except OmsError as exc:
        return [], f"The order system did not answer ({type(exc).__name__}); order status is not shown."
    return list(orders), None
