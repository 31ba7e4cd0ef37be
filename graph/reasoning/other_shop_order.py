"""An order placed with another shop is that shop's, not ours to look up.

"my amazon order is late, can you help?" read as a late order (0.996), and the reply looked for it among the
customer's Northbound orders ("I don't see an order of yours on its way"). The customer wrote to the wrong company:
the brand cannot see, chase or refund another shop's orders. So when a message calls its order, parcel, delivery or
refund another shop's or marketplace's ("my amazon order", "an ebay parcel", "my uber eats delivery"), every reading
goes to out of scope, whose reply says what the agent can help with and offers a person. Goods of ours bought through a
marketplace are not read here ("I bought your jacket on amazon, can I return it to you?" asks the brand something).
Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.intents import OUT_OF_SCOPE
from graph.reasoning.readings import all_moved_when
from graph.reasoning.text_norm import any_of, fold

# Shops, marketplaces and delivery apps customers most often name.
OTHER_SHOPS = (
    r"amazon|ebay|etsy|walmart|target|shein|temu|aliexpress|ali\s*express|wish|costco|best\s*buy|ikea|asos|zara|"
    r"h\s*&\s*m|nordstrom|zalando|argos|currys|john\s+lewis|tesco|sainsbury'?s|asda|uber\s*eats|deliveroo|doordash|"
    r"door\s*dash|instacart|grubhub|just\s*eat|gopuff|wayfair|macy'?s|kohl'?s|old\s+navy|gap|nike|adidas|apple"
)
_OTHER_SHOPS_ORDER = any_of(
    rf"(?:my|an?)\s+(?:{OTHER_SHOPS})\s+(?:prime\s+)?(?:order|orders|parcel|parcels|package|packages|"
    r"delivery|deliveries|purchase|shipment|refund|return)",
)


def names_another_shops_order(text: str) -> bool:
    """The message calls its order, parcel, delivery or refund another shop's ("my amazon order")."""
    return bool(_OTHER_SHOPS_ORDER.search(fold(text or "")))


def read_other_shop_order(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with every other reading's mass on out of scope when the order is another shop's."""
    return all_moved_when(probs, text, names_another_shops_order, OUT_OF_SCOPE)
