"""Whether what a customer adds to a goodbye is about the store at all.

"Perfect, thanks! Honestly it's been a rough week with the kids." and "Thanks! Off to walk the dog now." end a
conversation with a remark about the customer's life: the intent model, which has seen few such remarks, may
read them as a complaint (a tier-2 intent, so a handoff) or as the last topic again (the same order repeated).
"Thanks. The tracking hasn't moved." or "Thanks! The jacket is the wrong size." open a new problem with the same
thanks. The difference is whether the rest names anything of the store: an order, goods, delivery, money, an
account, a problem or a wait. English only, as the sign-offs are; anything in doubt counts as about the store,
so the message goes the usual way.
"""

from __future__ import annotations

import re

from graph.reasoning import signals
from graph.reasoning.business_contact import asks_about_business
from graph.reasoning.language import detect_language
from graph.reasoning.text_norm import fold, sentences
from tools.oms.item_match import goods_named

# The store's subjects as customers name them, and what tells a problem or a wait: a negation, "still",
# "again", a number, a complaint word. Stems match the start of a word ("deliver" in "delivered"), words whole.
_STEMS = (
    "order", "purchas", "parcel", "package", "deliver", "arriv", "dispatch", "track", "courier", "carrier",
    "refund", "return", "exchang", "replac", "charg", "payment", "paypal", "klarna", "invoice", "receipt",
    "account", "password", "address", "product", "discount", "promo", "coupon", "voucher", "damag", "defect",
    "fault", "broke", "missing", "stolen", "delay", "cancel", "website", "checkout", "basket", "warranty",
    "colour", "color", "material", "fabric", "quality", "disappoint", "terrible", "awful", "useless",
    "ridiculous", "annoy", "complain", "unacceptable", "problem", "issue", "error", "question", "waiting",
    "shrank", "shrunk", "fade", "leak", "stopped", "ruin", "stain",
)
_WORDS = (
    "bought", "buy", "buying", "pkg", "box", "ship", "shipped", "shipping", "came", "come", "comes", "coming",
    "post", "posted", "mail", "usps", "ups", "fedex", "dhl", "swap", "pay", "paid", "card", "bill", "money",
    "credit", "login", "log", "sign", "e-mail", "email", "size", "fit", "fits", "item", "items", "goods",
    "stuff", "code", "gift", "price", "cost", "sale", "stock", "tear", "torn", "rip", "ripped", "wrong", "lost",
    "late", "store", "shop", "site", "app", "cart", "wear", "wore", "wash", "worn", "hole", "apart", "smell",
    "link", "label", "pickup", "pick", "collect", "not", "no", "never", "nothing", "nobody", "still", "yet",
    "again", "wait", "worst", "angry", "upset", "help", "need", "want", "like",
)
# A question without its question mark ("i'm in toronto can it go to a locker"): a request, never a remark.
_ASKS = re.compile(
    r"\b(?:can|could|would|will|do|does|did|is|are|should|may)\s+"
    r"(?:i|you|u|it|we|they|he|she|this|that|there|my|your)\b|"
    r"\b(?:how|where|when|why|which|who)\b|\bwhat\b(?!\s+an?\b)|\?",
    re.IGNORECASE,
)
_STORE_SUBJECT = re.compile(
    r"\b(?:" + "|".join(_STEMS) + r")|\b(?:" + "|".join(_WORDS) + r")\b|n't\b", re.IGNORECASE,
)


# A sentence that opens as a question does ("what's the best pizza place near you lol"); a question word inside one is
# most often no question ("thank you to the team who found my phone"). A sentence opening with a clause ("when I got
# home it was there") still reads as asking: in doubt, no thanks back.
_OPENS_AS_A_QUESTION = re.compile(
    r"^\W*(?:(?:hi|hey|hello|ok|okay|so|and|also|btw|lol|haha|omg|quick\s+question)\b\W*)*"
    r"(?:how|where|when|why|which|who|what|whats|can|could|would|will|do|does|did|is|are|should|may)\b")


def asks_anything(text: str) -> bool:
    """A question, with its question mark or without it, opening a sentence as a question does."""
    plain = fold(text)
    return "?" in plain or any(_OPENS_AS_A_QUESTION.match(sentence) for sentence in sentences(plain))


def about_the_store(remark: str) -> bool:
    """Whether a remark names anything of the store, a problem or a wait, or asks anything (in doubt: yes)."""
    if detect_language(remark) != "en":
        return True  # the English words below cannot tell
    plain = fold(remark)
    return bool(re.search(r"\d", plain) or _ASKS.search(plain) or _STORE_SUBJECT.search(plain) or goods_named(remark))


# The news that ends the question it followed: "never mind, it just arrived", "nvm it came today", "found it". The
# whole remark, nothing beside it: "it arrived but the zip is broken" or "it arrived damaged" tell a problem.
_IT_TURNED_UP = re.compile(
    r"^\W*(?:(?:oh|ah|ok|okay|update|never\s*mind|nevermind|nvm|scratch\s+that|ignore\s+(?:that|me|my\s+last(?:\s+message)?)|"
    r"all\s+good|no\s+worries|sorry|haha|lol)\b\W*)*"
    r"(?:(?:it|they|my\s+(?:order|parcel|package|delivery|refund)|the\s+(?:order|parcel|package|delivery|refund))\s+"
    r"(?:has\s+|have\s+|just\s+|finally\s+|has\s+just\s+|'s\s+just\s+)?(?:arrived|came|turned\s+up|showed\s+up|got\s+here|"
    r"came\s+through|is\s+here|are\s+here|(?:is|has)\s+(?:already\s+)?(?:arrived|come))|"
    r"(?:i\s+|just\s+)?found\s+(?:it|them)|(?:i\s+|just\s+)?(?:got|received)\s+(?:it|them)|"
    # the same news in a word-by-word English gloss ("ya me llegó el pedido": "already me arrived the order")
    r"already\s+(?:(?:me|it|i|us)\s+)*(?:arrived|came|received|got)(?:\s+(?:the|my)\s+(?:order|parcel|package|delivery))?)"
    r"(?:\s+(?:just\s+now|now|today|this\s+morning|yesterday|after\s+all|in\s+the\s+end|at\s+last))*\W*$",
)


def goodbye_with_a_remark(text: str) -> bool:
    """A sign-off that asks nothing (`signals.signs_off`) and whose other sentences talk of nothing in the store, or
    only say that what was asked after has come ("never mind, it just arrived, thanks!")."""
    return signals.signs_off(text) and not any(about_the_store(remark) and not _IT_TURNED_UP.match(fold(remark))
                                               for remark in signals.beside_sign_off(text))


# Praise and thanks ("thanks for the quick delivery!! love the jacket"): a kind word the model, which has seen
# few, may read as anything. Every sentence of it praises or thanks (or only greets); none asks, requests, or tells
# a problem, a wait or a negation ("great, another week with no parcel" is sarcasm, and so is praise beside an
# eye-roll or an angry face); the words must say it, an emoji alone does not. A person praised counts too ("the
# delivery guy was really nice today"); "kind" does not ("this kind of thing").
_PRAISE = re.compile(
    r"\b(?:love|loved|loving|lovely|amazing|awesome|brilliant|wonderful|fantastic|great|perfect|excellent|happy|"
    r"pleased|impressed|beautiful|gorgeous|superb|stunning|best|thank|thanks|thx|kudos|cheers|cute|adorable|obsessed|"
    r"delighted|thrilled|fab|fabulous|incredible|nice|helpful|friendly|polite|sweet|10\s*/\s*10|(?:5|five)\s+stars?)\b",
)
_NOT_PRAISE_ONLY = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|still|yet|again|but|however|though|although|except|wrong|late|lost|"
    r"missing|want|need|like\s+to|looking|wondering|please|pls|kindly|help|problem|issue|question|shame|"
    r"unfortunately|sadly|wish|hope|if|expect|mess|useless)\b|\b(?:broke|damag|defect|fault|wait|delay|cancel|refund|"
    r"return|exchang|disappoint|complain|compensat|remove|delete)|n't\b|"
    # sarcasm's marks: a run of failures ("for the third day in a row", "another"), hearsay, a carrier's words quoted
    r"\bin\s+a\s+row\b|\banother\b|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:time|day|week|attempt)s?\b|"
    r"\b(?:supposed|apparently|smh|yeah\s+right|for\s+nothing)\b|[\"“”][^\"“”]{2,40}[\"“”]|"
    # an eye-roll, an angry, upside-down, sad or face-palming face
    "[\U0001f644\U0001f621\U0001f92c\U0001f624\U0001f620\U0001f914\U0001f612\U0001f611\U0001f643\U0001f926"
    "\U0001f937\U0001f629\U0001f62b\U0001f61e\U0001f622\U0001f62d\U0001f480\U0001f921]",
)
# A thank-you that ends a message signs it off: what came before it must praise ("...is the material itchy Thank you").
_SIGN_OFF_THANKS = re.compile(r"\b(?:thank\s*you|thanks|thx|cheers)(?:\s+(?:so|very)\s+much)?(?:\s+\w+)?\W*$")
# The help thanked for is no plea for help: "thanks for the quick help yesterday!", "thank you for helping me".
_THANKED_FOR_HELP = re.compile(r"\bfor\s+(?:all\s+)?(?:the\s+|your\s+|ur\s+)?(?:\w+\s+)?help(?:ing)?(?:\s+(?:me|us))?\b")
# A service thanked for is done, not asked for: "thanks for the quick refund!!", "thank you for sorting my exchange so
# fast" (the refund was escalated as one asked for). Only kind or quick words before it: "thanks for the late
# delivery" is sarcasm and keeps "late".
_THANKED_FOR_SERVICE = re.compile(
    r"\b(?:thank\s*you|thanks|thx|ty)\s+(?:so\s+much\s+|very\s+much\s+)?for\s+(?:the|my|your|ur|such\s+a|a|so)?\s*"
    r"(?:(?:super\s+|very\s+|really\s+|so\s+)?(?:quick|fast|speedy|prompt|easy|smooth|swift|hassle[- ]free|painless|"
    r"great|amazing|excellent|lovely)\s+)?"
    r"(?:(?:sorting|processing|handling|arranging|sending|issuing|approving)\s+(?:out\s+)?(?:my|the|this|that)?\s*)?"
    r"(?:refund|exchange|return|replacement|delivery|reply|response|service|shipping|dispatch)s?"
    r"(?:\s+(?:so\s+)?(?:quickly|fast|promptly))?\b"
)
_GREETING_ONLY = re.compile(r"^\W*(?:hi|hello|hey|hiya|dear\s+\w+|good\s+(?:morning|afternoon|evening))?\W*$")


# What came, told as the reason for the thanks: "just received my refund, thank you!", "got my parcel today, thanks
# guys!" (the refund's status was quoted back, and the parcel's tracking)
_IT_CAME = re.compile(r"\b(?:(?:i\s+|we\s+)?(?:just|finally|have|'ve)\s+)?(?:received|got|gotten)\s+(?:my|the|our)\s+"
                      r"(?:refund|parcel|package|order|delivery|replacement|money|item|items)(?:\s+back)?"
                      r"(?:\s+(?:today|now|this\s+morning|yesterday|at\s+last))?\b")


def praise_only(text: str) -> bool:
    """A message that praises or thanks and does nothing else: every sentence praises (or only greets), none asks
    or tells a problem, and the customer is not angry (English)."""
    plain = _THANKED_FOR_HELP.sub(" for it", fold(text))  # links and @handles out; "thanks for the help" asks none
    plain = _THANKED_FOR_SERVICE.sub("thanks for it", plain)
    # the cheap tests first: this runs on every message that reaches it (a kind word said, not only good news)
    if not _PRAISE.search(plain):
        return False
    plain = _IT_CAME.sub("happy it came", plain)  # good news, as a praise is
    if _ASKS.search(plain) or _NOT_PRAISE_ONLY.search(plain):
        return False
    if detect_language(text) != "en" or signals.is_frustrated(text) or asks_about_business(text):
        return False  # "...and would love to collab": where partnerships go is the answer (business_contact.py)
    body = _SIGN_OFF_THANKS.sub("", re.sub(r"#\w+", " ", plain).strip())
    said = [s for s in sentences(body) if not _GREETING_ONLY.match(s)]
    return bool(said) and all(_PRAISE.search(sentence) for sentence in said)
