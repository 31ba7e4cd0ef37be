"""An order as it was at a past instant, rebuilt from the store's own records (a pure function).

A historical "cancel my order" ticket was answered against the order as it was that day: pending then,
delivered now. Replaying it against today's order would judge the agent on a question nobody asked, so
the eval rebuilds each order of the ticket's customer as of the ticket's date:

- status, line statuses and shipping address: the latest `order_history` row at or before the instant
  (the generator records every state it simulates; the OMS appends a row on every order action);
- payments (and refunds) made by then; shipments that had left by then, with the carrier scans seen by
  then and no delivery yet if it came later;
- orders placed after the instant do not exist yet.

An order without any history row (an imported store) is kept as it is now, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Row = dict[str, Any]


@dataclass
class OrderRows:
    """One order and its child rows, shaped like the OMS tables."""

    order: Row
    items: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)
    shipments: list[Row] = field(default_factory=list)
    history: list[Row] = field(default_factory=list)


def _instant(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _shipment_as_of(shipment: Row, at: datetime, lost: bool) -> Row | None:
    if shipment.get("shipped_at") is None or _instant(shipment["shipped_at"]) > at:
        return None
    events = [e for e in shipment.get("events") or [] if _instant(e["at"]) <= at]
    delivered = shipment.get("delivered_at")
    status = "lost" if lost else (events[-1]["status"] if events else "label_created")
    return {
        **shipment,
        "events": events,
        "status": status,
        "delivered_at": delivered if delivered is not None and _instant(delivered) <= at else None,
    }


def order_as_of(rows: OrderRows, at: datetime) -> tuple[OrderRows | None, bool]:
    """(the order as it was at `at`, or None if not placed yet; whether its history was known)."""
    if _instant(rows.order["placed_at"]) > at:
        return None, True
    history = sorted(rows.history, key=lambda h: (_instant(h["at"]), h.get("id") or 0))
    seen = [h for h in history if _instant(h["at"]) <= at]
    if not history:
        return rows, False
    state = seen[-1] if seen else history[0]
    order = {**rows.order, "status": state["status"], "shipping_address": state["shipping_address"],
             "updated_at": state["at"]}
    lines = state["item_statuses"]
    items = [{**item, "status": lines.get(str(item["line_no"]), item["status"])} for item in rows.items]
    payments = [p for p in rows.payments if _instant(p["created_at"]) <= at]
    lost = state["status"] == "lost"
    shipments = [s for s in (_shipment_as_of(s, at, lost) for s in rows.shipments) if s is not None]
    return OrderRows(order, items, payments, shipments, seen), True
