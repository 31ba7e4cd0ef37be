"""The store's whole range, for a question about it that names no goods ("what do you sell?", "what kind of
products do you have?", "what's the cheapest thing you sell?"): the kinds of goods the catalogue has, each with
its number of products and price range, and for a price question the one product asked for.

Without it those questions had no goods to look up and the help center answered them with whatever article
came closest (the return policy's list of what cannot be returned, for "what kind of products do you have").
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from tools.oms.catalogue import asks_about_range, brief, goods_words

MAX_KINDS = 8  # kinds a reply lists (the most products first); a store of many kinds names the rest by their number

# A range question about everything, not one kind: "what do you sell", "what kind of products", "anything".
_WHOLE = re.compile(
    r"\bwhat (?:else )?(?:do|does|can) (?:you|u|ya|y'all)(?: guys| all)? (?:sell|carry|stock|make|offer|have)\b|"
    r"\b(?:products?|things?|items?|stuff|goods|clothes|clothing|anything|everything)\b",
    re.IGNORECASE,
)
_OWN_ORDER = re.compile(r"\b(?:my|our|this|that|the) (?:order|purchase|basket|cart|parcel|package|delivery)\b",
                        re.IGNORECASE)


def asks_about_whole_range(text: str) -> bool:
    """A question about what the store sells that names no kind of goods and is not about the customer's order
    ("the cheapest item in my order" is about that order)."""
    return (asks_about_range(text) and bool(_WHOLE.search(text)) and not _OWN_ORDER.search(text)
            and not goods_words(text))


async def whole_range(client, order: str | None) -> dict[str, Any] | None:
    """The catalogue's kinds (`kinds`, those with the most products first), and for "cheapest" / "dearest" the one
    product asked for. None when the OMS lists no kinds (the help center answers instead)."""
    kinds = sorted(await client.categories(), key=lambda kind: (-kind.products, kind.name))
    if not kinds:
        return None
    found: dict[str, Any] = {
        "asked": "", "count": sum(kind.products for kind in kinds), "products": [], "order": order, "colour": None,
        "detail": None, "options": [],
        "kinds": [{"name": kind.name, "products": kind.products, "min_price": str(kind.min_price),
                   "max_price": str(kind.max_price)} for kind in kinds],
    }
    if order:
        cheapest = order == "cheapest"
        kind = min(kinds, key=lambda k: k.min_price) if cheapest else max(kinds, key=lambda k: k.max_price)
        products = [brief(p) for p in await client.search_products(kind.name, 50) if p.category == kind.name]
        products.sort(key=lambda b: Decimal(b["min_price"]) if cheapest else -Decimal(b["max_price"]))
        found["products"] = products[:1]
    return found
