"""Asking to speed up an order already placed is a question about that order, not a cancellation.

"is there a way to speed up my order? i need it sooner" read as a cancellation (0.59) and went to a person under the
policy's threshold; "can you rush my order please, it's a gift" was split five ways. What the customer needs is when
the order arrives (its status, with the carrier's date), which the order's status answers; nothing is cancelled or
changed. So when a message asks to speed up, expedite or rush an order of the customer's, or to get it sooner, the
readings other than the order's status and the shipping question go to the status family, as the model split it
between its members. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.not_arrived import STATUS_FAMILY
from graph.reasoning.readings import spread_over
from graph.reasoning.text_norm import any_of, fold

SHIPPING_INFO = "shipping_info"
_ORDER = r"(?:my|the|our|this)\s+(?:\w+\s+)?(?:order|parcel|package|delivery|shipment)|it|them"
_SPEED_UP = any_of(
    rf"(?:speed|hurry)\s+up\s+(?:{_ORDER})|(?:speed|hurry)\s+(?:{_ORDER})\s+up",
    rf"(?:expedite|rush|fast[\s-]?track|prioriti[sz]e)\s+(?:{_ORDER})",
    rf"(?:get|have|receive)\s+(?:{_ORDER})\s+(?:here\s+|delivered\s+|to\s+me\s+)?(?:any\s+)?(?:sooner|faster|quicker|earlier)",
)


def asks_to_speed_up(text: str) -> bool:
    """The message asks to speed up, expedite or rush an order of the customer's, or to get it sooner."""
    return bool(_SPEED_UP.search(fold(text or "")))


def read_speed_up(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the readings other than the order's status and the shipping question on the status
    family when the message asks to speed up an order."""
    moved = [intent for intent, p in probs.items() if p and intent not in (*STATUS_FAMILY, SHIPPING_INFO)]
    if not moved or not asks_to_speed_up(text):
        return probs
    return spread_over(probs, moved, STATUS_FAMILY, "order_status")
