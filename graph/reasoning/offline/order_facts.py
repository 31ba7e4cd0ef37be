"""Plain-language sentences about an order, built only from what the OMS returned."""

from __future__ import annotations

from datetime import date, datetime

from tools.oms.pending_refund import refunds_of

_STATUS_WORDS = {
    "pending": "has been received and is waiting to be processed",
    "processing": "is being prepared in our warehouse",
    "processed": "is being prepared in our warehouse",
    "shipped": "has shipped",
    "in_transit": "is on its way",
    "delivered": "was delivered",
    "cancelled": "was cancelled",
    "returned": "was returned",
    "lost": "was reported lost by the carrier",
}


def _date(value) -> str | None:
    if not value:
        return None
    if isinstance(value, datetime | date):
        parsed = value
    else:
        try:
            parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    return parsed.strftime("%B %-d, %Y")


def money(amount) -> str:
    return f"${float(amount):,.2f}"


def latest_event(shipment: dict) -> dict | None:
    events = shipment.get("events") or []
    return events[-1] if events else None


def order_sentence(order: dict) -> str:
    status = _STATUS_WORDS.get(order.get("status", ""), f"is {order.get('status', 'in progress')}")
    placed = _date(order.get("placed_at"))
    return f"Order {order['id']}" + (f" (placed {placed})" if placed else "") + f" {status}."


def refunded_total(order: dict) -> float:
    if order.get("refunded_total") is not None:
        return float(order["refunded_total"])
    return sum(float(p.get("amount") or 0) for p in refunds_of(order) if p.get("status", "succeeded") != "failed")


def refundable_amount(order: dict) -> float:
    """What could still be refunded on this order: money captured minus refunds already made (OMS figure)."""
    if order.get("refundable_amount") is not None:
        return float(order["refundable_amount"])
    return max(0.0, round(float(order.get("total") or 0) - refunded_total(order), 2))
