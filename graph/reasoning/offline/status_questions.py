"""What a question about an order asks beyond where the parcel is.

"How much did I pay for it?" and "what was in that order?" are answered from the order's own figures and lines;
"what time will it come?" from the help center's words on delivery times; "what does 'held at depot' mean?" from
the help center's words on tracking statuses, "I never got a confirmation email" from its words on confirmations,
beside the order's status. All are status questions (the
labelling guide's order_status covers "what was charged" and "what a tracking status means"). Each is read in English
or, in another of the brand's languages, through its English gloss ("¿cuánto pagué?", "¿a qué hora llega?").
"""

from __future__ import annotations

import re

from graph.reasoning.glossary import english_reading
from graph.reasoning.own_payment import OWN_AMOUNT, OWN_PAYMENT
from graph.reasoning.text_norm import sentences
from tools.oms.order_choice import MY_ORDERS

# "How much did I pay for it?", "what was the total charged?", "what did the jacket cost me?": what the customer
# paid, not what something costs ("what does express cost?" is a shipping question).
_ASKS_PAID = re.compile(
    OWN_AMOUNT + r"|\bcost me\b|\btotal\b[^.?!]{0,25}\b(paid|charged)\b|"
    r"\b(how much|what) (i|we) (have |had |'ve )?(paid|spent|been charged|was charged|were charged)\b|"
    # what an order of the customer's came to: "how much did my last order cost?", "how much was my order?"
    r"\bhow much (did|does|was|is) (my|our) (\w+ ){0,2}?(order|purchase)\b(?! (cost )?(to ship|for shipping|shipping))|"
    r"\bwhat (did|does) (my|our) (\w+ ){0,2}?(order|purchase) (cost|come to|total)\b(?! (to ship|for shipping))|" + OWN_PAYMENT,
    re.IGNORECASE,
)
# "What was in that order?", "which items are in NB104017?", "what size did I get the parka in?", "which of my orders
# has the boots in it?", "the details of my last order": what was bought, not where it is or whether it was right.
_ASKS_CONTENTS = re.compile(
    r"\bwhat(?: exactly)? (?:did|have) (?:i|we) (?:order|buy|get|purchase)\b(?! (?:wrong|instead))|"
    r"\bwhat (?:have|did) (?:i|we)\b[^.?!]{0,40}\b(?:ordered|bought)\b|"
    r"\b(?:tell|remind|show|confirm|check|know|see) (?:me |us )?what (?:i|we) (?:ordered|bought|purchased)\b|"
    r"\b(?:remember|recall|forgot|forget) (?:exactly )?what (?:i|we) (?:ordered|bought|purchased|got)\b|"
    r"\bwhich \w+ (?:was|were|is|are) (?:in|on)\b[^.?!]{0,20}\border\b|"
    r"\bwhat(?:'?s| is| was| were)(?: in| on)\b[^.?!]{0,20}\border\b|"
    # an order of those listed, said by its place: "what's in the newest one?"
    r"\bwhat(?:'?s| is| was| were) in (?:the|that|this|my) (?:newest|latest|last|most recent|first|second|other|older|"
    r"earlier|previous) one\b|"
    r"\b(?:which|what) (?:items?|products?|things)\b[^.?!]{0,25}\b(?:in|on|from)\b[^.?!]{0,20}\borders?\b|"
    r"\b(?:list|contents of|details of|go over)\b[^.?!]{0,30}\borders?\b|\b(?:contents|details) of #?[a-z]{0,3}\d{4,}|"
    r"\bwhich of my orders\b|\bwhich order (?:was|is|has|had)\b|"
    r"\bhow many (?:items?|things|products?|pieces)\b[^.?!]{0,25}\b(?:in|on)\b[^.?!]{0,20}\border\b|"
    r"\bwhat (?:size|colou?r|fit)\b[^.?!]{0,30}\b(?:did i|have i|i)\b[^.?!]{0,10}\b(?:order|ordered|get|got|pick|"
    r"picked|choose|chose|buy|bought)\b|"
    r"\b(?:size|colou?r) of the\b[^.?!]{0,30}\bi (?:ordered|bought)\b|"
    # the orders themselves: "what are my recent orders?", "show me my orders", "my order history"
    + MY_ORDERS,
    re.IGNORECASE,
)
# "What time will it come?", "can I get a time window?", "morning or afternoon?", "how late do drivers deliver?": the
# hour on the delivery day, which the help center's words on delivery times answer beside the order's status.
_ASKS_TIME = re.compile(
    r"\bwhat time\b|\b(?:time|delivery) (?:window|slot|frame)s?\b|\bmorning or (?:the )?(?:afternoon|evening)\b|"
    r"\bhow late\b[^.?!]{0,30}\bdeliver|\blatest\b[^.?!]{0,30}\bdeliver|\bwhat hours?\b[^.?!]{0,30}\bdeliver",
    re.IGNORECASE,
)
# "What does 'held at depot' mean?", "what is meant by exception?", "the meaning of this status"
_ASKS_MEANING = re.compile(
    r"\bwhat\b[^.?!]{0,80}\bmeans?\b|\bwhat(?:'s| is) meant by\b|\bmeaning of\b",
    re.IGNORECASE,
)

# "Tracking says delivery attempted but I was home", "it's been 'held at depot' for days": a carrier's status
# quoted is asked about as surely as "what does it mean?", and answered by the same words.
_QUOTES_STATUS = re.compile(
    r"\b(?:delivery |delivered )?attempt(?:ed)?\b[^.?!]{0,20}\b(?:delivery|deliver)|\bdelivery attempt(?:ed)?\b|"
    r"\bheld (?:at|in) (?:the |a )?(?:depot|warehouse|facility|customs|post office)\b|\bexception\b|"
    r"\breturn(?:ed|ing)? to sender\b|\bawaiting collection\b|\bready for (?:collection|pick ?up)\b",
    re.IGNORECASE,
)


# "I never got a confirmation email", "does the order confirmation take long?", "no receipt in my inbox": the
# confirmation of an order, which the help center's words answer beside the order's status (the order shows it
# was placed).
_ASKS_CONFIRMATION = re.compile(
    r"\bconfirmation\b(?! (?:of|that) (?:the |my )?(?:return|refund|cancel))|"
    r"\b(?:receipt|invoice)\b[^.?!]{0,30}\b(?:e-?mail|mail|inbox)\b|\b(?:e-?mail|mail|inbox)\b[^.?!]{0,30}\breceipt\b",
    re.IGNORECASE,
)


# "Where is my order?", "has my parcel shipped?", "any update on my order?": the customer's own order, which only
# the order answers; beside a general ask ("how do I track it?", "what does in transit mean?") the help center
# answers that part.
_ASKS_WHERE_MINE = re.compile(
    r"\bwhere(?:'s|’s|s| is| are)\b|\bstatus of my\b|\bhas (?:it|my \w+) (?:shipped|been shipped|arrived|been sent)\b|"
    r"\bany (?:update|news)\b",
    re.IGNORECASE,
)
_ASKS_GENERAL = re.compile(r"\bhow\b|\bmeans?\b|\bdo you\b|\bdoes your\b|\bis there\b|\bare there\b|\bwhat time\b",
                           re.IGNORECASE)


def _asks(pattern: re.Pattern[str], text: str, language: str) -> bool:
    text = text or ""
    return bool(pattern.search(text if language == "en" else english_reading(text, language)))


# "What's the tracking number?", "can I have the tracking link?", "send me tracking": the number itself, which a
# reply about a delivered order leaves out when it asks which order is meant.
_ASKS_TRACKING = re.compile(
    r"\b(?:what(?:'s| is| was)|send|give|share|have|get|need|provide|where(?:'s| is| can i find))\b[^.?!]{0,25}"
    r"\btracking\b(?!\s+(?:says|shows|said|showed|has|hasn'?t|is|isn'?t|was|wasn'?t|link (?:is|isn'?t|doesn'?t)))|"
    r"^\W*tracking\s*(?:number|no\.?|#|link|code|info)?\W*$",
    re.IGNORECASE,
)


def asks_for_tracking(text: str, language: str = "en") -> bool:
    return _asks(_ASKS_TRACKING, text, language)


# "how many items were in my last order and the total cost?": an order's total asked beside it, in a message that asks
# nothing done (a refund's total, or the total after an address change, is that request's)
_ORDER_TOTAL = re.compile(r"\border\b[^.?!]{0,40}\btotal\s+(?:cost|price|amount)\b|\btotal\s+(?:cost|price|amount)\s+"
                          r"(?:of|for|on)\s+(?:my|the|this|that)\s+(?:\w+\s+)?order\b", re.IGNORECASE)
_ASKS_DONE = re.compile(r"\b(?:refund\w*|return\w*|cancel\w*|exchang\w*|chang\w*|modif\w*|address|back)\b",
                        re.IGNORECASE)


def asks_what_was_paid(text: str, language: str = "en") -> bool:
    english = (text or "") if language == "en" else english_reading(text or "", language)  # glossed once, read twice
    return bool(_ASKS_PAID.search(english)) or (bool(_ORDER_TOTAL.search(english))
                                                and not _ASKS_DONE.search(english))


def asks_what_it_means(text: str, language: str = "en") -> bool:
    return _asks(_ASKS_MEANING, text, language)


def quotes_a_status(text: str, language: str = "en") -> bool:
    return _asks(_QUOTES_STATUS, text, language)


def status_then_ask(text: str, ask: str) -> str | None:
    """The sentence that quotes a carrier's status, then the ask, when the ask alone does not quote it: "delivery
    attempted?? i was home all day. when will they try again" asks when the attempted delivery is made again (its ask
    alone, "when will they try again", was nearest the damaged-goods article's "contact us within 30 days"). None
    when the ask quotes the status itself, or nothing does. English text (the caller reads it in English)."""
    if not ask or _QUOTES_STATUS.search(ask):
        return None
    quoting = next((sentence for sentence in sentences(text) if _QUOTES_STATUS.search(sentence)), None)
    return f"{quoting.strip()} {ask}" if quoting else None


def asks_what_was_ordered(text: str, language: str = "en") -> bool:
    return _asks(_ASKS_CONTENTS, text, language)


def asks_what_time(text: str, language: str = "en") -> bool:
    return _asks(_ASKS_TIME, text, language)


# "The tracking number you sent doesn't work", "the link says not found", "invalid tracking number": the tracking
# itself gives trouble, which the help center's words on new tracking numbers answer beside the order's status.
_TRACKING_TROUBLE = re.compile(
    r"\btracking\b(?:\s+(?:number|no\.?|link|code|page|info(?:rmation)?|id))?[^.?!]{0,40}?\b(?:doesn'?t|does\s+not|"
    r"won'?t|isn'?t|is\s+not|not|never|can'?t\s+be)\s+(?:work(?:ing)?|valid|found|load(?:ing)?|exist|recogni[sz]ed|"
    r"show(?:ing)?\s+(?:anything|up))\b|"
    r"\b(?:invalid|wrong|broken|dead)\s+tracking\b|"
    r"\btracking\b[^.?!]{0,40}\b(?:says|shows|gives)\s+(?:['\"]?not\s+found|no\s+(?:information|record|results?))",
    re.IGNORECASE,
)


def reports_tracking_trouble(text: str, language: str = "en") -> bool:
    return _asks(_TRACKING_TROUBLE, text, language)


# "Where do I find my order number?", "how do I get my tracking number?": where the number is, which the help center's
# words answer beside the order's status (the order alone answered none of it).
_ASKS_WHERE_THE_NUMBER_IS = re.compile(
    r"\b(?:where|how)\b[^.?!]{0,25}\b(?:find|see|get|locate|look\s+up|check)\b[^.?!]{0,15}"
    r"\b(?:order|tracking|confirmation)\s+(?:number|no\b|#|id\b|code)",
    re.IGNORECASE,
)


def asks_where_the_number_is(text: str, language: str = "en") -> bool:
    return _asks(_ASKS_WHERE_THE_NUMBER_IS, text, language)


def asks_about_confirmation(text: str, language: str = "en") -> bool:
    return _asks(_ASKS_CONFIRMATION, text, language)


def asks_only_where_own_order_is(text: str, language: str = "en") -> bool:
    """Where the customer's own order is, and nothing general beside it: a help article on tracking answers none
    of it (a visitor is asked to sign in or prove the order is theirs, with no article in front)."""
    return _asks(_ASKS_WHERE_MINE, text, language) and not _asks(_ASKS_GENERAL, text, language)
