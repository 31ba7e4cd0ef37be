"""Goods the customer received as a gift are returned by the gift-return rules, not from an order of their own.

"How do I return a jacket I got as a gift?": the words of a return, so the intent model reads a return to start,
and the reply proposed one on the customer's own newest order (or said it was outside the window). Whoever
received a gift has no order of it on their account: the help center's gift-returns article answers (no receipt
needed, the order number from the packing slip, the refund as a gift card). So when a message says its goods were
given to the customer, the return reading's mass goes to the return policy. "It was a gift and they already have
one" is the buyer's (an order of their own) and is not read so. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import GIFT_CARD, any_of, fold

RETURN_POLICY = "return_policy"
# Only the return: the history files "can I exchange something I got as a gift?" as an exchange, and so does the
# exchange flow (its article says how), so that reading is left as it is.
SEND_BACK_READINGS = ("return_request",)

_RECEIVED_AS_A_GIFT = any_of(
    # "as a gift", or "received": "I got a present for my son" is the buyer's
    r"(?:got|received|given|get|gotten)\s+(?:\w+\s+){0,3}?as\s+(?:a\s+)?(?:gift|present)",
    r"received\s+(?:a\s+|this\s+|the\s+)?(?:gift|present)",
    r"gifted\s+(?:to\s+)?me|a\s+(?:gift|present)\s+(?:from|for\s+me)",
    r"(?:gave|bought|sent|got|get|give|buy)\s+me\s+(?:\w+\s+){0,4}?(?:as\s+|for\s+)?(?:a\s+|my\s+)?"
    r"(?:gift|present|birthday|christmas)",
    r"(?:gift|present)\s+(?:i|we)\s+(?:got|received)",
    r"gift\s+receipt|without\s+(?:a|the)\s+receipt",
)
# "How do I return a gift?": sending back a gift is what its receiver does, unless the message says it was bought
# ("I bought a gift for my son, can I return it if he doesn't like it?" is the buyer's, an order of their own).
_SENDS_BACK_A_GIFT = any_of(r"(?:return|exchange|send\s+back|swap)\s+(?:a|the|my|this|that)\s+(?:gift|present)\b")
_BOUGHT_IT = any_of(r"(?:bought|ordered|purchased|got|buying|ordering)\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:gift|present)s?\s+for",
                    r"(?:bought|ordered|purchased)\s+(?:\w+\s+){0,3}?as\s+(?:a\s+)?(?:gift|present)")
# Its receiver sending a gift back, asked by the buyer: "it's a gift for my husband, can he return it if it doesn't fit?"
# got the return window; the gift rules say how the receiver does it.
_GIFT = any_of(r"gift|present")
_RECEIVER_SENDS_BACK = any_of(r"(?:can|could|will|would|is)\s+(?:he|she|they|the\s+recipient|my\s+\w+)\s+(?:\w+\s+){0,2}?"
                              r"(?:return|exchange|swap|send\s+(?:it|them)\s+back)")
# What such a message asks, in the help center's words: its own words ("I got this jacket as a present, can I swap it
# for a bigger size?") are nearer the jacket's size guide than the gift rules (graph/nodes/retrieve.py).
GIFT_RETURN_QUESTION = "Can I return or exchange an item I received as a gift?"
# A gift card is no gift of goods: "I got a gift card for my birthday, how do I use it?"
_GIFT_CARD = any_of(GIFT_CARD)


def says_goods_were_a_gift(text: str) -> bool:
    """The message says the goods it is about were a gift to the customer, or asks whether the one they were given to
    can send them back (not of a gift card)."""
    folded = fold(text or "")
    if _GIFT_CARD.search(folded):
        return False
    return bool(_RECEIVED_AS_A_GIFT.search(folded)) or bool(
        _SENDS_BACK_A_GIFT.search(folded) and not _BOUGHT_IT.search(folded)) or bool(
        _GIFT.search(folded) and _RECEIVER_SENDS_BACK.search(folded))


def read_gift_return(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the return reading's mass on the return policy, when the goods to send back were
    given to the customer."""
    if not any(probs.get(intent) for intent in SEND_BACK_READINGS) or not says_goods_were_a_gift(text):
        return probs
    return moved_to(probs, SEND_BACK_READINGS, RETURN_POLICY)
