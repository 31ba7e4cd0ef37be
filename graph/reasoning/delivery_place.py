"""Asking to change where an order is delivered, or the name it goes to, is an address change, not a lost parcel.

"can i change where my parcel is delivered?" read as a lost parcel (0.57: the history's "where ... delivered" is
mostly a parcel marked delivered and not found) and would have gone to a person on the first message. The customer
asks to send it somewhere else, which the address-change reply answers (changed until it ships; after that, the
carrier's tracking link). So when a message asks to change or redirect where its order is delivered, and tells of no
loss, the lost and misdelivered readings' mass goes to the address change. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

CHANGE_ADDRESS = "change_address"
MISREAD_AS = ("lost_package", "wrong_item", "order_status", "shipping_delay", "cancel_order", "exchange")

_CHANGE_WHERE = any_of(
    r"(?:change|switch|update|redirect)\s+where\s+(?:it|they|my\s+\w+|the\s+\w+)\s+(?:gets?|is|are|will\s+be|'s|goes|go)\s+"
    r"(?:delivered|sent|shipped|going|dropped\s+off|left)",
    r"(?:redirect|re-route|reroute|divert)\s+(?:it|them|my\s+(?:order|parcel|package|delivery|shipment)|the\s+(?:order|parcel|"
    r"package|delivery|shipment))",
    r"(?:have|get|send)\s+(?:it|them|my\s+(?:order|parcel|package))\s+(?:delivered|sent)\s+(?:to\s+)?(?:somewhere|"
    r"a\s+different\s+(?:address|place)|another\s+(?:address|place)|my\s+(?:work|office|parents|mum'?s|mom'?s))",
    # ...or who it goes to, the name on it: "is it possible to change the name on the order? it's a gift" (read 0.98 as
    # a cancellation, and asked which item to exchange)
    r"(?:change|update|correct|fix|edit|put)\s+(?:the\s+|my\s+)?(?:recipient'?s?\s+|delivery\s+|shipping\s+)?name\s+"
    r"(?:on|for|of)\s+(?:the|my|this|that)\s+(?:order|parcel|package|delivery|shipment|shipping\s+label|label)",
    r"(?:wrong|misspelled|misspelt|incorrect)\s+name\s+on\s+(?:the|my|this)\s+(?:order|parcel|package|delivery|shipment|"
    r"shipping\s+label|label)",
)
_LOSS = any_of(r"lost|missing|stolen|never\s+(?:came|arrived|got)|not\s+(?:here|received|arrived)|can'?t\s+find|"
               r"n'?t\s+(?:arrived|received|come|got)|wrong\s+(?:address|house)|someone\s+else")


def asks_to_change_where_delivered(text: str) -> bool:
    """The message asks to change or redirect where its order is delivered, and tells of no loss."""
    folded = fold(text or "")
    return bool(_CHANGE_WHERE.search(folded)) and not _LOSS.search(folded)


def read_delivery_place(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the lost and misdelivered readings' mass on the address change when the message asks
    to change where its order is delivered."""
    return moved_when(probs, text, asks_to_change_where_delivered, MISREAD_AS, CHANGE_ADDRESS)
