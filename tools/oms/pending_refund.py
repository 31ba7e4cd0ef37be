"""What an order is still owed in refunds, read from its line statuses and payments: which order "where is
my refund?" is about, and what to say when the parcel has reached the warehouse but the refund is not issued.

Which lines, not how much: the amount is the OMS's to compute when it refunds (label fees, discounts), and a
figure we derived could differ from the one the customer then receives.
"""

from __future__ import annotations

from typing import Any

RECEIVED = "returned"  # line status once the return reached the warehouse (then "refunded")
AWAITING = {"return_requested", RECEIVED}  # on their way back, or received and not refunded


def refunds_of(order: dict[str, Any]) -> list[dict[str, Any]]:
    """The order's refund payments (issued ones, whatever their status)."""
    return [p for p in order.get("payments") or [] if p.get("kind") == "refund"]


def has_refund(order: dict[str, Any]) -> bool:
    return bool(refunds_of(order))


def refund_awaited(order: dict[str, Any]) -> bool:
    """A refund is still to come on this order: lines sent back or received and not refunded, or a
    cancelled order with nothing refunded yet."""
    if any(line.get("status") in AWAITING for line in order.get("items") or []):
        return True
    return order.get("status") == "cancelled" and not has_refund(order) and bool(order.get("payments"))


def received_unrefunded(order: dict[str, Any]) -> list[dict[str, Any]]:
    """The order's lines that came back to the warehouse and are not refunded yet."""
    return [line for line in order.get("items") or [] if line.get("status") == RECEIVED]
