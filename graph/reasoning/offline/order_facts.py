"""Plain-language sentences about an order, built only from what the OMS returned."""

from __future__ import annotations

from datetime import date, datetime

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
_SHIPMENT_WORDS = {
    "label_created": "the carrier has the label but has not scanned the parcel yet",
    "in_transit": "in transit",
    "out_for_delivery": "out for delivery today",
    "delivered": "delivered",
    "delayed": "delayed in the carrier's network",
    "exception": "held up by a delivery exception",
    "lost": "reported lost by the carrier",
    "returned": "on its way back to us",
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


def is_late(shipment: dict, today: date | None = None) -> bool:
    """Promised date passed and not delivered, or the carrier says delayed/exception."""
    if shipment.get("status") in {"delayed", "exception", "lost"}:
        return True
    promised = shipment.get("promised_date")
    if not promised or shipment.get("delivered_at"):
        return False
    promised_day = date.fromisoformat(str(promised)[:10])
    return promised_day < (today or date.today())


def shipment_sentence(shipment: dict) -> str:
    carrier = shipment.get("carrier", "carrier")
    if shipment.get("delivered_at"):
        parts = [f"{carrier} delivered it on {_date(shipment['delivered_at'])}."]
    else:
        status = _SHIPMENT_WORDS.get(shipment.get("status", ""), shipment.get("status", "in progress"))
        parts = [f"Your {carrier} parcel is {status}"]
        event = latest_event(shipment)
        if event and event.get("location"):
            parts.append(f" (last scan: {event.get('description') or event.get('status')}, {event['location']}, {_date(event.get('at'))})")
        parts.append(".")
    if not shipment.get("delivered_at") and shipment.get("promised_date"):
        parts.append(f" The promised delivery date is {_date(shipment['promised_date'])}.")
    if shipment.get("tracking_number"):
        parts.append(f" Tracking number: {shipment['tracking_number']}")
        # The link ends the line: no punctuation glued to it, so it stays clickable.
        parts.append(f" — track it here: {shipment['tracking_url']}" if shipment.get("tracking_url") else ".")
    return "".join(parts)


def order_sentence(order: dict) -> str:
    status = _STATUS_WORDS.get(order.get("status", ""), f"is {order.get('status', 'in progress')}")
    placed = _date(order.get("placed_at"))
    return f"Order {order['id']}" + (f" (placed {placed})" if placed else "") + f" {status}."


def refunds_of(order: dict) -> list[dict]:
    return [p for p in order.get("payments") or [] if p.get("kind") == "refund"]


def refunded_total(order: dict) -> float:
    if order.get("refunded_total") is not None:
        return float(order["refunded_total"])
    return sum(float(p.get("amount") or 0) for p in refunds_of(order) if p.get("status", "succeeded") != "failed")


def refundable_amount(order: dict) -> float:
    """What could still be refunded on this order: money captured minus refunds already made (OMS figure)."""
    if order.get("refundable_amount") is not None:
        return float(order["refundable_amount"])
    return max(0.0, round(float(order.get("total") or 0) - refunded_total(order), 2))


def refund_sentence(order: dict) -> str | None:
    refunds = refunds_of(order)
    if not refunds:
        return None
    lines = []
    for refund in refunds:
        when = _date(refund.get("created_at"))
        lines.append(
            f"A refund of {money(refund.get('amount', 0))} to your {refund.get('method', 'original payment method')} "
            f"was {'issued' if refund.get('status', 'succeeded') == 'succeeded' else refund.get('status')}"
            + (f" on {when}" if when else "")
            + "."
        )
    return " ".join(lines)
