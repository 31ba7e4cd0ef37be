"""Is this text, e-mail or call really from us? A suspected phishing message is an account-security question.

"Got a text saying it's from you asking me to pay a redelivery fee, is this legit?", "I received an email asking
for my card details to confirm my order, is that really you?". The intent model reads the bait (a fee, a
voucher, an order) and answers about it: an order listing, a promo-code article, or a payment dispute handed to
a person. What the customer needs is the help center's word on messages that claim to be from the shop (what it
never asks for, what to do). The message must tell of a message received and doubt where it came from, in so
many words ("legit", "scam", "phishing", "really you", "did you send"): "is that real?" about a delivery date is
not enough. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

ACCOUNT_HELP = "account_help"

_RECEIVED = any_of(
    r"(?:got|get|getting|received|receiving|had|have)\s+(?:an?\s+|this\s+|these\s+|some\s+|the\s+|a\s+few\s+|"
    r"two\s+|several\s+)?(?:weird\s+|strange\s+|odd\s+|suspicious\s+|random\s+)?(?:texts?|sms|e-?mails?|calls?|"
    r"messages?|dms?|letters?|voicemails?|phone\s+calls?|whatsapps?|notifications?)",
    r"(?:someone|somebody|a\s+number|an?\s+(?:number|account|address))\s+(?:\w+\s+)?(?:messaged|texted|called|"
    r"rang|emailed|e-mailed|contacted|dm'?d)\s+me",
    r"(?:texts?|e-?mails?|calls?|messages?|links?)\s+(?:\w+\s+){0,3}?(?:saying|claiming|pretending|supposedly)",
)
_DOUBT = any_of(
    r"legit|legitimate|genuine|scam\w*|phishing|smishing|fake|spoof\w*|suspicious|dodgy|sketchy",
    r"really\s+(?:you|from\s+you|from\s+northbound)|from\s+(?:you|u)\s*\?",
    r"(?:is|was)\s+(?:this|that|it)\s+(?:really\s+)?(?:you|u)(?:\s+guys)?\s*\?",
    r"did\s+(?:you|u)(?:\s+guys)?\s+(?:really\s+)?(?:send|text|email|e-mail|call|message|contact)",
    r"(?:claiming|pretending)\s+to\s+be\s+(?:you|from\s+you|northbound)",
)

# "Is it real?" doubts a message only when that message baits: it asks for card or sign-in details, or tells of a
# prize ("got an email saying I won a gift card from you, is it real? asked for my card details"); about a delivery
# date the same words doubt the date.
_IS_IT_REAL = any_of(r"(?:is|was)\s+(?:this|that|it)\s+(?:for\s+)?real\s*\?", r"for\s+real\s*\?")
_BAIT = any_of(
    r"(?:ask(?:ed|ing|s)?|want(?:ed|ing|s)?|request(?:ed|ing|s)?)\s+(?:me\s+)?(?:for\s+|to\s+(?:enter|confirm|give|"
    r"send|verify|update)\s+)?(?:my\s+|your\s+|the\s+)?(?:card|bank|account|login|log-in|sign-in|password|pin|"
    r"security|payment|personal)\s*(?:details|number|info|information|code|credentials)?",
    r"(?:i\s+|i'?ve\s+|you'?ve\s+|we\s+)(?:have\s+)?won\b|winner|prize|claim\s+(?:your|my|a)\s+(?:free\s+)?\w+",
    # a fee to pay by message ("a text from the courier asking me to pay customs, is that real?"), which the article
    # says a real message never asks
    r"(?:ask(?:ed|ing|s)?|want(?:ed|ing|s)?|tell(?:s|ing)?|saying)\s+(?:me\s+)?(?:i\s+(?:need|have)\s+)?to\s+pay\b",
    r"(?:redelivery|re-delivery|customs|delivery|shipping|release)\s+(?:fee|charge|payment)s?",
)


# What the help center is searched for beside such a message's own words: "a text saying my parcel is held and I
# need to pay a fee, is that you?" is nearest the parcel articles by its bait, and the article on messages that claim
# to be from the shop is what answers it.
DOUBT_SEARCH = "(is this text, email or call really from you? a scam)"


def with_doubt(text: str) -> str:
    """The search text of a message: with DOUBT_SEARCH when it doubts a message came from us."""
    return f"{text} {DOUBT_SEARCH}" if suspects_phishing(text) else text


def suspects_phishing(text: str) -> bool:
    """The customer tells of a message received and doubts that it came from us."""
    folded = fold(text)
    if not _RECEIVED.search(folded):
        return False
    return bool(_DOUBT.search(folded) or (_IS_IT_REAL.search(folded) and _BAIT.search(folded)))


def read_suspected_phishing(probs: dict[str, float], text: str) -> dict[str, float]:
    """The intent distribution with all its mass on the account's security questions when the message asks
    whether something it received came from us (the model never saw such a message in the history)."""
    if not suspects_phishing(text):
        return probs
    return {intent: (1.0 if intent == ACCOUNT_HELP else 0.0) for intent in {*probs, ACCOUNT_HELP}}
