"""Goods changed on an order that hasn't shipped are a change to the placed order, not an exchange.

"I ordered the wrong size, can I swap before it ships?", "can I exchange the size? I only placed it an hour ago": the
words of an exchange, so the intent model read one, and the reply offered to exchange goods on an order delivered
months ago (or said its window had passed). An exchange is of goods received. Before an order ships, the labelling
guide files a change to it under cancel_order, and so does the help center (edit-order: cancel it while it hasn't
shipped and order again); the cancellation flow answers on the order still waiting to ship, or says none is. So when
a message says the order it changes hasn't shipped or was only just placed, the exchange reading's mass goes to the
cancellation. Money asked back for an order that hasn't shipped is its cancellation too: "Can I get a refund for my
order? It hasn't shipped yet." read as a refund request, and the reply asked which delivered order it was. Text is
folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import fold
from tools.oms.order_choice import wants_it_before_shipping

CANCEL_ORDER = "cancel_order"
EXCHANGE_READINGS = ("exchange", "refund_request")


def read_unshipped_change(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the exchange and refund readings' mass on the cancellation, when the order hasn't
    shipped."""
    if not any(probs.get(intent) for intent in EXCHANGE_READINGS) or not wants_it_before_shipping(fold(text or "")):
        return probs
    return moved_to(probs, EXCHANGE_READINGS, CANCEL_ORDER)
