"""An order that is over (cancelled, lost in transit, sent back) has nothing left to return or exchange.

Why: the return and exchange checks refused any order not marked delivered with "hasn't been delivered yet; once it
arrives ...", which told a customer whose order was cancelled in May to wait for it. The refusal says what became
of the order instead.
"""

from __future__ import annotations

from typing import Any

from tools.oms.actions.base import Refusal

_CLOSED = {
    "cancelled": ("order_cancelled", "closed_cancelled",
                  "Order {order} was cancelled, so there's nothing from it to send back or swap."),
    "lost": ("order_lost", "closed_lost",
             "Order {order} was lost in transit and never reached you, so there's nothing from it to send back or swap."),
    "returned": ("order_returned", "closed_returned", "Order {order} has already been sent back to us."),
}


def closed_order_refusal(action: str, order: dict[str, Any]) -> Refusal | None:
    """The refusal for an order that is cancelled, lost or already returned; None for any other."""
    closed = _CLOSED.get(order.get("status", ""))
    if closed is None:
        return None
    code, key, message = closed
    # settled: what became of the order answers the request; no article on how returns work goes with it
    return Refusal(action, order["id"], code, message.format(order=order["id"]),
                   wording={"key": key, "order": order["id"]}, settled=True)
