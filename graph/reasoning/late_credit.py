"""Credit asked for a late delivery is a refund request, not a question of where the order is.

"Any credit for a late order?", "it arrived a week after the promised date, do I get anything back?": the words
of a late parcel, so the intent model read a delay, and the reply said where the newest order was (which the
customer knew, or which had long arrived). The labelling guide files late-delivery credit under refund requests,
and the refund tool applies the brand's rule to the order's own dates (tools/oms/late_delivery.py). So when a
message asks for money or credit because an order came late (and sends no goods back), the status readings'
mass goes to the refund request.
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from tools.oms.late_delivery import asks_credit_for_lateness

REFUND_REQUEST = "refund_request"
# where it is, what happened to it, a grievance, a refund awaited: credit asked for lateness is none of these
STATUS_READINGS = ("order_status", "shipping_delay", "complaint", "refund_status", "shipping_info")
# ...nor a discount code: "charged for express but it came standard, can I get the difference back?" read 0.69 as one
MOVED_READINGS = (*STATUS_READINGS, "promo_code")


def read_late_credit(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the status readings' mass on the refund request, when credit is asked for lateness."""
    if not any(probs.get(intent) for intent in MOVED_READINGS) or not asks_credit_for_lateness(text):
        return probs
    return moved_to(probs, MOVED_READINGS, REFUND_REQUEST)
