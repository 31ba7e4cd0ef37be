"""When the customer's own order arrives is a question about that order, not about shipping in general.

"Is my order going to arrive before christmas?", "will my parcel get here before my birthday on the 12th?": the
words of delivery times ("arrive", "before", a date), so the intent model spreads the reading over shipping in
general (times, carriers, options), and the reply fell below the policy's confidence or quoted delivery times.
Shipping information is asked before or outside a specific order (the labelling guide's line); an order of one's
own ("my order", "my parcel", an order number) asked after is its status: the order's tracking and estimate
answer. So the general-shipping reading's mass goes to the order's status. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.intents import OUT_OF_SCOPE
from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

ORDER_STATUS = "order_status"
SHIPPING_INFO = "shipping_info"

_OWN_ORDER = any_of(r"(?:my|our)\s+(?:\w+\s+)?(?:order|parcel|package|delivery|shipment|stuff|items?|purchase)",
                    r"(?:nb|#)\s?\d{5,}")
_WHEN_IT_ARRIVES = any_of(
    r"arrive|arriving|arrival|get\s+(?:here|to\s+me)|be\s+here|come|coming|delivered|turn\s+up|show\s+up|reach\s+me",
    r"eta|estimated\s+delivery",
)
# Asking about shipping for a new order: "if I order today will my order arrive by friday?" is shipping in general.
_NEW_ORDER = any_of(r"if\s+i\s+(?:order|buy|place|purchase)", r"(?:order|buy|purchase)\s+(?:it\s+)?(?:today|now|tonight)",
                    r"before\s+i\s+(?:order|buy)", r"express|standard\s+shipping|upgrade")


# It asks when: "can I get my order delivered to another country?" asks where it may go, which is shipping in general.
_WHEN = any_of(
    r"when|what\s+(?:day|date|time)|how\s+(?:long|soon)|eta|estimated|before|in\s+time|yet|still|today|tonight|"
    r"tomorrow|this\s+week|next\s+week|on\s+time",
    r"by\s+(?:the\s+)?(?:\d+\w*|(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|tomorrow|next|this|end)",
    r"(?:is|are|will|would)\s+(?:\w+\s+){0,3}?(?:arrive|arriving|get\s+here|be\s+here|come|coming|turn\s+up|show\s+up|"
    r"reach\s+me)",
    # "is my stuff ever gonna show up or nah"
    r"ever\s+(?:gonna|going\s+to|gunna)\s+(?:arrive|get\s+here|be\s+here|come|turn\s+up|show\s+up|reach\s+me)",
)


def asks_when_own_order_arrives(text: str) -> bool:
    """The message asks when an order of the customer's own arrives (not about shipping for a new order)."""
    folded = fold(text or "")
    return bool(_OWN_ORDER.search(folded) and _WHEN_IT_ARRIVES.search(folded) and _WHEN.search(folded)
                and not _NEW_ORDER.search(folded))


# "When will it come?", "so when will they get here then?": a parcel on its way, named by a pronoun (the order the
# conversation is about). Not goods coming back or out: "when will it come back in stock?", "when does it come out?".
# ...or the other order the conversation spoke of, shipped: "When will the other one ship?" (read as goods, 0.70, and the
# missing-items article answered it).
_WHEN_IT_COMES = any_of(
    r"when\s+(?:will|would|is|does|do|should|can|are)\s+(?:it|they|that|this|those|these|my\s+stuff)\s+(?:\w+\s+)?"
    r"(?:come|arrive|get\s+(?:here|to\s+me)|be\s+(?:here|delivered)|turn\s+up|show\s+up|reach\s+me|coming|arriving)",
    r"when\s+(?:will|would|is|does|do|should|can|are)\s+(?:it|they|that|this|the\s+other\s+(?:one|order|parcel|package)|"
    r"the\s+rest|the\s+second\s+one)\s+(?:\w+\s+)?(?:ship|be\s+shipped|be\s+sent|go\s+out|be\s+dispatched|dispatch|"
    r"leave\s+the\s+warehouse)",
    # in time for a day: "I need it by saturday for a wedding, will it make it?", "will they get here in time?"
    r"(?:will|would|is|does|do|can)\s+(?:it|they|that|this|my\s+stuff)\s+(?:\w+\s+)?(?:make\s+it|(?:arrive|get\s+here|"
    r"be\s+(?:here|delivered)|come)\s+(?:in\s+time|on\s+time|by|before))",
)
_GOODS_COMING = any_of(r"back|in\s+stock|restock\w*|out|available|on\s+sale|in\s+(?:my\s+)?size|in\s+\w+\s+colou?r")
GOODS_READINGS = ("product_info",)


def asks_when_it_arrives(text: str) -> bool:
    """The message asks when "it" (a parcel) arrives, and nothing of goods coming back, out or in stock."""
    folded = fold(text or "")
    found = _WHEN_IT_COMES.search(folded)
    return bool(found) and not _GOODS_COMING.search(folded[found.end():]) and not _NEW_ORDER.search(folded)


# The day a delivery was promised for, said to have passed: "promised by friday. it's monday. cool cool cool", "it was
# supposed to be here yesterday". Sarcasm and slang around it read as chatter (out of scope) to the intent model.
_PROMISED_DAY = any_of(
    r"(?:promised|supposed\s+to\s+(?:arrive|come|be\s+here|be\s+delivered)|meant\s+to\s+(?:arrive|come|be\s+here)|"
    r"due|expected|guaranteed)(?:\s+(?:by|on|for))?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+\w+|"
    r"the\s+\d+\w*|\d+\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d+)",
)
SHIPPING_DELAY = "shipping_delay"
# What an own order's arrival is not: shipping in general, or chatter (out of scope)
NOT_ITS_ARRIVAL = (SHIPPING_INFO, OUT_OF_SCOPE)


def says_promised_day_passed(text: str) -> bool:
    """The customer says the day their delivery was promised for (a weekday, yesterday, a date) has come."""
    folded = fold(text or "")
    return bool(_PROMISED_DAY.search(folded)) and not _NEW_ORDER.search(folded)


def read_own_order_arrival(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the general-shipping reading's mass on the order's status, when the message asks
    when the customer's own order arrives (and the chatter reading's: an own order's arrival is never out of scope);
    the goods reading's too when it asks when "it" comes; and on a late order when a promised day has passed."""
    probs = moved_when(probs, text, says_promised_day_passed, NOT_ITS_ARRIVAL, SHIPPING_DELAY)
    probs = moved_when(probs, text, asks_when_own_order_arrives, NOT_ITS_ARRIVAL, ORDER_STATUS)
    return moved_when(probs, text, asks_when_it_arrives, (SHIPPING_INFO, *GOODS_READINGS), ORDER_STATUS)


# "where is my parcel" and nothing more: where the customer's own order is, the commonest ticket there is. Without its
# question mark it read 0.65 (a lost parcel 0.19, shipping in general 0.13) and went to a person unsure; nothing is
# reported lost, and the order's tracking says where it is (a lost parcel is the tracking's to say).
# How long it has been waited for is no more than that: "where's my stuff lol it's been 2 weeks" read as a refund
# awaited (0.65: "it's been 2 weeks" ends many a refund question) and went to a person; nothing was sent back.
_A_FEW = r"(?:an?|one|two|three|\d+|a\s+few|several)"  # how many days or weeks: "a week", "3 days", "a few weeks"
_HOW_LONG_WAITED = (r"(?:(?:it'?s|its|it\s+has|has|i'?ve|i\s+have)?\s*been\s+(?:waiting\s+)?(?:for\s+)?(?:over\s+|almost\s+|"
                    r"nearly\s+|like\s+|more\s+than\s+)?(?:an?\s+|one\s+|two\s+|three\s+|four\s+|five\s+|few\s+|a\s+few\s+|"
                    r"a\s+couple(?:\s+of)?\s+|several\s+|\d+\s*)?(?:days?|weeks?|months?|ages|forever|a\s+while|so\s+long)"
                    # ...or nothing come in that time: "Nothing for a week", "still nothing", "since a week nothing"
                    rf"|(?:still\s+)?nothing(?:\s+(?:yet|so\s+far|for|since|in)(?:\s+(?:over\s+)?{_A_FEW}?\s*"
                    r"(?:days?|weeks?|months?))?)?"
                    rf"|(?:for|since)\s+(?:over\s+)?{_A_FEW}\s+(?:days?|weeks?|months?)\s+(?:now\s+)?(?:nothing|and\s+nothing|"
                    r"no\s+sign(?:\s+of\s+it)?))")
_WHERE_IS_MINE = re.compile(
    r"^\W*(?:(?:hi|hello|hey|hiya|yo|ok|so|um+|erm|sorry|excuse\s+me|please|pls|@\w+)\W+)*"
    r"(?:where'?s|wheres|where\s+is|where\s+are|where\s+the\s+hell\s+is)\s+(?:my|our)\s+(?!return|refund)(?:\w+\s+)?"
    r"(?:order|parcel|package|pkg|delivery|shipment|stuff|items?|purchase)\b"
    r"(?:\s+(?:please|pls|plz|then|now|at|already|mate|guys|lol|\?|!|\.)+)?"
    rf"(?:\W*{_HOW_LONG_WAITED}(?:\s+(?:now|already|lol|smh|and\s+counting))*)?\W*$",
    re.IGNORECASE)
# (nor is it a refund: the order's own goods are asked for, never money back)
NOT_WHERE_IT_IS = (SHIPPING_INFO, "lost_package", "damaged_item", "wrong_item", "refund_status", OUT_OF_SCOPE)


def asks_only_where_own_order_is(text: str) -> bool:
    """The message only asks where the customer's own order is."""
    return bool(_WHERE_IS_MINE.match(fold(text or "")))


def read_where_own_order_is(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with shipping information's, the goods problems' and the out-of-scope mass on the order's
    status, when the message only asks where the customer's own order is."""
    return moved_when(probs, text, asks_only_where_own_order_is, NOT_WHERE_IT_IS, ORDER_STATUS)
