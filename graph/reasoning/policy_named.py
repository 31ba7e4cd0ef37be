"""A question that names the policy it asks for: "what's your exchange policy?", "policy on cancellations?".

The intent model reads the subject's words and so the subject's action: "what is your policy on exchanges?" was
read as an exchange, and the reply checked the customer's newest order against the exchange window instead of
saying the policy; "whats the policy for cancelling an order" was told "Order NB109144 is already cancelled";
"what's your shipping policy" got the return policy's sentence about refunded shipping costs. A customer who says
"policy" asks what the shop does, for anyone: the help center's article answers, and no order is looked up or acted
on. So when a message asks for a policy by its subject, the mass of the other readings goes to the subject's
reading, and the question is marked as a policy question (policy_questions.mark_policy_questions). A message that
also asks for the action ("I want to cancel, what's your cancellation policy?") keeps it, and the tier-2
situations ("your policy on damaged items?") are policy_questions.py's to read. Text is folded first.
"""

from __future__ import annotations

import re

from graph.reasoning.readings import tier_one_moved_to
from graph.reasoning.text_norm import any_of, fold, sentences

# subject words (folded, in five languages) -> the reading whose article says the policy
_SUBJECTS = {
    "return_policy": r"returns?|returning|refunds?|refunding|money[\s-]back|devoluci(?:on|ones)|reembolsos?|retours?|"
                     r"remboursements?|ruckgabe|ruckerstattung|erstattung|rucksendung|devolucao|devoluzione|resi|reso|rimborsi",
    "exchange": r"exchanges?|exchanging|swaps?|cambios?|echanges?|umtausch|trocas?",
    "cancel_order": r"cancel(?:l?ations?|l?ing)?|order\s+cancel\w*|cancelaci(?:on|ones)|annulations?|stornierung|storno|"
                    r"cancelamento|cancellazion[ei]",
    "shipping_info": r"shipping|delivery|deliveries|postage|envios?|livraisons?|versand|lieferung|spedizion[ei]|entregas?",
    "change_address": r"address\s+changes?|changing\s+(?:the\s+|my\s+|an?\s+)?(?:shipping\s+|delivery\s+)?address(?:es)?|"
                      r"change\s+of\s+address",
}
# the readings a named policy is answered from without touching an order (the help center's article)
ACTION_READINGS = frozenset({"exchange", "cancel_order", "change_address", "return_request", "refund_request"})

_ASK = (r"(?:what(?:'s|s|\s+is|\s+are|\s+was)?|tell\s+(?:me|us)|explain|(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?"
        r"(?:tell\s+(?:me|us)|explain|share|send\s+(?:me|us)|give\s+(?:me|us)|clarify|confirm)|do\s+(?:you|u|y'?all)\s+have|"
        r"is\s+there|where\s+(?:can|do|could)\s+(?:i|we)\s+(?:find|see|read)|how\s+does|(?:i'?d|i\s+would)\s+like\s+to\s+"
        r"know|info(?:rmation)?\s+(?:on|about|re))")
_POLICY = r"polic(?:y|ies)"
_OWNER = r"(?:your|the|ur|yr|a|an|any|northbound'?s?)?\s*"


def _patterns(subject: str) -> re.Pattern[str]:
    return any_of(
        # "what's your exchange policy", "can you explain your returns policy", "tell me your refund policy pls"
        rf"{_ASK}\s+(?:about\s+|on\s+)?{_OWNER}(?:\w+\s+){{0,2}}?(?:{subject})\s+{_POLICY}",
        # "what is your policy on exchanges?", "what's the policy for cancelling an order"
        rf"{_ASK}\s+{_OWNER}{_POLICY}\s+(?:on|for|about|regarding|around|with|re)\s+(?:\w+\s+){{0,2}}?(?:{subject})\b",
        # "exchange policy?", "and the shipping policy?": the policy named alone
        rf"^\W*(?:and\s+|hi\W+|hey\W+|quick\s+q\W+)?{_OWNER}(?:{subject})\s+{_POLICY}\s*\??\s*$",
        # "¿cuál es su política de cambios?", "quelle est votre politique de retour ?", "Wie ist Ihre Rückgaberichtlinie?"
        rf"(?:politica|politique)\s+d[ei']\s*(?:\w+\s+)?(?:{subject})[^?]*\?",
        rf"(?:{subject})(?:-|\s)?(?:richtlinien?|bedingungen|politik)\b[^?]*\?",
    )


# How long an exchange takes, asked of anyone's: "how long does an exchange take?" refused the newest order for its
# window, though the exchanges article says ("We ship the new item as soon as the carrier scans your return"); "my
# exchange" is the customer's own, and stays theirs. (A refund's or a delivery's time has readings of its own.)
# What the exchanges article is asked for it, in its words: "how long" alone is nearest the 30-day window.
EXCHANGE_TIME_ASKS = "How soon do you ship the new item of an exchange?"
_HOW_LONG_AN_EXCHANGE = any_of(rf"how\s+long\s+(?:does|do|will|would|should)\s+(?:an?\s+|the\s+)?(?:{_SUBJECTS['exchange']})"
                               r"\s+(?:usually\s+|normally\s+)?take")


_MAY_NAME = re.compile(r"polic|politi|richtlini|bedingungen|how\s+long")
_NAMED = {intent: _patterns(subject) for intent, subject in _SUBJECTS.items()}
# the action asked for as well: "I want to cancel", "please cancel it", "can you cancel my order"
_WANTS_ACTION = any_of(
    r"\b(?:i|we)\s+(?:want|need|would\s+like|'d\s+like|wanna|wish)\s+to\s+(?:cancel|return|exchange|swap|change|get\s+a\s+refund)",
    r"\b(?:i|we)(?:'d|\s+would)\s+like\s+(?:a\s+|an\s+)?(?:refund|exchange|cancellation|return)",
    r"\bplease\s+(?:cancel|return|exchange|refund|change)",
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:cancel|refund|exchange|change|process|start)",
)


def named_policy(text: str) -> str | None:
    """The reading whose policy the message asks for by name, or None (also None when it asks for the action too)."""
    folded = fold(text or "")
    if not _MAY_NAME.search(folded):  # most messages name no policy: one cheap look first
        return None
    if _WANTS_ACTION.search(folded):
        return None
    for sentence in sentences(folded) or [folded]:
        for intent, pattern in _NAMED.items():
            if pattern.search(sentence.strip()):
                return intent
        if _HOW_LONG_AN_EXCHANGE.search(sentence):
            return "exchange"
    return None


def asks_named_policy(text: str) -> bool:
    """The message asks for a policy by its subject (and for no action)."""
    return named_policy(text) is not None


def read_named_policy(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with every tier-1 reading but the named policy's subject moved onto it."""
    onto = named_policy(text)
    if onto is None:
        return probs
    # a person's readings keep their mass: the tier-2 situations are policy_questions.py's ("your policy on lost
    # parcels?"), and a complaint stays one ("your return policy is a joke, what even is it?")
    return tier_one_moved_to(probs, onto)


def asks_how_long_an_exchange_takes(text: str) -> bool:
    """The message asks how long an exchange (anyone's) takes."""
    return bool(_HOW_LONG_AN_EXCHANGE.search(fold(text or "")))
