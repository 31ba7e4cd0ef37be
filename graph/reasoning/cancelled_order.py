"""An order that was cancelled is a question about that order, not a request to cancel one.

"My order got cancelled and I don't know why? I didn't cancel it", "why did you cancel my order?": the words of a
cancellation, so the intent model read `cancel_order` and the reply said a delivered order could no longer be
cancelled. The customer asks what happened to an order already cancelled: its status (cancelled, and its refund)
answers, and order choice takes the cancelled order (tools/oms/order_choice.says_order_was_cancelled). A
message that also asks to cancel ("it was cancelled by mistake, can you cancel the other one too?") keeps its
reading.
"""

from __future__ import annotations

import re

from graph.reasoning.readings import moved_to
from tools.oms.order_choice import says_order_was_cancelled

_ASKS_TO_CANCEL = re.compile(
    r"\b(?:please|pls|plz|can|could|would|want|wanna|need|like)\s+(?:\w+\s+){0,3}?cancel\b|"
    r"(?:^|[.!?]\s*)(?:\w+\s+)?cancel\s+(?:my|the|it|this|that|an?)\b",
    re.IGNORECASE,
)


# Money named: "my order was cancelled, where is my refund?" asks about the refund of the cancellation.
_MONEY = re.compile(r"\b(?:refund\w*|money|charged?|paid|payment|credit|reimburs\w*|\$|£|€)", re.IGNORECASE)


def read_cancelled_order(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the cancellation reading's mass on the order status when the message tells of an
    order that was cancelled and asks to cancel none; and the refund-awaited reading's mass too when it names no
    money ("I got an email saying my order was cancelled but I didn't cancel it?" read as a refund awaited, and the
    reply said no refund was issued yet, of whichever order came first), and the account's ("my account says my order
    was cancelled" got how to change the account's email)."""
    if not says_order_was_cancelled(text) or _ASKS_TO_CANCEL.search(text):
        return probs
    # "my account says my order was cancelled": where it says so is no account question
    ruled_out = ["cancel_order", "account_help"] + ([] if _MONEY.search(text) else ["refund_status"])
    return moved_to(probs, ruled_out, onto="order_status")
