"""Learning copies of the history with the store's product names swapped for goods of other kinds.

Why: a brand's ticket history only ever names the brand's own products, so a model trained on it learns
the products as if they were words of the ask: a store selling parkas and tees reads "please cancel the
charger" as a payment dispute ("charge") and "where is my tablet?" as out of scope, and an imported store
of other goods inherits the same blind spot from the demo history it starts from. Which product a customer
names says nothing of what they want, so each learning message that names one gets a copy with the
product swapped for other goods, under the same intent. The copies are a training device only: they never
enter the index, the playbook or the calibration folds as tickets of their own (intent_model keeps a copy
with its original in every fold).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

# Goods of other kinds than any one store's: what customers of electronics, home, beauty, grocery, toys,
# books and sports shops write about. Written here, not taken from any message set.
OTHER_GOODS = (
    "tablet", "charger", "laptop", "phone", "phone case", "headphones", "earbuds", "speaker", "smart watch",
    "camera", "keyboard", "monitor", "printer", "router", "game", "controller", "console", "tv", "cable",
    "kettle", "toaster", "blender", "air fryer", "coffee machine", "vacuum", "lamp", "desk chair", "office chair",
    "mattress", "pillow", "duvet", "towels", "rug", "sofa", "bookshelf", "frying pan", "knife set", "mug",
    "perfume", "shampoo", "moisturiser", "lipstick", "hair dryer", "straighteners", "razor",
    "book", "puzzle", "board game", "lego set", "doll", "pram", "car seat", "nappies",
    "bike", "helmet", "tent", "yoga mat", "dumbbells", "water bottle", "backpack", "suitcase",
    "wallet", "sunglasses", "necklace", "earrings", "ring", "watch", "dog bed", "cat food", "bird feeder",
)
SEED = 20261202


def product_terms(names: Iterable[str], categories: Iterable[str] = ()) -> list[str]:
    """How customers name a store's products: the whole name, its last two words and its last word
    ("Glacier Down Parka", "down parka", "parka"), and the category in the singular. Longest first, so a
    whole name is swapped before its last word."""
    terms: set[str] = set()
    for name in names:
        words = name.split()
        terms.update({name, " ".join(words[-2:]), words[-1]} if words else set())
    for category in categories:
        terms.update({category, category.removesuffix("s")})
    return sorted({t.lower() for t in terms if len(t) >= 3}, key=lambda t: (-len(t), t))


def term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, terms)) + r")(?![\w-])", re.IGNORECASE)


def swapped_copies(texts: list[str], terms: list[str], seed: int = SEED) -> list[tuple[int, str]]:
    """(index of the original, its copy) for every text that names a product; each product mention in a
    copy becomes one of OTHER_GOODS (deterministic for a seed). Texts naming none get no copy."""
    pattern = term_pattern(terms)
    if pattern is None:
        return []
    rng = random.Random(seed)
    copies = []
    for index, text in enumerate(texts):
        if pattern.search(text):
            copies.append((index, pattern.sub(lambda _match: rng.choice(OTHER_GOODS), text)))
    return copies
