"""A part of a message that asks the same thing as the whole, read alone, is not a second question.

A message of several sentences is read whole, and each sentence that asks is read again alone as a possible second
question. Some parts mean something else alone than in the message: "It came in standard time. Refund the
difference?" (alone, "the difference" reads as a promo code's), "Can I exchange the size? I only placed it an hour
ago" (alone, an exchange of goods received). The whole message's readers know what the part belongs to
(late_credit.py, unshipped_change.py); here they say so for the part.
"""

from __future__ import annotations

from graph.reasoning.text_norm import fold
from graph.reasoning.unshipped_change import EXCHANGE_READINGS
from tools.oms.late_delivery import asks_credit, asks_credit_for_lateness
from tools.oms.order_choice import wants_it_before_shipping


def same_request(part: str, part_intent: str, whole: str) -> bool:
    """The part, read alone as `part_intent`, is the request the whole message makes: the money asked in a request
    for late-delivery credit, or the exchange of goods on an order that hasn't shipped."""
    if asks_credit_for_lateness(whole) and asks_credit(part):
        return True
    return part_intent in EXCHANGE_READINGS and wants_it_before_shipping(fold(whole or ""))
