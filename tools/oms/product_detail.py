"""What a product is made of and how to care for it, read from the product's own record (its material attribute and
its line's care text), and whether a message asks that ("what is the slip dress made of?", "how do I wash the
parka?") rather than what the store sells (tools/oms/catalogue.py).
"""

from __future__ import annotations

import re

from tools.oms.comparison import asks_to_compare
from tools.oms.item_match import is_kind
from tools.oms.models import Product

# Wear kept off goods, asked how: "how do I stop the fleece from pilling?", "how to prevent jeans fading" (a care
# question, though "stop" reads as a cancellation and "pilling" as a problem told)
PREVENTS_WEAR = (r"\b(?:stop|prevent|avoid|keep)\s+(?:\w+\s+){0,4}?(?:from\s+)?(?:pill\w*|bobbl\w*|fad\w*|shrink\w*|"
                 r"bleed\w*|stretch\w*\s+out|los\w+\s+(?:its\s+|their\s+)?(?:colou?r|shape))")
# A question about what goods are made of or how to care for them ("what is the slip dress made of?", "is the tee
# 100% cotton?", "can I machine wash the parka?", "is the peacoat warm?"): the product's own record answers it, not
# the range.
_DETAIL_ASK = re.compile(
    r"\b(made (out )?of|materials?|fabrics?|cotton|wool|merino|linen|polyester|nylon|leather|suede|satin|denim|"
    r"cashmere|silk|synthetic|vegan|waterproof|water[- ]?resistant|wind[- ]?proof|breathable|stretchy|stretch(?:es)?|"
    # how warm goods are is said by what they are made of ("is the peacoat warm?": 80% wool)
    r"warm|warmth|insulat\w*|"
    # what goods are filled or lined with ("is the vest filled with real down?", "what's the lining?")
    r"fill(?:ed|ing)?\s+with|(?:real|goose|duck)\s+down|down[- ]fill\w*|stuff(?:ed|ing)\s+with|lin(?:ed|ing)|"
    r"machine[- ]wash\w*|hand[- ]wash\w*|wash(ed|ing)?|dry[- ]clean\w*|tumble[- ]dr\w*|"
    # "can the sweater go in the dryer?", "can I bleach the tee?", "does the hoodie shrink?"
    r"dryer|bleach(ed|ing)?|shrink(s|age)?|"
    r"iron(ed|ing)?|care (label|instructions?)|how (do|should|can) (i|you) (care|clean|look after))\b|" + PREVENTS_WEAR,
    re.IGNORECASE,
)
_CARE_ASK = re.compile(r"\b(wash\w*|dry[- ]clean\w*|tumble|dryer|iron(ed|ing)?|care|clean(ed|ing)?|look after|shrink\w*|"
                       r"bleach)\b|" + PREVENTS_WEAR, re.IGNORECASE)


def prevents_wear(text: str) -> bool:
    """The message asks how to keep wear (pilling, fading, shrinking) off goods."""
    return bool(text and re.search(PREVENTS_WEAR, text, re.IGNORECASE))


def asks_about_detail(text: str) -> bool:
    """What the goods are made of, how to care for them, or how two of them differ."""
    return bool(text and (_DETAIL_ASK.search(text) or asks_to_compare(text)))


def detail_kind(text: str) -> str | None:
    """'compare' for how goods differ, 'care' for how to wash or look after them, 'material' for what they are
    made of, None for none of these."""
    return "compare" if asks_to_compare(text) else material_or_care(text)


def material_or_care(text: str) -> str | None:
    """'care' for how to wash or look after goods, 'material' for what they are made of, None for neither."""
    if not (text and _DETAIL_ASK.search(text)):
        return None
    return "care" if _CARE_ASK.search(text) else "material"


# Properties a yes/no question asks of goods ("is the parka waterproof?", "are the jeans stretchy?"): the name the
# reply uses, how the question says it, and how a product's material says it has it (waterproof is water-resistant).
_PROPERTIES = (
    ("waterproof", r"water[- ]?proof", r"water[- ]?proof"),
    ("water-resistant", r"water[- ]?(?:resistant|repellent)", r"water[- ]?(?:proof|resistant|repellent)"),
    ("windproof", r"wind[- ]?(?:proof|resistant)", r"wind[- ]?(?:proof|resistant)"),
    ("breathable", r"breathable", r"breathable"),
    ("stretchy", r"stretch\w*", r"stretch"),
    ("organic", r"organic", r"organic"),
    ("recycled", r"recycled", r"recycled"),
)


def property_asked(text: str) -> str | None:
    """The property a question asks of goods, by the name a reply uses ("waterproof"), or None."""
    for name, asked, _ in _PROPERTIES:
        if re.search(rf"\b{asked}\b", text or "", re.IGNORECASE):
            return name
    return None


def has_property(material: str, name: str) -> bool:
    """The material says the goods have it ("3-layer waterproof-breathable nylon" is waterproof and breathable)."""
    found = next(said for property_name, _, said in _PROPERTIES if property_name == name)
    return bool(re.search(found, material, re.IGNORECASE))


def material_of(product: Product) -> str:
    return str((product.attributes or {}).get("material") or "")


def is_of_material(product: Product, word: str) -> bool:
    """The product is made of this ("merino", "linen"): said of goods, a material narrows the kind."""
    material = material_of(product)
    return bool(material) and is_kind(word, [material])


_LABELLED = re.compile(r"^([A-Z][^:.]{2,40}):\s")


def care_for(product: Product) -> str:
    """The part of a product line's care text about this product ("Knit hats and scarves: hand wash cold, dry
    flat" for a beanie, with the line's general advice), when the text is written in labelled parts; else all
    of it. A label is about the product when one of its words is the product's name, category or material."""
    care = product.care or ""
    parts: list[tuple[str | None, list[str]]] = []
    for sentence in re.split(r"(?<=\.)\s+", care.strip()):
        label = _LABELLED.match(sentence)
        if label or not parts:
            parts.append((label.group(1) if label else None, [sentence]))
        else:
            parts[-1][1].append(sentence)  # goes on with the part before it
    names = [product.name, product.category, material_of(product)]
    about = [label for label, _ in parts if label and any(
        is_kind(word, names) for word in re.findall(r"[A-Za-z]{3,}", label) if word.lower() not in {"and", "goods"})]
    if not about:
        return care
    return " ".join(" ".join(sentences) for label, sentences in parts if label is None or label in about)
