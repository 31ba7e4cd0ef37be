"""A follow-up about what shipping costs, after a question about sending goods back, asks about the return's shipping.

"what's your return policy?" then "and who pays for shipping?" was read alone as a shipping question and got "Standard
shipping to the United States is free on orders of $75.00 or more": the customer meant the parcel they send back, which
the return policy answers ("Returns are free in the United States and Canada (we email a prepaid label)..."). Its own
words name a topic (shipping), so the engine's follow-up rules, which join only questions naming nothing, left it
alone. A short question about shipping's cost that names no order or delivery of its own is read with the return ask
before it, when that ask reads as a return (the returns' answer family). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.intents import family_of
from graph.reasoning.places import places_outside_zones, zones_named
from graph.reasoning.text_norm import any_of, fold

RETURN_POLICY = "return_policy"
RETURNS_FAMILY = family_of(RETURN_POLICY)
MAX_WORDS = 12

_SHIPPING = any_of(r"shipping|postage|post|delivery\s+(?:cost|fee|charge)s?|return\s+labels?|labels?|sending\s+it\s+back|"
                   r"send(?:ing)?\s+(?:it|them)\s+back|mail(?:ing)?\s+(?:it|them)\s+back")
_COST = any_of(r"who\s+pays|pay(?:s|ing)?\s+for|cost\w*|free|charge\w*|fees?|how\s+much|price|covered|on\s+me|on\s+you")
# a shipping question of its own: an order, a delivery, an arrival ("and how much is shipping on my next order?"), or a
# place ("and how much is shipping to canada?", checked apart)
_OWN_SUBJECT = any_of(r"orders?|deliver(?:ed|y\s+time|ies)?|arriv\w*|next|express|international|overseas|"
                      r"\w+\s+(?:business\s+)?days",
                      # a zone by its own name ("to canada"): places.zones_named reads the places inside one
                      r"canada|australia|united\s+(?:kingdom|states)|uk|usa|eu|europe")


def asks_what_shipping_costs(said: str) -> bool:
    """A short question about what shipping costs or who pays it, naming no order or delivery of its own."""
    folded = fold(said or "")
    return (len(folded.split()) <= MAX_WORDS and bool(_SHIPPING.search(folded)) and bool(_COST.search(folded))
            and not _OWN_SUBJECT.search(folded) and not zones_named(said) and not places_outside_zones(said))


# What the return policy is asked for such a follow-up, in its words: the customer's "who pays for shipping?" is nearer
# "Original shipping costs are refunded only when..." than the return-shipping sentence.
RETURN_SHIPPING_ASKS = "Are returns free, or what does the return label cost?"
