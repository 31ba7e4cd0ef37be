"""Which goods a customer names ("the one with the grill", "a desk lamp from my order", "some boots I have
on order"), and which order lines they are.

Why: an action or a status answer about an order that does not contain the item the customer named is
worse than no answer ("cancel the grill order" must never cancel the sandals). So the item a message names
is read by the form of the sentence (the object of return / cancel / exchange / change / ordered..., or
"the one with X"), not from a list of products: the customer may name anything, including goods this store
has never sold. It is then matched, loosely, against what the OMS says each line is: the product's name,
its category and product line (e.g. "boots" -> a line whose category is boots), and its options (colour).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The goods a refund or a return is asked for, said after "for" ("can I get a refund for the jacket?"): a noun whose
# object follows (_VERB), and which names goods even after an article (_NOUN_USE, _FOR_GOODS).
_FOR = r"(?:refund|money\s+back|return|exchange|credit)s?\s+for"
# Verbs whose object is the goods themselves.
_VERB = (rf"{_FOR}(?=\s+(?:the|my|this|that|these|those|both)\b)|"
         r"return(?:ed|ing)?|cancel(?:l?ing)?|exchang(?:e|ed|ing)|chang(?:e|ing)|swap(?:ping)?|replac(?:e|ing)|modify(?:ing)?|"
         r"remov(?:e|ing)|send(?:ing)? back|refund(?:ing)?|ordered|bought|purchased|waiting (?:for|on)|"
         r"where(?:'s|’s| is| are)|get(?:ting)? rid of|"
         # what was paid for, said with its determiner ("paid for express" is a delivery speed, not goods)
         r"(?:pa(?:y|id)|charged) for(?=\s+(?:the|my|a|an|this|that|these|those|both)\b)")
_QUANTITY = r"(?:(?:one|some|two|three|both|all|each|either|any|a couple|a pair|a few|part|most|half|several|many) of\s+)?"
_DETERMINER = r"(?:(?:the|a|an|my|your|our|some|this|that|these|those|two|three|both|one|\d+)\s+)?"
_OBJECT = re.compile(rf"\b(?:{_VERB})\s+{_QUANTITY}{_DETERMINER}((?:[A-Za-z][\w'’-]*\s*){{1,8}})", re.IGNORECASE)
# Goods between the verb and its particle: "I'd like to send the shoes back", "can I take the jacket back?" ("send back
# the shoes" is _OBJECT's).
_SEND_BACK = re.compile(rf"\b(?:send(?:ing)?|sent|take|taking|took|bring(?:ing)?|brought|post(?:ing|ed)?|"
                        rf"ship(?:ping|ped)?)\s+{_QUANTITY}(?:the|my|those|these|this|that|both)\s+"
                        rf"((?:[A-Za-z][\w'’-]*\s+){{1,4}}?)back\b", re.IGNORECASE)
_THE_ONE_WITH = re.compile(r"\b(?:the ones?|(?:the|an|my) (?:order|package|parcel|delivery|box)) "
                           r"(?:with|containing|that has|that had)\s+"
                           + _DETERMINER +
                           r"((?:[A-Za-z][\w'’-]*\s*){1,6})", re.IGNORECASE)
# Goods taken out of an order with a verb that needs its object first: "take the beanie off my order", "drop the
# socks from it" (a determiner is required: "drop off the parcel" names no goods).
_TAKE_OFF = re.compile(r"\b(?:take|taking|drop|dropping)\s+(?:the|my|that|this|those|these)\s+"
                       r"((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:off|out of|from)\b", re.IGNORECASE)
# Goods given as the answer to "which item is it?": "it's the legging", "that was the wool coat".
_ANSWER_IS = re.compile(r"^\W*(?:(?:oh|ok|okay|yes|yeah|no|sorry|um+)\W+)*(?:it'?s|it’s|it is|it was|that'?s|that’s|"
                        r"that is|that was)\s+(?:the|my)\s+((?:[A-Za-z][\w'’-]*\s*){1,6})", re.IGNORECASE)
# Goods the customer keeps out of the request: "everything except (for) the belt", "all but the boots".
_EXCEPT = re.compile(rf"\b(?:except(?:\s+for)?|excluding|apart from|other than|besides|but not|(?:all|everything|"
                     rf"anything|the whole (?:order|lot)|all of it) but(?! not))\s+{_QUANTITY}"
                     rf"{_DETERMINER}((?:[A-Za-z][\w'’-]*\s*){{1,8}})", re.IGNORECASE)
# Goods named before the verb that says they are the customer's: "the shoes I got are too tight", "the lamp that
# we ordered". The shortest phrase after the determiner, so "the" of an earlier clause does not swallow the sentence.
_BEFORE_VERB = re.compile(r"\b(?:the|my|those|these|this|that)\s+((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:that\s+|which\s+)?"
                          r"(?:I|we)\s+(?:just\s+|recently\s+)?(?:got|ordered|bought|received|purchased)\b",
                          re.IGNORECASE)
# Goods named as what does not fit: "the jeans don't fit, can I return them?", "my boots are too tight". Only fit, which
# is said of goods and nothing else ("the house number on the label is wrong" names no goods).
# Also when the fit is said of them after a clause break: "I received my sneakers but they're too small".
_THEY = r"(?:(?:but|and|,)\s*(?:they|it)\s+)?"
_DOES_NOT_FIT = re.compile(rf"\b(?:the|my|those|these|this|that)\s+((?:[A-Za-z][\w'’-]*\s+){{1,4}}?)(?:"
                           rf"{_THEY}(?:do|does|did)(?:n'?t|n’t|\s+not)\s+(?:really\s+|quite\s+)?fit|"
                           rf"(?:(?:but|and|,)\s*(?:they|it)['’](?:re|s)\s+|"
                           rf"{_THEY}(?:is|are|was|were|feels?|run|runs|came|come)\s+)"
                           r"(?:\w+\s+){0,2}?too\s+(?:small|big|large|tight|loose|short|long|narrow|wide|baggy|snug))\b",
                           re.IGNORECASE)
# Goods the request is narrowed to, with no verb of its own: "no, just the tank top", "only my jacket, please".
_ONLY = re.compile(r"\b(?:just|only)\s+(?:the|my|that|this|these|those)\s+((?:[A-Za-z][\w'’-]*\s*){1,8})",
                   re.IGNORECASE)
_NOUN_USE = re.compile(r"\b(the|a|an|my|your|our|this|that|its|their|his|her)\s+$", re.IGNORECASE)
# ...unless the noun names its goods after "for": "a refund for the jacket" asks for one of the jacket
_FOR_GOODS = re.compile(rf"{_FOR}\b", re.IGNORECASE)
# Where the noun phrase ends: a preposition, a pronoun, a clause.
_STOP = frozenset({
    "from", "in", "on", "for", "that", "which", "who", "containing", "i", "i've", "i'm", "i'd", "i'll", "we", "you",
    "to", "with",
    "without",
    "because", "since", "as", "it", "it's", "its", "please", "was", "is", "are", "were", "be", "been", "being", "yesterday", "today", "last", "recently",
    "back", "at", "by", "but", "so", "instead", "into", "if", "when", "then", "order", "orders", "they", "he", "she",
    "me", "now", "can", "could", "would", "will", "do", "did", "has", "have", "had", "before", "after", "again",
    "just", "already", "still", "yet", "too", "also", "thanks", "thank", "via", "under", "within", "over",
    "ago", "ages", "yonks", "forever", "awhile", "day", "days", "week", "weeks", "month", "months", "year", "hour",
    "hours", "early", "late", "twice",
    # a letter's courtesy and sign-off after the request: "...can you change address Kindly", "regards"
    "kindly", "regards", "cheers", "sincerely", "best", "thx", "ty", "appreciate", "appreciated",
    "online", "free", "take", "takes", "cost", "costs", "work", "works",
    # what follows "return" / "refund" / "exchange" used as a noun: "return label", "refund status"
    "label", "labels", "policy", "window", "status", "process", "form", "fee", "fees", "period", "reason", "slip",
    # ...or the page it is made on, and what that page does: "ur return portal keeps saying my order number is invalid"
    # was told none of the orders contained "portal keeps saying"
    "portal", "portals", "page", "link", "instructions", "keeps", "saying",
    "pls", "plz",
    # a pronoun is the whole noun phrase: "I ordered something a week ago" names nothing
    "something", "everything", "anything", "them", "stuff",
    # where the money or the request stands: "the email says refund done", "refund processed but not received"
    "done", "processed", "issued", "approved", "completed", "complete", "confirmed", "received", "sent",
    "initiated", "started", "requested", "granted", "failed", "not", "never", "hasn't", "haven't", "isn't", "wasn't",
    "didn't", "doesn't", "won't",
    # ...or what a page says of it: "refund says processed but nothing in my bank"
    "says", "said", "shows", "showed", "showing", "states", "stated", "reads",
    # an exception ends the goods acted on: "return all the items except the belt"
    "except", "excluding", "besides", "apart", "than",
    # a day after the verb names when, not what: "ordered Monday, still says label created"
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight", "weekend",
    "morning", "afternoon", "evening", "night", "january", "february", "april", "june", "july", "august",
    "september", "october", "november", "december",
    # a clause after the goods, as customers type it: "boots during the sale and havent heard anything since"
    "during", "while", "until", "till", "havent", "hasnt", "didnt", "doesnt", "dont", "wont", "isnt", "wasnt",
    "cant", "arent", "werent",
    # what the customer wants instead, after the goods: "ordered a M need a L", "got the navy want the black"
    "need", "needs", "needed", "want", "wants", "wanted",
    # another remedy, joined by "or": "can you refund my money or replace the item"
    "replace", "replaced", "repair", "repaired", "resend", "reship",
    # what the customer did or came to think, the verb of a story told beside the goods: "it's too expensive, I found
    # it cheaper" was told "I couldn't find any found in our catalogue"
    "found", "bought", "got", "gotten", "saw", "seen", "thought", "kept", "took", "taken", "gave", "given", "felt",
    "told", "paid", "came", "went", "gone", "tried", "decided", "realised", "realized", "noticed", "liked", "loved",
    "hated", "changed", "wondering", "wondered", "hoping", "hoped", "guess", "figured", "ran",
})
# Nouns and words that do not name goods: the order itself, its parts and its paperwork.
_GENERIC = frozenset({
    "a", "an", "the", "and", "or", "of", "my", "your", "our", "some", "this", "that", "these", "those", "both", "one", "ones",
    "two", "three", "all", "each", "either", "any", "couple", "pair", "pairs", "few", "part", "only", "just",
    "single", "partial", "partially",
    "item", "items", "product", "products", "thing", "things", "stuff", "something", "everything", "anything",
    "purchase", "purchases", "package", "packages", "parcel", "parcels", "delivery", "deliveries", "shipment",
    "shipping", "size", "sizes", "colour", "colours", "color", "colors", "piece", "pieces", "rest", "whole",
    "entire", "other", "another", "same", "difference", "teh", "attempt", "attempts", "express", "overnight", "fastest",
    "hold", "queue", "recent", "new", "old", "latest", "first", "second", "third", "fourth", "middle", "address", "payment",
    "method", "card", "refund", "money", "quantity", "amount", "price", "total", "half", "bit", "lot", "account",
    "mind", "request", "return", "exchange", "cancellation", "date", "time", "plan", "details", "information",
    "info", "number", "email", "mail", "name", "them", "it", "its", "it's", "their", "his", "her", "model", "version", "option", "options",
    "style", "kind", "type", "online", "here", "there", "mine", "please", "thank", "thanks", "multiple", "several",
    "various", "set", "lots", "bunch", "reply", "response", "answer", "update", "updates", "news", "call",
    "callback", "help", "support", "wrong", "right", "correct", "incorrect", "btw", "mistake",
    # what a refund may be for that is no goods: "a refund for the delay", "credit for the inconvenience"
    "delay", "delays", "wait", "inconvenience", "trouble", "hassle", "problem", "problems", "issue", "issues", "error",
    "bank", "records", "reference", "receipt", "proof", "statement",
    # where the money goes: "just the original card, go ahead" (told none of the orders held "original")
    "original", "credit", "balance", "visa", "mastercard", "amex", "paypal",
    # the account and its settings: "change my default address", "change my password"
    "default", "billing", "password", "passwords", "phone", "username", "login", "profile", "settings",
    "preferences", "subscription", "subscriptions", "newsletter", "membership", "notifications", "contact",
    # goods in general, for a clothing store: "clothing items" names no particular line
    "clothing", "clothes", "apparel", "goods", "merchandise", "garment", "garments",
    # the state of an order, not what is in it: "cancel all my pending orders", "a refund for the cancelled order"
    "pending", "processing", "unshipped", "shipped", "undelivered", "delivered", "outstanding", "open", "current",
    "previous", "placed", "existing", "remaining", "upcoming", "unfulfilled", "cancelled", "canceled", "returned",
    "missing", "delayed", "lost",
    # which of the orders, by when: "cancel my most recent order", "my newest order" (not goods called "most")
    "most", "newest", "newer", "oldest", "older", "earliest", "earlier", "final",
    # how soon or how roughly, not what: "can I cancel quick before it ships", "ordered about an hour ago" (passed
    # over, so "return asap the linen shirt" still names the shirt)
    "quick", "quickly", "asap", "immediately", "urgently", "straight", "away", "soon", "fast", "anyway", "really",
    "about", "around", "almost", "nearly", "roughly", "approximately", "approx", "like",
    # another verb of the request, joined by "and": "cancel and send back", "return and ship it"
    "send", "ship", "post",
    # a size is an option of the goods, not goods: "I ordered the medium but it swims on me"
    "small", "medium", "large", "extra", "xs", "xl", "xxl", "s", "m", "l",
    # what customers call themselves: "ordered the wrong size like an idiot, can I swap it"
    "idiot", "fool", "muppet", "numpty", "dummy", "moron", "twit", "plonker", "klutz", "dork", "noob",
    # the order, shortened: "I want to return part of ord NB108574"
    "ord", "ordr", "ordre",
    # how the goods were priced, not what they are: "can I exchange a sale item for a different size?" was told no
    # order contains "sale"
    "sale", "clearance", "discounted", "reduced", "markdown",
    # an order placed twice, not goods: "I ordered twice by accident, can you cancel the duplicate?"
    "duplicate", "duplicates", "dupe", "double", "repeat", "copy",
    # when it was bought, not what: "I ordered 20 minutes ago", "return what I bought last week"
    # (not "evening" or "day": an evening dress, a day pack)
    "minute", "minutes", "mins", "hour", "hours", "hrs", "days", "weeks", "months", "ago", "yesterday", "today",
    "tonight", "what", "whatever",
    # a question word after the verb asks about the request, not goods: "can i change where it gets delivered?" was
    # told none of the orders contained "where"
    "where", "when", "how", "why", "who", "which", "whether",
    # how often, not what: "why is everything always out of stock in my size" was told "I couldn't find any always"
    "always", "usually", "often", "ever", "sometimes", "constantly", "never",
    # verbs that follow "refund" or "order" as their subject, not goods: "my refund went to the wrong card"
    "went", "gone", "goes", "came", "arrived", "showed", "bounced",
    # goods sent again for others, not goods of that name: "still waiting on my replacement" (none of the orders
    # contained "replacement")
    "replacement", "replacements", "reshipment",
})
# Heads of a noun phrase about the shipment or the money rather than the goods, or how the goods came ("how do I
# return a gift?": goods someone else bought, never goods called "gift"; a gift card keeps its head, "card").
_NOT_GOODS = frozenset({"delivery", "deliveries", "package", "packages", "parcel", "parcels", "shipment", "shipments",
                        "refund", "refunds", "money", "payment", "payments", "tracking", "order", "orders",
                        "gift", "gifts", "present", "presents"})
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
MIN_PREFIX = 5  # two stems sharing this many first letters are the same word ("sneaker"/"sneakers", "jean"/"jeans")


@dataclass(frozen=True)
class NamedItem:
    """An item as the customer wrote it ("robotic vacuums") and the word stems it is matched by."""

    phrase: str
    stems: frozenset[str]
    acted_on: bool = True  # the object of the request ("cancel the lamp"); False: it only says which order


def stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words_of(value: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-zà-ÿ]+", value.lower()) if len(w) > 1}


# An order number names the order, never goods: "RETURN NB108978" was answered "NB108978 doesn't contain
# 'NB108978'".
_ORDER_NUMBER = re.compile(r"#?[A-Za-z]{0,3}-?\d{4,}", re.IGNORECASE)


# A second request joined by "and" ends the goods of the first: "return the jeans and exchange the tee" ("then" and
# "also" already end them as stop words).
_JOINS = frozenset({"and", "plus"})
_REQUEST_VERBS = frozenset({"exchange", "return", "swap", "refund", "cancel", "change", "replace", "keep", "send",
                            "get", "want", "need", "would", "could", "can", "please", "pls"})


def _item_from(span: str, acted_on: bool) -> NamedItem | None:
    kept: list[str] = []
    words = _WORD.findall(span)
    for i, word in enumerate(words):
        if word.lower().replace("’", "'") in _STOP:
            break
        if word.lower() in _JOINS and i + 1 < len(words) and words[i + 1].lower() in _REQUEST_VERBS:
            break
        kept.append(word)
    content = [w for w in kept if w.lower() not in _GENERIC and stem(w) not in _GENERIC and len(w) > 2
               and not _ORDER_NUMBER.fullmatch(w)]
    nouns = [w for w in kept if w in content or w.lower() in _NOT_GOODS]
    if not content or nouns[-1].lower() in _NOT_GOODS:
        return None  # "my Prime delivery", "the DHL parcel": words about a delivery, not goods
    first = next(i for i, w in enumerate(kept) if w in content)
    last = max(i for i, w in enumerate(kept) if w in content)
    # a hyphenated word is read as its parts, as a product's name is (line_words): "t-shirt" is a shirt (a tee, by
    # its kind), "half-zip" the Half-Zip Pullover; whole, neither matched any line
    stems = frozenset(part for word in content for part in _words_of(word)) or frozenset(stem(w) for w in content)
    return NamedItem(" ".join(kept[first:last + 1]), stems, acted_on)


def _matches(pattern: re.Pattern[str], text: str):
    """Each match of the pattern, the next one searched from just after the start of the last: a request's
    span may hold a second request ("return the jeans and exchange the tee"), which finditer would skip."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        yield match
        position = match.start() + 1


# Goods named one after another, each with its determiner: "the shirt and the shorts", "the tee, the vest" are two
# items ("black and white tee" is one). The joiner is shared with `_GOODS_ALONE` below.
_JOINER = r"(?:,\s*(?:and\b)?|\band\b|&)"
_NEXT_NAMED = re.compile(rf"\s*{_JOINER}\s*(?=(?:the|my|a|an|those|these|that|this)\s)", re.IGNORECASE)


def named_items(text: str) -> list[NamedItem]:
    """The goods the message names, in order; empty when it names none ("cancel my order")."""
    found: list[NamedItem] = []
    for pattern, acted_on in ((_OBJECT, True), (_SEND_BACK, True), (_BEFORE_VERB, True), (_ONLY, True),
                              (_DOES_NOT_FIT, True), (_TAKE_OFF, True), (_ANSWER_IS, True), (_THE_ONE_WITH, False)):
        for match in _matches(pattern, text):
            if acted_on and _NOUN_USE.search(text[:match.start()]) and not _FOR_GOODS.match(match.group(0)):
                continue  # "how long does the refund take?": the word is a noun here, not a request
            for span in _NEXT_NAMED.split(match.group(1)):
                item = _item_from(span, acted_on)
                if item and all(item.stems != other.stems for other in found):
                    found.append(item)
    return found


def picks_order_by_goods(text: str) -> bool:
    """The message says which order by goods it holds ("what about the one with the boots?"), not goods to act on."""
    return any(not item.acted_on for item in named_items(text))


def excluded_items(text: str) -> list[NamedItem]:
    """The goods the customer keeps out of the request ("return everything except the belt"), in order."""
    found: list[NamedItem] = []
    for match in _EXCEPT.finditer(text):
        item = _item_from(match.group(1), acted_on=False)
        if item and all(item.stems != other.stems for other in found):
            found.append(item)
    return found


def goods_named(text: str) -> list[NamedItem]:
    """Every item the message names, acted on or kept out: either says which order it is."""
    return named_items(text) + excluded_items(text)


def without_excluded(lines: list[dict], excluded: list[NamedItem]) -> list[dict]:
    """These lines less the ones the customer keeps out of the request."""
    return [line for line in lines if not any(is_line(item, line) for item in excluded)]


# The everyday word for goods of a kind, as customers say it of what they bought: "the shoes I got" of sneakers
# or boots, "the coat" of a jacket. Matched only when no line is named more closely.
_BROADER = {"footwear": "shoe", "sneaker": "shoe trainer", "boot": "shoe", "sandal": "shoe", "outerwear": "coat jacket",
            "jacket": "coat", "parka": "coat jacket", "knitwear": "sweater jumper", "sweater": "jumper",
            "pullover": "sweater jumper", "cardigan": "sweater jumper", "crewneck": "sweater jumper",
            "hoodie": "sweater jumper", "fleece": "sweater jumper",
            "trouser": "pant", "pant": "trouser", "tee": "shirt tshirt", "henley": "shirt", "tank": "top"}


def line_words(line: dict) -> set[str]:
    """What the OMS says a line is: its product's name, category, product line and option values."""
    words = _words_of(str(line.get("product_name") or ""))
    for key in ("category", "product_line"):
        words |= _words_of(str(line.get(key) or ""))
    for value in (line.get("options") or {}).values():
        words |= _words_of(str(value))
    return words


def broader_words(line: dict) -> set[str]:
    """What a line is, with the everyday words for its kind ("shoe" of a sneaker)."""
    words = line_words(line)
    return words | {broad for word in words for broad in _BROADER.get(word, "").split()}


def names_no_goods(word: str) -> bool:
    """A word that never names goods: the order, its parts and paperwork, a pronoun, a preposition."""
    word = word.lower().replace("’", "'")
    return word in _GENERIC or word in _STOP or stem(word) in _GENERIC


def is_kind(word: str, names: list[str]) -> bool:
    """Every stem of the customer's word ("t-shirt", "running shorts") is a word of one of these names."""
    stems = _words_of(word)
    own = set().union(*(_words_of(name) for name in names)) if names else set()
    return bool(stems) and all(any(_same(s, w) for w in own) for s in stems)


def _same(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= MIN_PREFIX and a[:MIN_PREFIX] == b[:MIN_PREFIX]
                      and (a.startswith(b) or b.startswith(a)))


def _overlap(item: NamedItem, line: dict, broader: bool = False) -> int:
    """How many of the item's words the line is. By the everyday words for its kind, all of them or none: "the
    shoes" are the sneaker, a "fleece jacket" is not the peacoat (outerwear, so a jacket, but no fleece)."""
    words = broader_words(line) if broader else line_words(line)
    found = sum(any(_same(s, w) for w in words) for s in item.stems)
    return found if not broader or found == len(item.stems) else 0


def is_line(item: NamedItem, line: dict) -> bool:
    return _overlap(item, line) > 0 or _overlap(item, line, broader=True) > 0


def holds_goods_named(order: dict, text: str) -> bool:
    """The order holds goods the message names: the customer pointed at it ("the one with the jeans")."""
    lines = order.get("items") or []
    return any(is_line(item, line) for item in goods_named(text) for line in lines)


def lines_named(items: list[NamedItem], lines: list[dict]) -> list[dict]:
    """For each named item, the lines that match it best ("running shorts": the running short, not every
    short; "the coat": the peacoat before the rain shell, a jacket), in the order's line order."""
    chosen: list[dict] = []
    for item in items:
        scores = [(_overlap(item, line), line) for line in lines]
        if not any(score for score, _ in scores):
            scores = [(_overlap(item, line, broader=True), line) for line in lines]
        best = max((score for score, _ in scores), default=0)
        chosen += [line for score, line in scores if best and score == best and line not in chosen]
    return [line for line in lines if line in chosen]


def missing_items(items: list[NamedItem], lines: list[dict]) -> list[NamedItem]:
    """The named items none of these lines is."""
    return [item for item in items if not any(is_line(item, line) for line in lines)]


def items_text(items: list[NamedItem]) -> str:
    phrases = [f"“{item.phrase}”" for item in items]
    if not phrases:
        return ""
    return phrases[0] if len(phrases) == 1 else ", ".join(phrases[:-1]) + f" or {phrases[-1]}"


# Goods named alone in answer to a return, an exchange or a cancellation in hand ("I want to return something" ...
# "the boots"): the request's object. Never an order, a choice of one or a part of the whole, nor anything else
# said during the flow ("ok cool", "nothing yet", a name). Several may be named together ("the shirt and the shorts").
_ONE_NAMED = r"(?:the|my|those|these|that|this)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?"
_GOODS_ALONE = re.compile(rf"^\W*({_ONE_NAMED}(?:\s*{_JOINER}\s*{_ONE_NAMED})*)\W*$", re.IGNORECASE)
# The words around the goods' own: their determiners and joiners (the module's `_DETERMINER` is a pattern fragment).
_AROUND_GOODS = re.compile(r"\b(?:the|my|those|these|that|this|and)\b|[,&]", re.IGNORECASE)
_NO_GOODS_WORDS = frozenset({"one", "ones", "order", "orders", "item", "items", "rest", "same", "last", "latest",
                             "recent", "first", "other", "whole", "lot", "number", "thing", "things", "stuff",
                             # what the flow itself hands over: "the link", "the label" are not goods to return
                             "link", "links", "label", "labels", "tracking", "code", "email", "address", "refund",
                             "money", "package", "parcel", "box", "delivery",
                             # a sentence, not a name of goods: "my name is Sam"
                             "is", "are", "was", "were", "am", "name"})
_VERB_OF_FLOW = {"return_request": "return", "exchange": "exchange", "cancel_order": "cancel"}


def said_as_request(text: str, intent: str | None) -> str:
    """Goods named alone during a goods request (`intent`), said as that request ("the boots" -> "return the
    boots"); any other text as it is."""
    verb = _VERB_OF_FLOW.get(intent or "")
    found = _GOODS_ALONE.match(text.strip())
    if not (verb and found) or goods_named(text):
        return text
    if set(_AROUND_GOODS.sub(" ", found.group(1)).lower().split()) & _NO_GOODS_WORDS:
        return text
    return f"{verb} {text.strip()}"
