"""A parcel meant for someone else is answered by the help center's "I received a parcel that isn't mine".

"I received someone else's package", "a parcel addressed to a different name came to my door": the words of a
wrong delivery, so the intent model read a wrong item (tier 2, a person) or a problem with an order of the
customer's own. Nothing of theirs is wrong: the history files these under shipping questions, answered by the
article (don't open it, send a photo of the label, a prepaid label to send it back, or pass it to the neighbour).
So when a message says the parcel received is someone else's, the readings of a problem with the customer's own
order go to the shipping question. "You sent me someone else's jacket in my order" and "my parcel had someone else's
order in it" are goods in their own order, and keep their reading. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold

SHIPPING_INFO = "shipping_info"
WRONG_ITEM = "wrong_item"
OWN_ORDER_READINGS = ("wrong_item", "damaged_item", "lost_package", "order_status", "shipping_delay", "complaint")

_PARCEL = r"(?:parcel|package|packet|box|delivery|order|shipment)"
_NOT_MINE = any_of(
    rf"(?:someone|somebody|some\s+one)\s+else'?s\s+(?:\w+\s+)?{_PARCEL}",
    rf"{_PARCEL}\s+(?:that|which)\s+(?:is\s+not|isn'?t|wasn'?t|was\s+not)\s+(?:mine|for\s+me|ours)",
    rf"{_PARCEL}\s+(?:\w+\s+){{0,2}}?(?:addressed|labelled|labeled)\s+(?:to|for)\s+(?:someone|somebody|a\s+different|"
    r"another|my\s+neighbou?r)",
    rf"{_PARCEL}\s+(?:for|meant\s+for)\s+(?:my\s+neighbou?r|someone\s+else|a\s+neighbou?r)",
    rf"(?:not\s+my|wrong)\s+(?:name|address)\s+on\s+(?:the|this|a)\s+{_PARCEL}",
)
# goods inside the customer's own order: "someone else's jacket in my order" is a wrong item
_IN_MY_ORDER = any_of(
    r"\bin\s+my\s+(?:order|parcel|package|box)\b|\binstead\s+of\b|\bin\s+it\b",
    r"\bmy\s+(?:parcel|package|box|shipment|order|delivery)\s+(?:had|has|contained|contains|came\s+with|included)\b",
)


# How the help center asks it: "you sent me someone else's order" found the missing order confirmation by "order".
NOT_MINE_SEARCH = "I received a parcel that isn't mine"


def with_parcel_not_mine(text: str) -> str:
    """The search text of a message: with NOT_MINE_SEARCH when the parcel received is someone else's."""
    return f"{text} {NOT_MINE_SEARCH}" if says_parcel_is_someone_elses(text) else text


def says_parcel_is_someone_elses(text: str) -> bool:
    """The message says a parcel received is meant for someone else (not wrong goods in an order of its own)."""
    folded = fold(text or "")
    return bool(_NOT_MINE.search(folded)) and not _IN_MY_ORDER.search(folded)


def read_parcel_not_mine(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the own-order problem readings' mass on the shipping question, when the parcel
    received is someone else's; the shipping question's mass on the wrong item when someone else's goods came in the
    customer's own parcel ("received someone else's order in my box, what do I do with it?" read as a shipping
    question, 0.83)."""
    if not any(probs.get(intent) for intent in (*OWN_ORDER_READINGS, SHIPPING_INFO)):
        return probs  # the words are read only when a reading they could move has mass
    folded = fold(text or "")
    if not _NOT_MINE.search(folded):
        return probs
    if _IN_MY_ORDER.search(folded):  # someone else's goods in the customer's own parcel
        return moved_to(probs, (SHIPPING_INFO,), WRONG_ITEM) if probs.get(SHIPPING_INFO) else probs
    if not any(probs.get(intent) for intent in OWN_ORDER_READINGS):
        return probs
    return moved_to(probs, OWN_ORDER_READINGS, SHIPPING_INFO)
