"""Which carrier the store ships with: "what carrier do you use?", "who delivers your parcels?", "do you ship with UPS?".

The intent model had seen few such questions and spread them thinly ("what carrier do you use?" read 0.38 and went to a
person), though the tracking article lists the carriers by region. A question that asks which carrier or courier the
store uses, and names no order of the customer's, is the shipping question. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import tier_one_moved_when
from graph.reasoning.text_norm import CARRIERS, any_of, fold

SHIPPING_INFO = "shipping_info"
# What the help center is asked for it, in its words (the customer's "what carrier do you use?" is nearer the sentence
# on changing a delivery through "the carrier's tracking link" than the list of carriers)
CARRIERS_ASKS = "Which carriers do you use?"
_CARRIER = r"(?:carriers?|couriers?|shipping\s+(?:company|companies|partners?|provider)|delivery\s+(?:company|companies|service))"
_ASKS_WHICH = any_of(
    rf"(?:what|which|whats|what's)\s+(?:\w+\s+)?{_CARRIER}\s+(?:do|does|will|would)\s+(?:you|u|y'?all|northbound)",
    rf"(?:what|which|whats|what's)\s+{_CARRIER}\s+(?:is|are)\s+(?:used|it|you)",
    r"who\s+(?:do\s+you\s+(?:ship|send)\s+with|delivers\s+(?:your|the)\s+(?:parcels?|packages?|orders?))",
    rf"(?:do|does|will)\s+(?:you|u|northbound)\s+(?:ship|send|deliver)\s+(?:with|via|by|through)\s+{CARRIERS}",
    rf"(?:do|does)\s+(?:you|u|northbound)\s+use\s+{CARRIERS}",
    rf"(?:what|which)\s+{_CARRIER}(?:\s+\w+){{0,3}}\s*\?",
)
# ...and asks nothing of the customer's own parcel ("which carrier is my order with?", "NB105007: which carrier has
# it?" are its status)
_OWN_PARCEL = any_of(r"my\s+(?:order|parcel|package|delivery|shipment|return)|tracking|it\s+(?:is|was)\s+with|"
                     r"(?:is|was|are|were)\s+(?:it|they)\s+(?:with|coming\s+with|going\s+with|sent\s+with|shipped\s+with)|"
                     r"(?:has|have|with|carrying|delivering|got)\s+(?:it|them)|order\s*(?:#|number|no\b)|nb-?\s?\d+|\d{5,}")


_WHO_CARRIES_IT = any_of(r"who(?:\s+is|'?s)\s+(?:delivering|bringing|carrying|shipping)\s+(?:it|them|my\s+\w+)")
_CARRIER_NAMED = any_of(CARRIERS)


def asks_who_carries(text: str) -> bool:
    """Which carrier, of the store or of a parcel ("and which carrier is it with?", "who's delivering it?")."""
    folded = fold(text or "")
    return bool(_ASKS_WHICH.search(folded) or _WHO_CARRIES_IT.search(folded))


def names_a_carrier(text: str) -> bool:
    return bool(_CARRIER_NAMED.search(fold(text or "")))


def asks_which_carrier(text: str) -> bool:
    """The message asks which carrier the store ships with, of no order of the customer's."""
    folded = fold(text or "")
    return bool(_ASKS_WHICH.search(folded)) and not _OWN_PARCEL.search(folded)


def read_carrier_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the tier-1 readings' mass on the shipping question, when the message asks which carrier."""
    return tier_one_moved_when(probs, text, asks_which_carrier, SHIPPING_INFO)
