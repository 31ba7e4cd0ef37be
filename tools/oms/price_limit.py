"""A price the customer sets on what they look for: "any jackets under $100?", "a sweater for less than 80 dollars",
"tees over $40".

"I'd like to know if you have any jackets under $100" was answered with every jacket, the $298 parka first: the
limit is what the question asks, so the catalogue's goods are kept to those with an option inside it. A product is
within a ceiling when its least expensive option is at or under it, and within a floor when its dearest is at or over
it. Only an amount in money ("$100", "100 dollars", "£50", "100 bucks") counts: "under 5 ft" or "size 10 or under"
set no price.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

_AMOUNT = (r"(?:[$£€]\s?(?P<{0}a>\d{{1,5}}(?:[.,]\d{{2}})?)|(?P<{0}b>\d{{1,5}}(?:[.,]\d{{2}})?)\s?(?:\$|£|€|dollars?|"
           r"bucks|pounds?|euros?|usd|gbp|eur)\b)")
_UNDER = re.compile(r"\b(?:under|below|less\s+than|cheaper\s+than|up\s+to|max(?:imum)?|at\s+most|no\s+more\s+than|"
                    r"not\s+more\s+than|within)\s+(?:a\s+budget\s+of\s+)?" + _AMOUNT.format("u") + r"|"
                    + _AMOUNT.format("v") + r"\s+(?:or\s+(?:less|under|below)|max(?:imum)?|tops)\b|"
                    r"\bbudget\s+(?:is\s+|of\s+)?(?:about\s+|around\s+)?" + _AMOUNT.format("w"), re.IGNORECASE)
_OVER = re.compile(r"\b(?:over|above|more\s+than|at\s+least|from)\s+" + _AMOUNT.format("o") + r"(?!\s*-)|"
                   + _AMOUNT.format("p") + r"\s+(?:or\s+(?:more|over|above)|and\s+(?:up|over|above))\b", re.IGNORECASE)


@dataclass(frozen=True)
class PriceLimit:
    """The most (`ceiling`) and the least (`floor`) the customer will pay, either of them None when not said."""

    ceiling: Decimal | None = None
    floor: Decimal | None = None

    def admits(self, least: Decimal, dearest: Decimal) -> bool:
        """Whether a product priced from `least` to `dearest` has an option inside the limit."""
        return (self.ceiling is None or least <= self.ceiling) and (self.floor is None or dearest >= self.floor)


def _amount(match: re.Match | None) -> Decimal | None:
    if match is None:
        return None
    said = next(value for value in match.groupdict().values() if value)
    return Decimal(said.replace(",", "."))


def price_limit(text: str) -> PriceLimit | None:
    """The price limit the message sets, or None when it sets none."""
    ceiling, floor = _amount(_UNDER.search(text or "")), _amount(_OVER.search(text or ""))
    return PriceLimit(ceiling, floor) if ceiling is not None or floor is not None else None
