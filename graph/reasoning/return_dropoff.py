"""Where the customer drops a return off is a question of how returns work, not of delivery options.

"Can I drop it off at a UPS store?", "where do I drop off my return?", "can I take the parcel to the post office?":
the words of carriers and parcels, so the intent model read shipping information, and the reply quoted the delivery
instructions ("tell the driver where to leave your parcel"). The customer is the one taking the parcel somewhere,
which only a return does, and the returns articles say where ("drop the parcel with the carrier"). So when the
customer asks where, or whether, they may drop off or take a parcel to a carrier, the mass of the delivery readings
goes to the return policy. A driver or the store dropping it off ("can the driver drop it at my neighbour's?") is a
delivery, and keeps its reading. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import CARRIERS, any_of, fold

RETURN_POLICY = "return_policy"
DELIVERY_READINGS = ("shipping_info", "change_address", "cancel_order")

_CARRIER_COUNTER = (rf"(?:{CARRIERS}|post(?:al)?|carrier|courier|parcel|drop[\s-]?off)?\s*(?:store|shop|office|"
                    r"counter|point|location|locker|depot|branch)|post\s+office|(?:ups|usps|fedex|dhl)")
_DROPS_OFF = any_of(
    # "can I drop it off at a UPS store?", "could we drop the return at the post office"
    rf"(?:can|could|may|should|do|shall)\s+(?:i|we)\s+(?:just\s+)?(?:drop|take|bring|leave|post|hand)\s+"
    rf"(?:(?:it|them|this|that|the\s+\w+|my\s+\w+)\s+)?(?:off\s+)?(?:at|to|in|with)\s+(?:a|an|the|any|my|your|"
    rf"local|nearest)?\s*(?:local\s+|nearest\s+)?(?:{_CARRIER_COUNTER})",
    # "where do I drop off my return?", "where can I drop it off"
    r"where\s+(?:do|can|should|could|would)\s+(?:i|we)\s+(?:drop|take|leave|post|hand\s+in|send)\s+(?:\w+\s+){0,2}?"
    r"(?:off|back|return|returns|parcel|package)",
    r"drop[\s-]?off\s+(?:point|location|places?)\s+for\s+(?:a\s+|my\s+)?returns?",
    # "can I just drop it off" (no place said): a parcel the customer takes somewhere, never an order dropped (it read
    # 0.92 as a cancellation)
    r"(?:can|could|may|should|do|shall)\s+(?:i|we)\s+(?:just\s+)?drop\s+(?:it|them|this|that|the\s+\w+|my\s+\w+)\s+off\b",
)


def asks_where_to_drop_off(text: str) -> bool:
    """The customer asks where, or whether, they may take a parcel to a carrier."""
    return bool(_DROPS_OFF.search(fold(text or "")))


def read_return_dropoff(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the delivery readings' mass on the return policy, when the customer asks where to drop
    a parcel off."""
    return moved_when(probs, text, asks_where_to_drop_off, DELIVERY_READINGS, RETURN_POLICY)
