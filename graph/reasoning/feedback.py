"""Feedback: a customer telling the store what they think of it, and asking nothing.

"your packaging is way too much plastic", "I wish you had more colours in the henley", "bit disappointed with how
long everything takes lately", "not impressed with the quality lately tbh". No order to look up, no problem a
person must decide, no question: the intent model, which has seen few such messages, read them as a damaged item or
a late parcel (tier 2, or a guess under the threshold) and handed them to a person. A brand's agent thanks for a
suggestion, says sorry for a disappointment and says what it can do: look into a particular order or item, or pass
the message to a person if the customer wants one (a "yes" then does). An angry complaint is no feedback (classify
checks frustration, "do better" among it, and the human request first), nor is a message that reports a problem with
goods or money, names an order of the customer's or asks for anything. English only, as the words are.
"""

from __future__ import annotations

import re

from graph.intents import OUT_OF_SCOPE
from graph.reasoning import chit_chat
from graph.reasoning.language import detect_language
from graph.reasoning.problem_reports import reported_problems
from graph.reasoning.site_trouble import says_site_trouble
from graph.reasoning.text_norm import any_of, fold

SUGGESTION = "suggestion"
DISAPPOINTMENT = "disappointment"
# What each is filed as: a disappointment is a complaint, told without anger or a request (answered, a person offered:
# the development set's labelling guide files such complaints as tier 1, an angry one as tier 2); a suggestion is no
# support request.
FEEDBACK_INTENTS = {DISAPPOINTMENT: "complaint", SUGGESTION: OUT_OF_SCOPE}

_SUGGESTS = any_of(
    # ...its "I" often left off: "wish you'd use less plastic", "nothing you can do now, just wish the website was clearer"
    r"(?:^|[.,;:!]\s*|\bi\s+(?:really\s+|just\s+)?|\b(?:just|really|only)\s+)wish\s+(?:that\s+)?(?:you|u|ya|y'?all|"
    r"northbound|there\s+(?:was|were)|your|the)(?!\s+(?:a|an|all|every|happy|merry|the\s+best|good\s+luck|well)\b)",
    r"maybe\s+(?:you\s+(?:guys\s+)?(?:could|should)\s+)?(?:use|add|make|offer|try|consider|stock|bring|switch\s+to)\b",
    r"you\s+(?:guys\s+|all\s+)?(?:should|could|need\s+to|ought\s+to)\s+(?:really\s+|seriously\s+|definitely\s+)?"
    r"(?:add|have|make|offer|bring|stock|start|stop|use|consider|think\s+about|sell|carry|improve)",
    r"(?:it\s+would|would|it'?d)\s+be\s+(?:so\s+|really\s+|very\s+)?(?:nice|great|good|cool|lovely|awesome|helpful|amazing)\s+"
    r"(?:if|to)",
    r"(?:please|pls|plz)\s+(?:bring\s+back|add|make\s+more|stock\s+more|offer|consider|stop)",
    r"bring\s+back\s+the",
    r"(?:more|less|fewer)\s+(?:[a-z]+\s+){0,2}(?:please|pls|plz)",
    r"(?:a\s+|some\s+|my\s+|just\s+(?:a\s+|some\s+)?)(?:suggestion|feedback)",
)
_DISAPPOINTED = any_of(
    r"disappointed",
    r"disappointing",
    r"not\s+(?:too\s+|very\s+|that\s+|so\s+|really\s+)?impressed",
    r"let\s+down",
    r"could\s+(?:be|do)\s+(?:a\s+lot\s+|much\s+|way\s+|so\s+much\s+)?better",
    r"not\s+ideal",
    r"expected\s+(?:better|more)",
    r"gone\s+downhill",
    r"going\s+downhill",
    r"used\s+to\s+be\s+(?:better|great|good|so\s+good)",
    r"(?:too\s+much|so\s+much|excessive|wasteful)\s+(?:plastic|packaging)",
    r"(?:site|website|app|checkout)\s+is\s+(?:\w+\s+){0,3}?(?:slow\w*|confusing|clunky|(?:hard|harder|difficult)\s+to\s+use|"
    r"worse|a\s+nightmare|a\s+pain)",
)
# What makes a message a customer's request rather than feedback: an order, a parcel, goods that came or money of
# theirs, an action asked for, a complaint lodged, a review threatened. Feedback is about the store in general, not
# about something that happened to an order ("really disappointed, I waited in all day for this parcel"); in doubt
# the message goes the usual way.
_REQUEST = any_of(
    r"my\s+(?:order|orders|parcel|package|delivery|refund|return|money|account|card|payment)",
    r"orde?r\w*", r"ordr\w*", r"parcels?", r"packages?", r"pkg", r"deliver\w*", r"shipp\w*", r"receiv\w*", r"rcvd",
    r"arriv\w*", r"came", r"got\s+(?:my|the|a|an)", r"sent\s+(?:me|us)", r"instead", r"broke\w*", r"tear", r"torn",
    r"ripp?\w*", r"holes?", r"stain\w*", r"defect\w*", r"faulty", r"ran", r"shrank", r"shrunk", r"left\s+(?:my|it|the)",
    r"wait\w*", r"late\b", r"(?:was|were|is|be)\s+here", r"escalat\w*", r"help", r"sort\s+(?:this|it)", r"money", r"back\s+please", r"tracking",
    # goods of the customer's that wore badly: "the fabric started pilling after one wash, really disappointed" is a
    # defect a person decides, not feedback
    r"pill\w*", r"wash\w*", r"wore", r"worn", r"wear\w*", r"fad\w*", r"seams?", r"zip\w*", r"buttons?", r"soles?",
    r"(?:fell|came|falling|coming)\s+apart", r"itch\w*", r"my\s+new",
    # what the help center answers of goods and prices: "very disappointing, you don't have stock" asks of the stock
    r"stock\w*", r"sold\s+out", r"promo\w*", r"discount\w*", r"prices?", r"sales?", r"codes?",
    # an action asked for, a complaint lodged, a review threatened
    r"where\s+is", r"cancel\w*", r"refund\w*", r"returns?", r"returning", r"exchang\w*", r"charg\w*",
    r"compensat\w*", r"complain\w*", r"complaint", r"reviews?", r"trustpilot", r"lawyer", r"never\s+again",
    r"(?:never|not)\s+(?:ordering|buying|shopping)", r"help\s+me", r"can\s+you", r"could\s+you", r"i\s+want",
    r"i\s+need", r"i'?d\s+like",
    # what the customer is sent: "please stop emailing me" asks to be unsubscribed, no suggestion
    r"e-?mail\w*", r"texting", r"texts", r"sms", r"messag\w*", r"spam\w*", r"newsletters?", r"unsubscrib\w*",
    r"calling\s+me", r"(?:contact|call|ring)\w*\s+me",
)


# Only the packaging came to harm, the goods inside said to be fine: "box arrived totally crushed but the jacket inside is
# fine thankfully" was read as a damaged item and handed over, though nothing is owed and nothing asked.
_WRAPPING = (r"(?:box|boxes|shoe\s*box|packaging|package|parcel|bag|polybag|mailer|envelope|outer\s+box|carton|tissue(?:\s+paper)?|"
             r"wrapping(?:\s+paper)?|wrapper)")
_HARMED = (r"(?:crushed|damaged|dented|ripped(?:\s+open)?|torn(?:\s+open)?|soaked|wet|battered|squashed|smashed|"
           r"split(?:\s+open)?|burst(?:\s+open)?|falling\s+apart|a\s+mess)")
_UNHARMED = (r"(?:fine|ok|okay|perfect|intact|undamaged|unharmed|alright|all\s+right|in\s+one\s+piece|"
             r"(?:in\s+)?(?:perfect|good|great|mint)\s+(?:condition|shape|nick))")
_ONLY_THE_WRAPPING = any_of(
    rf"{_WRAPPING}\s+(?:\w+\s+){{0,3}}?{_HARMED}\b[^.?!]{{0,60}}?(?:but|though|although|luckily|thankfully|fortunately|"
    rf"however)[\s,]+(?:\w+\s+){{0,4}}?(?:\w+'s\s+|(?:is|was|are|were|seems?|seemed|looks?|looked)\s+)(?:\w+\s+)?"
    rf"{_UNHARMED}",
    # ...the goods' state said after a comma or in the next sentence: "the box arrived battered. Contents fine."
    rf"{_WRAPPING}\s+(?:\w+\s+){{0,3}}?{_HARMED}\b[^?!]{{0,60}}?[,.;]\s*(?:the\s+)?(?:item|items|goods|contents|"
    rf"everything|it)\s+(?:is\s+|was\s+|are\s+|were\s+)?{_UNHARMED}",
)
# ...and nothing asked or owed beside it.
_ASKS_OF_IT = any_of(r"refund\w*|replac\w*|return\w*|exchang\w*|compensat\w*|discount\w*|voucher\w*|credit|"
                     r"send\s+(?:me\s+)?(?:a\s+)?new|missing|wrong|stolen|lost|never|late|help")


# Late, and come now, let go: "it arrived a day late but whatever, it's fine", "not happy with how long it took but it's
# here now" (both were told no order of theirs was on its way, and asked which one).
_LATE_BUT_HERE = any_of(
    r"(?:late|took\s+(?:so\s+|too\s+|a\s+bit\s+)?long|how\s+long\s+it\s+took|slow)\b[^.?!]{0,40}?\b(?:but|though|although)\b"
    r"[^.?!]{0,30}?(?:it'?s\s+(?:here|fine|ok|okay|all\s+good|arrived)|(?:it|they)\s+(?:came|arrived|got\s+here)|"
    r"whatever|no\s+(?:big\s+deal|worries|harm)|all\s+good|got\s+(?:it|them)\s+now)",
)


# Said to be let go, whatever it was: "no need to do anything, just letting you know...", "not a big deal, but...", "it's
# fine, nothing you can do now". Feedback when nothing is asked, owed or reported beside it ("fyi my parcel never came"
# is a parcel to look for).
_LET_GO = any_of(
    r"no\s+need\s+to\s+(?:do\s+anything|reply|respond|get\s+back|worry|apologi[sz]e)",
    r"nothing\s+(?:you\s+can\s+do|(?:to\s+be|that\s+can\s+be)\s+done|you\s+could\s+(?:have\s+)?done)",
    r"(?:just|only)\s+(?:letting\s+you\s+know|wanted\s+to\s+let\s+you\s+know|so\s+you\s+know|a\s+heads[\s-]?up|"
    r"fyi|saying|sharing)",
    r"\bfyi\b", r"for\s+what\s+it'?s\s+worth", r"not\s+(?:a\s+)?(?:big|huge|major)\s+deal", r"no\s+(?:big|huge)\s+deal",
    r"not\s+(?:asking|looking)\s+for\s+anything",
)


# ...nor goods that do not fit ("fyi the jacket is too small" may want another size), a parcel awaited, or anything
# wanted ("not a big deal... I need someone to call me")
_FIT = any_of(r"too\s+(?:big|small|large|tight|loose|long|short|narrow|wide)", r"fit\w*", r"siz\w*")
_WANTS = any_of(r"i\s+(?:really\s+)?(?:want|need)", r"i'?d\s+(?:like|appreciate)", r"can\s+(?:you|u|someone)",
                r"could\s+(?:you|u|someone)", r"please", r"pls", r"someone", r"call\s+me", r"arriv\w*", r"receiv\w*",
                r"where\b", r"why\b", r"useless")


def lets_it_go(text: str) -> bool:
    """The message tells of something and says it is let go, and asks, reports or wants nothing of it."""
    folded = fold(text or "")
    return (bool(_LET_GO.search(folded)) and not _ASKS_OF_IT.search(folded) and not chit_chat.asks_anything(folded)
            and not reported_problems(text) and not _FIT.search(folded) and not _WANTS.search(folded)
            and not re.search(r"\d", folded))


_COME = any_of(r"arrived|came|here|got\s+(?:it|them)|delivered")  # ...said to have come: "my order is late but whatever" waits


def late_but_here(text: str) -> bool:
    """The message says an order came late, that it has come, and asks nothing."""
    folded = fold(text or "")
    rest = _LATE_BUT_HERE.sub(" ", folded)  # what is said beside the lateness let go
    return (rest != folded and bool(_COME.search(folded)) and not _ASKS_OF_IT.search(rest)
            and not chit_chat.asks_anything(folded))


def only_the_packaging_harmed(text: str) -> bool:
    """The message says the packaging came damaged and the goods inside are fine, and asks nothing."""
    folded = fold(text or "")
    return (bool(_ONLY_THE_WRAPPING.search(folded)) and not _ASKS_OF_IT.search(folded)
            and not chit_chat.asks_anything(folded))


def feedback_kind(text: str) -> str | None:
    """DISAPPOINTMENT or SUGGESTION when the message gives the store feedback and asks nothing of it, else None."""
    if (only_the_packaging_harmed(text) or late_but_here(text) or lets_it_go(text)) and detect_language(text) == "en":
        return DISAPPOINTMENT
    folded = re.sub(r"#\w+", " ", fold(text or ""))  # "#disappointed" tags a report; it is no feedback of its own
    said = _DISAPPOINTED.search(folded) or _SUGGESTS.search(folded)
    # "would be nice if..." opens as a question does, and asks none
    if not said or _REQUEST.search(folded) or chit_chat.asks_anything(_SUGGESTS.sub(" ", folded)):
        return None
    if re.search(r"\d", folded) or reported_problems(text) or detect_language(text) != "en":
        return None  # a number is an order, a date or an amount: something of the customer's own
    if _DISAPPOINTED.search(folded):
        return DISAPPOINTMENT
    # a fault told as "some feedback" ("just some feedback: the checkout kept logging me out") wants the ways past it
    # (site_trouble.py), not thanks for a suggestion
    return None if says_site_trouble(text) else SUGGESTION
