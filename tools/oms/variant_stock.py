"""Whether the one option a product question asks about is in stock: "do you have the peacoat in navy in size M?",
"is the rain shell in stock in medium?". The range reply lists a product's sizes and colours; the customer asked
about one of them, and the live variants say whether it is there to buy.
"""

from __future__ import annotations

import re
from typing import Any

from tools.oms.models import Product

_IN_WORDS = r"extra[- ]small|extra[- ]large|small|medium|large"  # sizes written as words
# "size M", "size 9.5", "in medium", "an XL", "in XS": the size asked for, as the store writes its sizes.
_SIZE = re.compile(
    rf"\bsize\s+(\d{{1,2}}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|2xl|3xl|{_IN_WORDS})\b|"
    rf"\bin\s+(?:an?\s+)?(xxs|xs|xl|xxl|2xl|3xl|{_IN_WORDS})\b|"
    r"\b(XXS|XS|XL|XXL|S|M|L)\b|"
    # "back in stock in a 9?": a number after "in a" is a size, not a time or an amount ("in a 2 day window")
    r"\bin\s+an?\s+(\d{1,2}(?:\.5)?)\b(?!\s*(?:-\s*)?(?:days?|weeks?|hours?|minutes?|mins?|business|working|%|pack|pc))",
    re.IGNORECASE,
)
_WORDS = {"small": "s", "medium": "m", "large": "l", "extra small": "xs", "extra-small": "xs", "extra large": "xl",
          "extra-large": "xl"}


def asked_size(text: str) -> str | None:
    """The size the message asks about, lower-case ("m", "xl", "9.5"), or None."""
    found = _SIZE.search(text or "")
    if not found:
        return None
    if found.group(3) and found.group(3) != found.group(3).upper():  # a bare "s", "m" or "l" only in capitals
        return None
    value = next(g for g in found.groups() if g).lower()
    return _WORDS.get(value, value)


# A size written as a word, as customers answer "which size?": "a large please", "can I get it in medium?". Not
# after a word that says how the goods fit ("too small", "a bit large", "runs small"): that is no choice.
_SIZE_WORD = re.compile(rf"(?<![\w'’-])(x-large|x-small|{_IN_WORDS})(?![\w'’-])", re.IGNORECASE)
_FIT_WORDS = ("too", "bit", "so", "very", "runs", "run", "running", "quite", "little", "slightly", "kinda", "way")


def chosen_size(text: str) -> str | None:
    """The size a customer chooses in words ("a large please" -> "l"), the last one named; None when the only
    size words say how something fits."""
    chosen = None
    for found in _SIZE_WORD.finditer(text or ""):
        before = (text[:found.start()].split() or [""])[-1].lower()
        if before not in _FIT_WORDS:
            word = found.group(1).lower().replace("x-", "extra ").replace("-", " ")
            chosen = _WORDS.get(word, word)
    return chosen


def option_stock(product: Product, size: str | None, colour: str | None) -> dict[str, Any] | None:
    """{"name", "size", "colour", "state": in_stock | sold_out | not_made, "price"} for the option asked about;
    None when nothing narrower than the product was asked (or the product has no such option at all)."""
    if not size and not colour:
        return None

    def fits(variant) -> bool:
        options = {k: str(v).lower() for k, v in (variant.options or {}).items()}
        return (not size or options.get("size") == size) and (not colour or colour in options.get("color", ""))

    if size and not any("size" in (v.options or {}) for v in product.variants):
        return None  # one-size goods: a size is not an option of theirs
    matching = [v for v in product.variants if fits(v)]
    in_stock = [v for v in matching if v.available]
    state = "in_stock" if in_stock else "sold_out" if matching else "not_made"
    price = str(min(v.price for v in (in_stock or matching))) if matching else None
    return {"name": product.name, "size": size.upper() if size and not size[0].isdigit() else size,
            "colour": colour, "state": state, "price": price}
