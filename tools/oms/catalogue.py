"""What the store sells of a kind the customer asks about ("what t-shirt options do you have?", "is the
speaker in stock?", "how much are your boots?"): the OMS's live catalogue answers range, sizes, colours,
prices and stock; the help center cannot, and history only knows what agents said on the day.

The kind of goods is read from the message's own words and looked up in the catalogue (name, category,
product line), so it works for any store's goods, including ones this project never generated.
"""

from __future__ import annotations

import asyncio
import re
from decimal import Decimal
from typing import Any

from graph.reasoning.text_norm import without_links
from tools.oms.comparison import MAX_PER_SIDE, asks_to_compare, sides
from tools.oms.item_match import is_kind, names_no_goods, stem
from tools.oms.models import Product
from tools.oms.price_limit import PriceLimit, price_limit
from tools.oms.product_detail import (
    asks_about_detail,
    care_for,
    detail_kind,
    is_of_material,
    material_of,
    material_or_care,
    property_asked,
)
from tools.oms.variant_stock import asked_size, option_stock

CATALOGUE_INTENTS = frozenset({"product_info"})  # product questions; sizing keeps its size guide
MAX_WORDS = 6  # catalogue look-ups per message (one query each, in parallel): a back story may come first
MAX_PRODUCTS = 6  # products listed in a reply
MAX_OPTION_PRODUCTS = 3  # products whose asked-for size or colour a reply says is in stock or not


def catalogue_question(questions: list[dict]) -> int:
    """Which of a message's questions the catalogue is looked up for: in a message of several ("do you have the
    parka in M? Also, what's the return policy?"), the first product question, whose own words say what is
    asked about the goods; else the first (the message as a whole)."""
    if len(questions) > 1:
        return next((i for i, q in enumerate(questions) if q.get("intent") in CATALOGUE_INTENTS), 0)
    return 0

# A question about the range rather than about one product's care or material: which / how many / what
# options, "do you have / sell / carry", available, in stock, price.
_RANGE_ASK = re.compile(
    r"\b(what|which|how many)\b[^.?!]{0,40}\b(options?|kinds?|types?|styles?|models?|colou?rs?|sizes?|versions?|"
    r"choices?|range|variants?|do you (have|sell|carry|stock|make))\b|"
    r"\b(do|if|whether) (you|u) (guys )?(have|sell|carry|stock|make|still (have|sell|make))\b|"
    r"\b(have|has) (you|u|ya) (guys )?(got|any)\b|\b(you|u) got any\b|"  # "have you got any jumpers?"
    r"\b(available|availability|in stock|out of stock|sold out|back in stock)\b|"
    r"\b(prices?|costs?|how much|cheap(er|est)?|(most|least) expensive|priciest)\b|"
    r"\boptions? (for|of|in)\b|\brange of\b|\bcomes? in\b|"
    # goods to choose among: "a dress for a wedding, what do you recommend?", "I'm looking for a warm jacket" (not a
    # gift, which names no kind of goods: the gift article answers "any suggestions for a gift for my dad?")
    r"\b(recommend\w*|suggest\w*|looking for (a|an|some)|what would (you|u) (pick|choose|get|go for))\b"
    r"(?![^.?!]*\b(gifts?|presents?)\b)",
    re.IGNORECASE,
)
# "Which is your cheapest hoodie?": the products are listed from the least (or most) expensive, named first.
_CHEAPEST = re.compile(r"\b(cheapest|least expensive|lowest[- ]priced?|cheaper)\b", re.IGNORECASE)
_DEAREST = re.compile(r"\b(most expensive|priciest|highest[- ]priced?|dearest)\b", re.IGNORECASE)
# Words of a question that never name goods.
_QUESTION_WORDS = frozenset({
    "what", "which", "how", "many", "much", "options", "option", "kinds", "kind", "types", "type", "styles", "style",
    "models", "model", "colors", "colours", "color", "colour", "sizes", "size", "versions", "choices", "range",
    "available", "availability", "stock", "sold", "out", "back", "price", "prices", "cost", "costs", "sell", "carry",
    "make", "have", "has", "does", "the", "are", "your", "you", "guys", "store", "shop", "website", "site", "online",
    "right", "now", "currently", "moment", "today", "there", "any", "hey", "hello", "hi", "curious", "wondering",
    "know", "like", "would", "want", "looking", "interested", "get", "buy", "largest", "smallest", "biggest",
    "cheapest", "best", "still", "also", "about", "tell", "let", "please", "thanks", "just", "ask", "question",
    "recently", "bought", "got", "love", "absolutely", "assist", "help", "with", "that", "this", "can", "could",
    "variants", "variant", "other", "else", "more", "new", "offer", "different", "list", "show", "cheap", "cheaper",
    "expensive", "priciest", "lowest", "highest", "priced", "dearest", "least", "most", "come", "comes",
    # how goods compare, never goods themselves: "which one is warmer?"
    "better", "warmer", "cooler", "lighter", "heavier", "softer", "thicker", "thinner", "bigger", "smaller", "longer",
    "shorter", "looser", "tighter", "nicer", "difference", "differences", "compare", "versus", "one", "ones", "between",
    "warmest", "coolest", "lightest", "heaviest", "softest", "thickest", "thinnest", "comfiest", "enough",
    # a price limit's words (tools/oms/price_limit.py): "a sweater for less than 80 dollars"
    "under", "below", "less", "over", "above", "budget", "max", "maximum", "dollars", "dollar", "bucks", "pounds",
    "euros",
    "made", "material", "materials", "fabric", "fabrics", "wash", "washed", "washing", "machine", "care", "clean",
    "waterproof", "breathable", "stretchy", "actually", "really",
    "iron", "dry", "tumble", "label", "instructions", "ordered", "purchased", "where", "when", "why", "who",
    # a place, never goods: "I found it cheaper somewhere else" was told "I couldn't find any somewhere"
    "somewhere", "anywhere", "elsewhere", "everywhere", "nowhere",
    # a price promotion and its days, never goods: "any sales coming up for black friday?" (weekdays, weeks and
    # months are item_match's, read through names_no_goods)
    "sale", "sales", "deal", "deals", "discount", "discounts", "promo", "promos", "promotion", "promotions", "coupon",
    "coupons", "offers", "cyber", "holiday", "holidays", "christmas", "coming", "soon", "next",
    # the shop's pages and what they say, never goods: "says in stock but won't let me add it to my basket"
    "says", "said", "shows", "showing", "add", "added", "adding", "basket", "cart", "checkout", "button", "page",
    "pages", "app", "link", "error", "greyed", "grayed", "won't", "wont", "lets", "allow", "letting",
    # a programme or service of the shop, never goods: "do you have a loyalty program?", "do you gift wrap?"
    "loyalty", "rewards", "reward", "points", "program", "programs", "programme", "programmes", "membership",
    "member", "members", "club", "referral", "referrals", "scheme", "ambassador", "affiliate", "wrap", "wrapping",
    "wrapped",
    # what a typed pause or reply says, never goods: "Hmm, what's the most expensive item?"
    "hmm", "hmmm", "umm", "uhh", "ahh", "ooh", "okay", "yes", "yeah", "yep", "nope", "sure", "well",
})
# Colours a customer asks for ("does the fleece come in green?"): a colour names an option, not a kind of goods.
COLOURS = frozenset({
    "black", "white", "grey", "gray", "navy", "blue", "red", "green", "olive", "khaki", "brown", "tan", "beige",
    "cream", "pink", "purple", "orange", "yellow", "burgundy", "maroon", "teal", "charcoal", "ivory", "camel",
    "rust", "sand", "stone", "slate", "lilac", "mint", "coral", "gold", "silver",
})


# Whether goods are there to buy, in a size or a colour ("do you have the peacoat in navy in size M?"), not which size
# to choose or a size chart ("do you have a size guide for jackets?").
_STOCK_ASK = re.compile(
    r"\b(in stock|out of stock|sold out|back in stock|available|availability|do (you|u) (guys )?(still )?"
    r"(have|carry|stock|sell)|comes? in|re-?stock(ed|ing)?)\b", re.IGNORECASE)
_SIZE_GUIDE = re.compile(r"\bsize (guide|chart|table)s?\b", re.IGNORECASE)


# Where or how the brand sells rather than what: a shop to visit, an app, a marketplace ("do you have a physical store
# I can try things on?", "a shop in London?", "do you have an app?", "do you sell on amazon?"). The catalogue has no
# answer: "we don't sell london" was.
# Places a shop may sell from: the heads of "a store near me", "a showroom in London" (graph/reasoning/offline/coverage.py
# too: the places a help-center answer may speak of).
VENUES = ("store", "shop", "showroom", "outlet", "branch", "boutique", "location")
_VENUE = rf"(?:{'|'.join(VENUES)})(?:es|s)?"
_MARKETPLACE = r"(?P<market>amazon|ebay|etsy|walmart|nordstrom|zalando|asos|costco|rei)\b"
_MARKETPLACE_NAMED = re.compile(rf"\b{_MARKETPLACE}", re.IGNORECASE)
_PLACE_ASK = re.compile(
    r"\b(?:physical|bricks?|brick[- ]and[- ]mortar|real|actual|retail|flagship|pop[- ]?up)\s+(?:stores?|shops?|"
    rf"locations?)\b|\b{_VENUE}\s+(?:in|near|around|close\s+to|nearby)\b|\b(?:showrooms?|boutiques?|branch(?:es)?)\b|"
    r"\bnear me\b|\b(?:an?|the|your)\s+(?:mobile\s+)?app\b|"
    # a marketplace or another retailer selling the brand: "do you sell on amazon too?" ("we don't sell amazon" was)
    r"\b(?:sell|sold|selling)(?:\s+(?:your\s+)?(?:stuff|things|products|clothes|clothing|gear|items|range))?\s+"
    r"(?:on|through|via)\s+(?!sale\b|discount\b|offer\b)|"
    rf"\b(?:on|at|through|via)\s+{_MARKETPLACE}",
    re.IGNORECASE)


# What a shop offers that is not goods: "do you have a warranty on your boots?" asks what the help center says of
# warranties, not for the boots the catalogue would list.
_SERVICE_ASK = re.compile(
    r"\b(?:warrant(?:y|ies)|guarantee[sd]?|repairs?|gift[- ]?wrap\w*|discounts?|promo(?:tions?)?|coupons?|"
    r"vouchers?|free (?:shipping|delivery|returns?)|loyalty|rewards?|price[- ]match\w*)\b",
    re.IGNORECASE)


def asks_about_a_service(text: str) -> bool:
    """The message asks about something the brand offers besides goods (a warranty, a discount, gift wrapping)."""
    return bool(text and _SERVICE_ASK.search(text))


def asks_about_a_place(text: str) -> bool:
    """The message asks where or through what the brand sells (a shop, a showroom, an app), not about goods."""
    return bool(text and _PLACE_ASK.search(text))


def marketplace_asked(text: str) -> str | None:
    """The marketplace or retailer the message asks the brand is sold through ("do you sell on amazon?": "amazon")."""
    found = _PLACE_ASK.search(text or "") and _MARKETPLACE_NAMED.search(text)
    return found.group("market").lower() if found else None


def asks_about_stock(text: str) -> bool:
    return bool(text and _STOCK_ASK.search(text) and not _SIZE_GUIDE.search(text))


# A follow-up that names only another option of the goods just asked about: "and in L?", "what about size 10",
# "in black?", "how about the navy one", "a medium?".
_VARIANT_LEAD = r"(?:and|or|also|what\s+about|how\s+about|in|a|an|the|size|sizes|colou?r|one|ones|please|pls|then|maybe)"
_SIZE_WORD = (r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|[23]xl|small|medium|large|extra[\s-]large|x[\s-]large|petite|tall|"
              r"\d{1,2}(?:\.5)?)")
# Fashion's colour names beyond the plain ones, said alone as an option ("what about indigo?"); not in COLOURS, whose
# words are never goods words (a "moss stitch", "natural fibres")
_FASHION_COLOURS = frozenset({
    "indigo", "forest", "sage", "oatmeal", "sky", "cobalt", "champagne", "chestnut", "clay", "ecru", "midnight", "moss",
    "natural", "terracotta", "rose", "wine", "plum", "mustard", "emerald", "denim", "ink", "heather", "taupe", "mocha",
    "lavender", "peach", "aqua", "turquoise", "plaid", "stripe", "floral"})
_COLOUR_WORD = "|".join(sorted(COLOURS | _FASHION_COLOURS))
_VARIANT_ONLY = re.compile(
    rf"^\W*(?:{_VARIANT_LEAD}\s+)*(?:{_SIZE_WORD}|{_COLOUR_WORD})"
    rf"(?:\s+(?:and|in|size)?\s*(?:{_SIZE_WORD}|{_COLOUR_WORD}))?(?:\s+(?:one|ones|please|pls|then))*\W*$",
    re.IGNORECASE)


def names_only_a_variant(text: str) -> bool:
    """The message names a size or a colour and nothing else ("and in L?", "what about size 10", "in black?"): asked
    of the goods the conversation was about."""
    return bool(text and _VARIANT_ONLY.match(" ".join(text.split())))


# A colour or a size named anywhere in a message, in words that name nothing else ("navy would be great, same size"):
# single letters ("s", "m") and bare numbers only count said alone (_VARIANT_ONLY).
_VARIANT_NAMED = re.compile(rf"\b(?:{_COLOUR_WORD}|small|medium|large|extra[\s-]large|x[\s-]large|xxs|xs|xl|xxl|xxxl|"
                            rf"size\s+(?:up|down|\d{{1,2}}(?:\.5)?)|same\s+size|half\s+(?:a\s+)?size)\b", re.IGNORECASE)


def names_a_variant(text: str) -> bool:
    """The message names a colour or a size somewhere in it."""
    return bool(text and _VARIANT_NAMED.search(text))


def asks_about_range(text: str) -> bool:
    return bool(text and _RANGE_ASK.search(text))


def detail_asked(text: str) -> str | None:
    """'care' for how to wash or look after goods, 'material' for what they are made of, None for neither (or
    when the message asks about the range, "do you have linen shirts?", or about stock, "will the linen shirt be
    restocked in L?": a material word in the goods' name asks nothing of the material)."""
    if asks_about_range(text) or (asks_about_stock(text) and not asks_to_compare(text)):
        return None
    return detail_kind(text)


def price_order(text: str) -> str | None:
    """'cheapest' when the message asks for the least expensive, 'dearest' for the most expensive, else None."""
    if _DEAREST.search(text or ""):
        return "dearest"
    return "cheapest" if _CHEAPEST.search(text or "") else None


# Sayings whose words are goods words elsewhere: "long story short, I moved house" asked for the shorts and the long
# sleeve henley, and took the look-ups the goods asked about needed.
# ...and a range of sizes named by its kind ("do you have plus sizes?" was told "I couldn't find any plus in our catalogue")
_IDIOMS = re.compile(r"\blong story short\b|\bin short\b|\bshort notice\b|\bfor a long time\b|"
                     r"\b(?:plus|petite|tall|big(?: and |\s*&\s*)tall|extended|maternity)[\s-]+(?:sizes?|sizing|range|fits?)\b",
                     re.IGNORECASE)


def goods_words(text: str) -> list[str]:
    """Words of the message that may name a kind of goods, in order: not question words, not the order or its
    paperwork (tools/oms/item_match's lists)."""
    seen: list[str] = []
    said = _IDIOMS.sub(" ", without_links(text))  # "long story short" names no shorts
    words = [token.lower().replace("’", "'")  # "@northbound_apparel": a channel
             for token in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*[A-Za-zÀ-ÿ]", said)]
    for index, word in enumerate(words):
        if not _may_name_goods(word):
            continue
        # a fit word that is no goods word elsewhere ("send it straight away") narrows the goods word after it ("the
        # straight jean")
        if names_no_goods(word) and not (word in FIT_WORDS and index + 1 < len(words) and words[index + 1] in _FITTED):
            continue
        if word not in seen:
            seen.append(word)
    return seen[:MAX_WORDS]


def _may_name_goods(word: str) -> bool:
    return not (len(word) < 3 or "'" in word or word in _QUESTION_WORDS or stem(word) in _QUESTION_WORDS
                or word in COLOURS)


def first_colour(products: list[Product], text: str) -> str | None:
    """The colour named first in the message, plain ("green") or one of the products' own ("indigo rinse"), the
    longer name where two start together ("heather grey", not "grey"): a follow-up's option is read before the colour
    of the question it follows ("what about indigo? does the jacket come in black?")."""
    lowered = (text or "").lower()
    names = COLOURS | {str(c).lower() for p in products for c in _options(p, "color")}
    found = [(hit.start(), -len(name), name) for name in names
             if (hit := re.search(rf"\b{re.escape(name)}\b", lowered))]
    return min(found)[2] if found else None


def _is_of_kind(product: Product, word: str) -> bool:
    """The product is this kind of goods by its name, category or line (not only a word of its description)."""
    return is_kind(word, [product.name, product.category, product.product_line])


# How goods fit, words some products' names hold ("Wide-Leg Jean", "Slim Jean", "Long Sleeve Henley"): beside a kind
# they narrow it ("the slim jeans"), alone they ask how goods named before fit ("do they run wide?").
FIT_WORDS = frozenset({"wide", "narrow", "slim", "skinny", "loose", "tight", "snug", "baggy", "roomy", "long", "tall",
                       "relaxed", "straight"})
# Goods a fit word narrows ("the straight jean", "straight leg"): only then is a word like "straight" a goods word.
_FITTED = frozenset({"jean", "jeans", "leg", "legs", "fit", "cut", "pant", "pants", "trouser", "trousers", "chino",
                     "chinos", "short", "shorts", "shirt", "shirts", "tee", "tees", "dress", "skirt", "sleeve"})


def _score(product: Product, words: list[str]) -> int:
    """How many of the goods words describe the product: its kind (name, category, line), and its material only
    beside its kind ("merino beanie"; "water resistance" alone names no goods), nor a word of fit alone ("wide")."""
    if not any(_is_of_kind(product, word) for word in words if word not in FIT_WORDS):
        return 0
    return sum(_is_of_kind(product, word) or is_of_material(product, word) for word in words)


def _options(product: Product, key: str) -> list[str]:
    values: list[str] = []
    for variant in product.variants:
        value = (variant.options or {}).get(key)
        if value is not None and str(value) not in values:
            values.append(str(value))
    return values


_SIZE_ORDER = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "2xl", "xxxl", "3xl"]
MAX_OTHER_OPTIONS = 3  # option kinds besides size and colour a reply names (material, style, capacity...)


def size_key(size: str) -> tuple[int, float, str]:
    value = size.lower().strip()
    if value.split("/")[0] in _SIZE_ORDER:  # "S/M" before "L/XL"
        return (0, _SIZE_ORDER.index(value.split("/")[0]), value)
    try:
        return (1, float(value.split()[0].replace(",", ".")), value)
    except ValueError:
        return (2, 0.0, value)


def brief(product: Product) -> dict[str, Any]:
    """A product as a reply lists it: price (or price range), sizes in size order, colours, its other options
    (a store's own: material, style, capacity...), and how many of its options are in stock."""
    prices = [v.price for v in product.variants] or [Decimal("0")]
    in_stock = [v for v in product.variants if v.available]
    keys = [k for v in product.variants for k in (v.options or {}) if k not in {"size", "color"}]
    other = {key: _options(product, key) for key in dict.fromkeys(keys)}
    return {"id": product.id, "name": product.name, "min_price": str(min(prices)), "max_price": str(max(prices)),
            "sizes": sorted(_options(product, "size"), key=size_key), "colors": _options(product, "color"),
            "other_options": dict(list(other.items())[:MAX_OTHER_OPTIONS]),
            "in_stock": bool(in_stock), "variants": len(product.variants), "variants_in_stock": len(in_stock),
            "material": material_of(product), "care": care_for(product)}


# The same goods in another English ("do the trainers come up small?" of sneakers): searched only when the
# customer's own word finds nothing, so a store that sells goods under that word keeps them.
SAME_GOODS = {"trainer": "sneaker", "trainers": "sneakers", "jumper": "sweater", "jumpers": "sweaters",
              "trousers": "pants", "hoody": "hoodie", "hoodies": "hoodie", "wellies": "boots", "wellingtons": "boots"}


async def _search(client, word: str) -> tuple[str, list[Product]]:
    """(the word that found them, the products) for one goods word, in another English if its own finds none."""
    # the singular finds the plural too ("pant" in "pants", "Cargo Pant"); the catalogue search is a substring match
    found = await client.search_products(stem(word), 50)
    if found or word not in SAME_GOODS:
        return word, found
    return SAME_GOODS[word], await client.search_products(stem(SAME_GOODS[word]), 50)


async def products_named(client, words: list[str]) -> list[Product]:
    """The catalogue's products that the most of the goods words describe, by name (none when no word names
    a kind of goods the store has)."""
    searched = await asyncio.gather(*(_search(client, word) for word in words))
    words = [word for word, _ in searched]
    products = {p.id: p for _, batch in searched for p in batch}
    scored = [((_score(p, words), _heads(p, words)), p) for p in products.values()]
    best = max((score for score, _ in scored), default=(0, 0))
    return sorted((p for score, p in scored if score == best), key=lambda p: p.name) if best[0] else []


async def compared(client, text: str) -> list[Product]:
    """The products each side of a comparison names by what they are, when each side names one or two and they are
    not the same ("the rain shell" and "the anorak"); empty otherwise (the range answers)."""
    found: list[Product] = []
    said = [goods_words(side) for side in sides(text)]
    shared = said[-1][-1:] if said and said[-1] else []  # the last side's noun: "the slim and the straight jean"
    for words in said:
        # named by what they are ("the anorak"), not by a word of their name alone ("for snow and rain")
        named = [p for p in await products_named(client, words) if _heads(p, words)] if words else []
        if words and not named and shared and shared[0] not in words:
            words = [*words, *shared]  # a side whose noun was left out shares the other's ("the slim" jean)
            named = [p for p in await products_named(client, words) if _heads(p, words)]
        if len(named) > MAX_PER_SIDE:
            return []
        found += [p for p in named if all(p.id != other.id for other in found)]
    return found if len(found) >= 2 else []


def _heads(product: Product, words: list[str]) -> int:
    """How many goods words name what the product is (its name's last word or its category), not what qualifies
    it: of "the merino sweater", the Merino Crewneck Sweater is one and the Sweater Dress (merino blend) is not."""
    head = (product.name.split() or [""])[-1]
    return sum(is_kind(word, [head, product.category]) for word in words)


def _named_kind(product: Product, word: str) -> bool:
    """The word names the product's kind, in the store's English or another ("trainers" of sneakers)."""
    return _is_of_kind(product, word) or (word in SAME_GOODS and _is_of_kind(product, SAME_GOODS[word]))


def kind_words(products: list[Product], words: list[str]) -> list[str]:
    """The goods words that name the products' kind ("jeans" of "do the jeans run small")."""
    return [word for word in words if any(_named_kind(p, word) for p in products)]


def kind_phrase(products: list[Product], words: list[str]) -> str:
    """The products' kind as the customer named it: words that each describe all of them qualify one another
    ("merino sweater"); words that name different goods are joined ("shoes and boots", never "shoes boots")."""
    kinds = kind_words(products, words)
    shared = [word for word in kinds if all(_named_kind(p, word) for p in products)]
    return " ".join(shared) if shared else " and ".join(kinds)


# A question whose subject is goods named before: "does it have pit zips?", "are they lined?".
_OF_IT = re.compile(r"^\W*(?:(?:and|so|also|ok|okay)\W+)?(?:does|do|is|are|can|will|would|has|have)\s+"
                    r"(?:it|they|this|these|that|those)\b", re.IGNORECASE)


def asks_of_it(text: str) -> bool:
    """The question's subject is goods named before it ("does it have pit zips?"): what it asks is its own."""
    return bool(_OF_IT.match(text or ""))


async def range_of(client, text: str, question: str = "") -> dict[str, Any] | None:
    """The products of the kind the message asks about, from the catalogue: those that the most of its goods
    words describe ("the Harbor Organic Crew Tee" is one product, "t-shirts" all of them). None when the
    message names no goods at all; `count` 0 and no products when it names goods the catalogue has none of
    (`asked` is then the words as the customer wrote them together, or "" when they are scattered; `words` the
    goods words looked up). `question`, when the goods and the question are in two messages ("what is the dress
    made of?" then "and the boots?"; "the parka?" then "how do I wash it?"), is the one that asks: what it asks
    (price, material, care) applies to the goods of `text`."""
    words = goods_words(text)
    if not words:
        return None
    asking = (question if asks_about_range(question) or asks_about_detail(question) or asks_of_it(question)
              else text)  # what is asked
    detail = detail_asked(asking)
    if detail == "compare":
        side_by_side = await compared(client, text)
        if side_by_side:
            return {"asked": "", "count": len(side_by_side), "products": [brief(p) for p in side_by_side],
                    "order": None, "colour": None, "detail": "compare", "options": []}
        # one side names no goods of ours, or a whole kind: the range answers, with what it is made of if asked
        detail = None if asks_about_range(asking) else material_or_care(asking)
    chosen = await products_named(client, words)
    if not chosen:
        phrase = re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text, re.IGNORECASE)
        return {"asked": phrase.group(0) if phrase else "", "words": words, "count": 0, "products": [],
                "detail": detail}
    limit = price_limit(text) or price_limit(asking)
    if limit is not None:
        within = [p for p in chosen if p.variants and limit.admits(*_price_span(p))]
        if not within:  # none inside it: say so, with the one nearest it (limit_unmet)
            nearest = (min(chosen, key=lambda p: _price_span(p)[0]) if limit.ceiling is not None
                       else max(chosen, key=lambda p: _price_span(p)[1]))
            return {"asked": kind_phrase(chosen, words), "count": 0, "products": [brief(nearest)], "words": words,
                    "detail": None, "limit_unmet": _limit_words(limit)}
        chosen = within
    asked = kind_phrase(chosen, words)
    size = asked_size(asking) or asked_size(text)
    colour = first_colour(chosen, asking) or first_colour(chosen, text)
    options = [found for p in chosen[:MAX_OPTION_PRODUCTS] if (found := option_stock(p, size, colour))]
    products = [brief(p) for p in chosen]
    order = price_order(asking)
    if order and all(p.variants for p in chosen):  # the one asked for first: its least or its dearest option
        products.sort(key=lambda b: Decimal(b["min_price"]) if order == "cheapest" else -Decimal(b["max_price"]))
    return {"asked": asked, "count": len(chosen), "products": products[:MAX_PRODUCTS], "order": order,
            "colour": colour, "detail": detail, "options": options,
            "property": property_asked(asking) if detail == "material" else None,
            "limit": _limit_words(limit) if limit is not None else None}


def _price_span(product: Product) -> tuple[Decimal, Decimal]:
    prices = [v.price for v in product.variants] or [Decimal("0")]
    return min(prices), max(prices)


def _limit_words(limit: PriceLimit) -> dict[str, str | None]:
    return {"under": str(limit.ceiling) if limit.ceiling is not None else None,
            "over": str(limit.floor) if limit.floor is not None else None}
