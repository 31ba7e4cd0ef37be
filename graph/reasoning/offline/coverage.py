"""Whether the help center covers the specific condition a policy question asks about.

"Can I return clothes bought online to a store?", "can the code be in GBP?", "does the voucher work on
fuel?": the question is about returns or codes in general (so the returns or promotions article is
retrieved and reads as close in meaning), but it hinges on a condition — a place, a currency, a channel —
written as a prepositional phrase. When no retrieved help passage mentions any word of that condition, the
help center does not say, and quoting the general article answers something else. Retrieval is hybrid
(full text and meaning), so a passage that does mention the words would have been found.
"""

from __future__ import annotations

import re

from graph.reasoning.documents import asked_document
from graph.reasoning.places import zones_named
from graph.reasoning.text_norm import SIGNATURE
from graph.state import PassageRef
from tools.oms.catalogue import VENUES

# The conditions the help center may answer in an article of another subject: a place to go ("can I try things on
# in store?": the shipping article's "we sell online only") or a day ("do you deliver on saturdays?": the tracking
# article's "Monday to Saturday"). Goods are not among them: a policy rarely names goods ("a warranty on
# sneakers?" found the footwear care guide).
# ("custom": customs, where a parcel is held at a border, "stuck at customs")
PLACES_AND_DAYS = frozenset(VENUES) | {"pickup", "collection", "locker", "counter", "mall", "person", "custom"} | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "holiday"}

_PREPOSITIONS = frozenset({"in", "at", "into", "on", "via", "with", "using", "through", "for", "from"})
_DETERMINERS = frozenset({"a", "an", "the", "my", "your", "our", "this", "that", "some", "any"})
_PART_OF = frozenset({"one", "any", "some", "each", "either", "all", "none"})
# Places to go that are one place: "can I take my return to a shop?" is answered by "there is no store" (the
# catalogue's venues, "store" first, less the generic "location").
SAME_PLACE = tuple(venue for venue in VENUES if venue != "location")
# Goods the articles speak of by their kind: "the return policy on shoes" is the policy's "footwear ... in the
# original box".
FOOTWEAR = frozenset({"shoe", "shoes", "boot", "boots", "sneaker", "sneakers", "trainer", "trainers", "sandal",
                      "sandals", "slipper", "slippers"})
# Ways to pay the articles speak of as "the payment method" ("can the refund go to my Amex?" is answered by "refunds
# go back to the payment method used for the order"); a way to pay they never name ("Venmo") stays a condition.
PAYMENT_BRANDS = frozenset({"amex", "visa", "mastercard", "paypal", "klarna", "discover", "debit", "cash"})
# Spots at a home a parcel is left, which the articles speak of as "a safe place" ("can the driver leave it at the
# door?" was told the help center does not say, beside "a safe place (a porch, behind a gate, a parcel box)")
SAFE_SPOTS = frozenset({"door", "doorstep", "doorway", "porch", "step", "steps", "stoop", "mailbox", "letterbox",
                        "garage", "gate", "lobby", "mailroom", "reception", "concierge", "backyard", "yard", "shed"})
MAX_PHRASE_WORDS = 3
MIN_ROOT = 4  # letters of a word that must match for two words to share a root
VERB_CUT = 1  # a verb is its base form ("restock"): only an "s" or "e" goes ("restocks", "combining")
MIN_ASK_WORDS = 2  # a question with fewer content words ("how can I convert?") leans on the sentence before it
_REFERS_BACK = re.compile(r"\b(?:it|that|this|they|them|those|these)\b", re.IGNORECASE)
_GOES_ON = re.compile(r"^\W*(?:and|also|plus|then|what about|how about)\b", re.IGNORECASE)
# Words that end a condition's noun phrase or carry no condition of their own.
_FUNCTION = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "it", "its",
    "it's", "me", "you", "him", "her", "us", "them", "i", "my", "your", "our", "their", "this", "that", "these",
    "those", "is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could", "would", "will",
    "should", "have", "has", "had", "not", "no", "yes", "so", "if", "when", "what", "which", "who", "how", "why",
    "where", "there", "here", "then", "than", "now", "just", "please", "thanks", "thank", "get", "got",
    "order", "orders", "item", "items", "anything", "something", "everything", "one", "all", "some", "any",
    "next", "last", "few", "right", "other", "another", "same", "different", "new", "each", "every", "very",
    "really", "time", "instead", "rather",
    # the channel every order of an online shop comes through: "how do returns work for online orders?" hinges on
    # nothing the returns articles leave out (a store is still a condition: "return online orders to a store?")
    "online", "website", "site", "web", "internet",
    # the customer's own reference, not a condition of the store's: "I'm a medium in most brands, what size tee?"
    "brand", "brands", "most", "usually", "normally", "typically",
    # now, said as a phrase: "any discount codes at the moment?", "in stock at present" ask of no condition
    "moment", "present", "currently", "minute",
    # when the customer bought or got it: "is it too late to return something from september?" is the window's
    # question, which the policy answers in days ("within 30 days of delivery"), not a condition it must name
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "yesterday", "today", "tomorrow", "ago", "day", "days", "week", "weeks", "month", "months", "year", "years",
    # who gave the goods or gets them: "can I exchange a gift from my aunt?" is the gift rules' question, whoever gave
    # it (a neighbour is left out: "leave it with my neighbour" is a delivery condition the articles may speak of)
    "mum", "mom", "mother", "dad", "father", "parents", "aunt", "auntie", "uncle", "grandma", "grandmother", "nan",
    "nana", "granny", "grandpa", "grandfather", "grandparents", "sister", "brother", "son", "daughter", "kid", "kids",
    "child", "children", "husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "friend",
    "friends", "cousin", "niece", "nephew", "colleague", "coworker", "boss", "relative", "relatives",
    # what the goods were bought for: "I bought a dress for an event and didn't wear it, can I still send it back?"
    # is the return window's question, whatever the occasion
    "event", "events", "occasion", "wedding", "weddings", "party", "parties", "birthday", "anniversary", "trip",
    "vacation", "funeral", "graduation", "prom", "concert", "festival", "interview", "ceremony", "gala",
    # a place left open: "can I collect my order from somewhere instead?" names none the articles must (it was told
    # the help center does not say, beside "there is no store, click-and-collect or pickup point")
    "somewhere", "anywhere", "someplace", "anyplace",
})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# A question written without its question mark: "how long does click and collect take".
# After any @handles ("@brand hi can you resend my receipt"); "what a joke." exclaims, it asks nothing.
_ASKS = re.compile(r"^\W*(?:@\w+\W*)*(?:(?:hi|hello|hey)\b\W*)?(how|what(?!\s+an?\b)|when|where|which|why|can|could|do|"
                   r"does|is|are|will)\b", re.IGNORECASE)


def is_ask(sentence: str) -> bool:
    """The sentence asks: a question mark, or a question written without one."""
    return "?" in sentence or bool(_ASKS.search(sentence))


def content_words(text: str) -> list[str]:
    """The words of the text that carry what it is about (not its function words)."""
    return [word for word in _WORD.findall(text) if word.lower() not in _FUNCTION]


def refers_back(text: str) -> bool:
    """The text speaks of a thing named before it ("it", "that", "those")."""
    return bool(_REFERS_BACK.search(text))


def asking_part(text: str) -> str:
    """The sentence that asks, with the one before it when the ask alone is a bare "how can I convert?": the
    condition of a question sits there, not in the back story. Empty when nothing is asked ("?")."""
    sentences = [p for p in re.split(r"(?<=[.!?])\s+|\n+", text) if p.strip()]
    asks = [i for i, sentence in enumerate(sentences) if is_ask(sentence)]
    if not asks:
        return ""
    ask = asks[-1]
    content = content_words(sentences[ask])
    # ...and so does one that goes on from it about a thing named there: "how much is shipping to the UK? and how long
    # does it take?" asks how long shipping to the UK takes (not "...it's a present. can you tell me when it will
    # arrive?", whose "it" is the order, not the present)
    goes_on = _GOES_ON.match(sentences[ask]) and refers_back(sentences[ask])
    bare = len(content) < MIN_ASK_WORDS or (len(content) <= MIN_ASK_WORDS and goes_on)
    start = ask - 1 if bare and ask > 0 else ask
    return " ".join(sentences[start:ask + 1])


def _proper_name(word: str) -> bool:
    """"Levi's", "Tidepool": a brand or product name, which the help center is not expected to list (an
    acronym like "GBP" is a condition, not a name)."""
    return word[0].isupper() and not word.isupper() and word[1:] == word[1:].lower()


def _phrase_stems(words: list[str], ends: frozenset[str]) -> list[str]:
    """The stems of a noun phrase's first words, up to a word in `ends`; brand and product names left out."""
    stems = []
    for word in words[:MAX_PHRASE_WORDS]:
        if word.lower().replace("’", "'") in ends:
            break
        if not _proper_name(word):
            stems.append(_stem(word))
    return stems


# A sale event is a sale ("bought on black friday" hinges on what "bought in the sale" does), never a weekday.
_SALE_EVENTS = re.compile(r"\b(?:black\s+friday|cyber\s+monday|boxing\s+day|prime\s+day)\b", re.IGNORECASE)
# "Do you deliver at weekends?" is about Saturdays and Sundays, which the delivery-days article names; a sale's
# "Black Friday weekend" says nothing about deliveries.
WEEKEND = "weekend"
_SALE_WEEKENDS = r"black\s+friday|cyber|bfcm|sale|holiday|bank\s+holiday|long"


# The phone as the way something is done ("can I order over the phone?", "pay by phone"): a channel the articles must
# name, as "on the phone" is (the cancellation article's "contact us" answered "is there a way to order over the
# phone?"). "over" itself stays out of the prepositions: "free shipping over 100 dollars" names no condition.
_BY_PHONE = re.compile(r"\s(?:over|by|via)\s+(?:the\s+)?(?=(?:tele)?phone\b)", re.IGNORECASE)


def conditions(question: str) -> list[list[str]]:
    """The content words of each prepositional phrase of the question ("in GBP" -> ["gbp"]). "To" counts
    only before a determiner ("to a store"): before a verb it is an infinitive ("to know")."""
    words = _WORD.findall(_BY_PHONE.sub(" on the ", _SALE_EVENTS.sub("the sale", question)))
    found = []
    for i, word in enumerate(words):
        lowered = word.lower()
        start = i + 1
        # "to one of your stores": a part of a set names the set's noun
        if (start + 1 < len(words) and words[start].lower() in _PART_OF and words[start + 1].lower() == "of"):
            start += 2
        if start < len(words) and words[start].lower() in _DETERMINERS:
            start += 1
            if lowered == "to" and zones_named(" ".join(words[start:start + 3])):
                continue  # "to the UK" is "to Canada" with the country's article: a destination, as that one is
        elif lowered == "to":
            continue
        if lowered not in _PREPOSITIONS and lowered != "to":
            continue
        phrase = [w for w in _phrase_stems(words[start:], _FUNCTION) if len(w) > 2]
        if phrase:
            found.append(phrase)
    return found


def _single(text: str) -> str:
    """Doubled letters as one: US and UK spellings meet ("installments" / "instalments", "canceled" / "cancelled")."""
    return re.sub(r"([a-z])\1", r"\1", text)


_FOOTWEAR_SINGLE = frozenset(_single(word) for word in FOOTWEAR)


def _mentioned(word: str, text: str, cut: int = 3) -> bool:
    """The word, or a word of the same root ("signing" / "sign-in", "collection" / "collect"), is in the text
    (already written with single letters, `_single`); `cut`: how many last letters the root may lose. A place to
    go is mentioned by any word for it ("shop" by "store"), never by "store credit" (money, not a place)."""
    if word in SAME_PLACE:
        return any(re.search(rf"\b{_single(place)}(?!\s+credit)", text) is not None for place in SAME_PLACE)
    if (word in FOOTWEAR or word in _FOOTWEAR_SINGLE) and re.search(rf"\b{_single('footwear')}\b", text):
        return True
    if word in PAYMENT_BRANDS and re.search(r"\bpayment method", text):
        return True
    if word in SAFE_SPOTS and re.search(r"\bsafe place", text):
        return True
    if word.startswith(WEEKEND):  # its days, or the word itself; never a sale's ("Black Friday weekend")
        return re.search(r"\b(?:saturday|sunday)", text) is not None or re.search(
            r"\bweekend", _SALE_EVENTS.sub(" ", re.sub(rf"\b(?:{_SALE_WEEKENDS})\s+weekend", " ", text))) is not None
    root = _single(word[:max(MIN_ROOT, len(word) - cut)])
    return re.search(rf"\b(?:un|re|in|non)?{re.escape(root)}", text) is not None


# "Is there a student discount?", "do you have gift wrapping?", "can I add a gift note?": the question asks
# whether a thing exists, and the thing is what it hinges on. Only with an article (or after "do you have"),
# which marks a thing asked for: "can I get my money back?" names no such thing (`_ASKS_WITHOUT_ARTICLE`).
_ASKS_FOR_A_THING = re.compile(
    r"\b(?:is there|are there|do you (?:have|offer|do|sell|provide)|can i (?:get|add|request|have)"
    r"|could i (?:get|add|request|have))\s+(a|an|any|some)?\b(.*)",
    re.IGNORECASE,
)
# "Do you have / do / offer student discount?" asks for a thing without an article too.
_ASKS_WITHOUT_ARTICLE = ("do you have", "do you do", "do you offer")
# Nouns that name no thing of their own in such a question ("is there a way to...", "is there a problem").
_NO_THING = frozenset({
    "way", "chance", "option", "options", "possibility", "problem", "issue", "reason", "update", "news", "help",
    "question", "person", "human", "someone", "anyone", "agent", "answer", "reply", "idea", "look",
})


# A bound said after the thing is no part of it: "do you offer free shipping over a certain amount?" asks for free
# shipping, which "free on orders of $75.00 or more" gives ("over" was taken as a word of the thing, and the help center
# was said not to know).
_BOUNDS = frozenset({"over", "above", "under", "below", "beyond", "past"})


def asked_thing(question: str) -> list[str]:
    """The content words of the thing an existence question asks about ("student discount" -> ["student",
    "discount"]), up to the first function word or bound; empty when the question asks for no thing."""
    found = _ASKS_FOR_A_THING.search(question)
    if not found or (not found.group(1) and not found.group(0).lower().startswith(_ASKS_WITHOUT_ARTICLE)):
        return []
    words = _phrase_stems(_WORD.findall(found.group(2)), _FUNCTION | _PREPOSITIONS | _BOUNDS)
    if not words or words[-1] in _NO_THING or words[0] in _NO_THING:
        return []
    return [w for w in words if len(w) > 2]


# "Is it possible to combine two orders?", "is there a way to combine them?", "can my sister pick it up?", "do
# you restock sold out items?": the question asks whether the store
# does something, and the doing is what it hinges on. Verbs that any request uses ("can you check / tell / send")
# or that every article of its subject says ("return", "cancel") carry no condition of their own (nor do the
# function words, `_FUNCTION`, checked beside them).
_ASKS_TO_DO = re.compile(
    r"\b(?:(?:can|could) (?:i|we|you|u|my \w+|someone(?: else)?|somebody(?: else)?)|is it possible to|are you able to|"
    r"do you|will you|is there (?:a|any) way (?:to|i can|we can|for me to))\s+(?:please\s+|also\s+|ever\s+|just\s+)?"
    r"([a-z]+(?:-[a-z]+)*)\b",
    re.IGNORECASE,
)
_ANY_REQUEST = frozenset({
    "make", "use", "know", "see", "check", "help", "tell", "send", "find", "give", "let", "still", "also", "ask",
    "say", "look", "go", "come", "take", "put", "keep", "want", "need", "like", "buy", "pay", "purchase", "return",
    "cancel", "change", "exchange", "track", "ship", "deliver", "refund", "offer", "sell", "provide", "accept",
    "charge", "swap", "switch", "replace", "modify", "edit", "remove", "fix", "add", "request", "update", "confirm",
    "explain", "contact", "reach", "call", "email", "write", "speak", "talk", "assist", "answer", "reply", "expect",
    "receive", "wait", "try", "think", "mean", "recommend", "suggest", "apply", "redeem", "wear", "wash", "fit",
    "run", "only", "currently", "guys", "possibly", "actually", "usually", "always", "normally",
    "double-check", "re-check", "recheck",
})


# "How do I update my phone number on my account?": the thing to change is what the question hinges on; the email
# article's "enter the new email" answers another thing (a thing of one word, "my email", is left to meaning).
_CHANGES_A_THING = re.compile(r"\b(?:change|update|edit|correct|amend)\s+(?:my|the|our|your)\s+(.*)", re.IGNORECASE)


def changed_thing(question: str) -> list[str]:
    """The content words of the thing a question asks to change ("phone number" of "update my phone number")."""
    found = _CHANGES_A_THING.search(question)
    if not found:
        return []
    return [w for w in _phrase_stems(_WORD.findall(found.group(1)), _FUNCTION | _PREPOSITIONS) if len(w) > 2]


def asked_doing(question: str) -> str | None:
    """The verb of a question that asks whether the store does something ("combine" of "is it possible to combine
    two orders?"), when it is no word any request uses."""
    for found in _ASKS_TO_DO.finditer(question):
        verb = found.group(1).lower()
        if verb not in _ANY_REQUEST and verb not in _FUNCTION and len(verb) >= MIN_ROOT:
            return verb
    return None


# A help center that says the brand has no place to go ("we sell online only: there is no store") answers every
# question about one, wherever it is ("a physical shop in London?") and whatever is done there ("return it to a store?").
_NO_PLACE = re.compile(r"\bno (?:physical )?(?:store|shop)s?\b|\bonline only\b")
# ...but a carrier's counter is not the brand's ("can I drop it off at a UPS store?" asks where a return goes)
_CARRIER_BEFORE = "".join(rf"(?<!\b{carrier}\s)" for carrier in ("ups", "usps", "dhl", "post", "postal", "parcel", "courier",
                                                                    "carrier", "fedex", "dropoff", "drop-off"))
_A_PLACE = re.compile(rf"\b{_CARRIER_BEFORE}(?:{'|'.join(SAME_PLACE)})(?:es|s)?\b(?!\s+credit)", re.IGNORECASE)


# A warranty covers whatever the brand sells: "what's the warranty on the rain shell?" hinges on the warranty, which
# the help center states for all goods, not on the goods it is asked for (only a place or a day still counts).
_WARRANTY = re.compile(r"\b(?:warrant(?:y|ies)|guarantee[sd]?)\b", re.IGNORECASE)


def names_a_place_to_go(question: str) -> bool:
    """The question names a place to go (a store, a shop, a branch), not store credit."""
    return _A_PLACE.search(question) is not None


# Goods fetched or handed over in person: what "there is no store" answers as well as a question naming a store.
_IN_PERSON = re.compile(r"\bclick\s*(?:and|&|n|'n'?)\s*collect|\bpick\s*-?\s*(?:\w+\s+){0,2}?up\b|\bpickup\b|\bcollect(?:ion)?\b|"
                        r"\bin[- ](?:person|store|shop)\b|\bwalk\s+in\b", re.IGNORECASE)


def says_there_is_no_place(sentence: str) -> bool:
    """The sentence says the brand has no store to go to ("We have no shops, so a return can't be taken to a
    store")."""
    return _NO_PLACE.search(sentence.lower()) is not None


def asks_to_collect_in_person(question: str) -> bool:
    """The question is about goods fetched or handed over in person ("can I pick up my order?", "click and collect?")."""
    return _IN_PERSON.search(question) is not None


def asks_about_a_place_to_go(question: str) -> bool:
    """The question names a place to go, or goods fetched or handed over in person ("do you do click and collect?")."""
    return names_a_place_to_go(question) or asks_to_collect_in_person(question)


def uncovered_condition(question: str, passages: list[PassageRef]) -> list[str] | None:
    """The first condition of the question that no retrieved help passage mentions a word of, the thing an
    existence question asks about when a word of it is mentioned nowhere ("student" of "student discount": the
    promotions article does not make one up), or the doing a question asks about that no passage mentions
    ("combine" of "can you combine my orders?": the shipping article's cut-off times answer something else);
    else None."""
    text = _single(" ".join(f"{p.get('title') or ''} {p.get('heading') or ''} {p.get('text') or ''}"
                            for p in passages).lower())
    if not text.strip():
        return None
    asking = asking_part(question)
    if names_a_place_to_go(asking) and _NO_PLACE.search(text):
        return None
    warranty = _WARRANTY.search(asking) is not None
    for words in conditions(asking):
        if warranty and not set(words) & PLACES_AND_DAYS:
            continue
        if not any(_mentioned(word, text) for word in words):
            return words
    # A thing of one word is left to the sentence's closeness in meaning: "is there a minimum for free
    # shipping?" is answered by "free standard shipping from $75", which never says "minimum".
    thing = asked_thing(asking)
    if len(thing) > 1 and not all(_mentioned(word, text) for word in thing):
        return thing
    changed = changed_thing(asking)
    if len(changed) > 1 and not all(_mentioned(word, text) for word in changed):
        return changed
    doing = asked_doing(asking)
    if doing and not _mentioned(doing, text, cut=VERB_CUT):
        return [doing]
    document = asked_document(asking)
    if document and not all(_mentioned(word, text) for word in document.split() if len(word) > 2):
        return document.split()
    return None


def place_or_day(question: str) -> list[str]:
    """The place and day words of the question's conditions ("saturday" of "do you deliver on saturdays?")."""
    return [word for words in conditions(asking_part(question)) for word in words if word in PLACES_AND_DAYS]


# The shipping speeds the articles name: "how long does standard delivery take?" is answered where standard shipping's
# days are given, not by "Express is our fastest option" (the nearer sentence in meaning, through "delivery").
SHIPPING_SPEEDS = ("standard", "express", "overnight", "economy", "priority")
_SHIPPING = re.compile(r"\b(?:ship|shipping|shipped|deliver|delivery|delivered|post|postage|courier)\b", re.IGNORECASE)


def speed_named(question: str) -> list[str]:
    """The shipping speeds a question about shipping names ("standard" of "how long does standard delivery take?")."""
    if not _SHIPPING.search(question):
        return []
    return [speed for speed in SHIPPING_SPEEDS if re.search(rf"\b{speed}\b", question, re.IGNORECASE)]


# A signature the delivery needs: "I won't be home to sign for it" hinges on what the help center says of signatures
# (the parcel-not-for-you article, nearest by "home" and "it", was quoted)
_SIGNATURE = re.compile(rf"\b(?:{SIGNATURE})\b", re.IGNORECASE)


def signature_named(question: str) -> list[str]:
    """["signature"] when the question asks about signing for a delivery, else []."""
    return ["signature"] if _SIGNATURE.search(question) else []


def speaks_of(words: list[str], passage: PassageRef) -> bool:
    """Whether the passage mentions each of the words (or a word of the same root)."""
    text = _single(f"{passage.get('title') or ''} {passage.get('heading') or ''} {passage.get('text') or ''}".lower())
    return all(_mentioned(word, text) for word in words)
