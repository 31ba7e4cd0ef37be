"""The refund a received return is waiting for: what a customer asking "where is my refund?" needs to hear
when the parcel has reached the warehouse but the refund is not issued yet.

Which lines, not how much: the amount is the OMS's to compute when it refunds (label fees, discounts), and a
figure we derived could differ from the one the customer then receives.
"""

from __future__ import annotations

from typing import Any

RECEIVED = "returned"  # line status once the return reached the warehouse (then "refunded")


def received_unrefunded(order: dict[str, Any]) -> list[dict[str, Any]]:
    """The order's lines that came back to the warehouse and are not refunded yet."""
    return [line for line in order.get("items") or [] if line.get("status") == RECEIVED]
