"""How refunds work, asked in general, is a policy question: not a refund wanted, not a refund awaited.

"How do refunds work?", "what's the process for getting a refund?", "how do I get my money back?", "do you give
refunds if I change my mind?", "are refunds issued to the original payment method?": the history only ever
wanted a refund or waited for one, so the intent model read these as a refund issued (the reply quoted the
customer's refund from months ago) or as a refund to take (it was proposed on an order the customer never named,
or handed to a person). The labelling guide files "whether or how something can be returned or refunded under
policy" under the return policy, whose article says how money comes back. So when a message asks that, in
general (no order number, no goods or refund of its own, no problem told), the mass of the two refund readings
goes to the return policy. "How do I get a refund for the boots?" and "where is my refund?" keep their reading.
Text is folded first (text_norm.fold).

Where a refund goes is the same policy question, even about the customer's own refund: "can the refund go to my
Amex instead of PayPal?", "can I get my refund as store credit instead?", "can the refund be paid into my bank
account?" were read as a refund to take (handed to a person over the $50 limit), a refund awaited (the customer's
orders listed) or the ways to pay. The refunds article answers them: refunds go back to the payment method used,
store credit is chosen in the returns portal. A card that is lost, cancelled or expired is a problem a person
solves (problem_reports.py), so it is not asked here.
"""

from __future__ import annotations

import re

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold, sentences

RETURN_POLICY = "return_policy"
REFUND_READINGS = ("refund_request", "refund_status")
DESTINATION_READINGS = (*REFUND_READINGS, "payment_methods")

_GET = r"(?:get|getting|receive|request|requesting|claim|obtain|apply\s+for|ask\s+for|go\s+about\s+getting)"
_REFUND = r"(?:a\s+|my\s+|the\s+)?(?:full\s+)?(?:refund|money\s+back|reimbursement)"
# what may follow a general question: nothing, or the condition the policy answers ("if I change my mind")
_GENERAL_END = r"\s*(?:[?.!]|$|\b(?:if|when|without|once|after|before|in\s+case|or\s+(?:only\s+)?(?:store\s+credit|an?\s+exchange))\b)"
_GENERAL = any_of(
    # "how do refunds work?", "how does the refund process work?"
    r"how\s+(?:do|does|will|would)\s+(?:your\s+|the\s+)?refunds?\s+(?:process\s+|policy\s+)?work",
    # "what's the process for getting a refund?", "what is your refund procedure?"
    rf"what(?:'s|\s+is)\s+(?:the|your)\s+(?:refund\s+(?:process|procedure)|(?:process|procedure)\s+(?:for|to|of)\s+"
    rf"(?:{_GET}\s+)?(?:a\s+)?refunds?)",
    # "how do I get a refund?", "how can I get my money back if it doesn't fit?"
    rf"how\s+(?:do|can|could|would|should|will)\s+(?:i|we|you|one|someone|people)\s+{_GET}\s+{_REFUND}{_GENERAL_END}",
    # "do you give refunds?", "do you offer full refunds or only store credit?"
    r"(?:do|will|would|can)\s+(?:you|u|y'all)\s+(?:guys\s+)?(?:give|offer|do|issue|provide|accept)\s+(?:full\s+)?refunds",
    # "are refunds issued to the original card?", "do refunds go back to the card I paid with?"
    r"(?:are|is)\s+(?:the\s+)?refunds?\s+(?:issued|given|made|paid|sent|processed|done|credited)",
    r"(?:do|does)\s+(?:the\s+)?refunds?\s+(?:go|come)\s+back",
    # "can I get a refund if I change my mind?": a refund under a condition the policy answers
    rf"(?:can|could|will|would|do)\s+(?:i|we|you)\s+(?:get|have|receive)\s+{_REFUND}\s+(?:if|when|without|once|after)\b",
    # whether the shipping paid comes back with a return: "will I get the shipping cost back?", "is shipping refunded?"
    r"(?:will|would|do|can|could)\s+(?:i|we)\s+(?:get|be\s+refunded)\s+(?:for\s+)?(?:the\s+)?(?:original\s+)?(?:shipping|"
    r"delivery|postage)(?:\s+(?:costs?|fees?|charges?))?\s+(?:back|refunded)",
    r"(?:is|are)\s+(?:the\s+)?(?:original\s+)?(?:shipping|delivery|postage)(?:\s+(?:costs?|fees?|charges?))?\s+"
    r"(?:refunded|refundable|included\s+in\s+the\s+refund)",
    # ...asked of the shop: "will you refund the shipping too?" (during a return: handed over as a refund wanted, 0.6)
    r"(?:will|would|do|can|could)\s+(?:you|u)\s+(?:also\s+)?refund\s+(?:me\s+)?(?:for\s+)?(?:the\s+)?(?:original\s+)?"
    r"(?:shipping|delivery|postage)(?:\s+(?:costs?|fees?|charges?))?",
    # Spanish, French, German, Portuguese, Italian: how refunds work / how one gets one
    r"como\s+(?:funcionan?|es)\s+(?:los\s+reembolsos|el\s+reembolso|las\s+devoluciones\s+de\s+dinero)",
    r"como\s+(?:pido|solicito|obtengo|consigo|puedo\s+(?:pedir|solicitar|obtener|conseguir))\s+(?:un\s+)?reembolso",
    r"comment\s+(?:fonctionnent\s+les\s+remboursements|fonctionne\s+le\s+remboursement|obtenir\s+un\s+remboursement|"
    r"se\s+passe\s+le\s+remboursement)",
    r"wie\s+(?:funktioniert|funktionieren|lauft|laufen)\s+(?:die\s+)?(?:ruckerstattung|erstattung)(?:en)?",
    r"wie\s+bekomme\s+ich\s+(?:eine\s+ruckerstattung|mein\s+geld\s+zuruck)",
    r"como\s+(?:funciona|funcionam)\s+(?:o\s+reembolso|os\s+reembolsos)",
    r"come\s+(?:funzionano\s+i\s+rimborsi|funziona\s+il\s+rimborso|(?:ottengo|chiedo)\s+un\s+rimborso)",
)
# Its own refund, order or goods, or a problem: then it wants one or waits for one.
_OWN = any_of(
    r"my\s+(?:refund|order|purchase|parcel|package|return|item)s?",
    r"(?:this|that|the|these|those|my)\s+(?:\w+\s+){0,2}?(?:i\s+)?(?:bought|ordered|got|received|paid\s+for)",
    r"i\s+(?:have\s+|'ve\s+)?(?:returned|sent|posted|dropped|bought|ordered|paid(?!\s+with)|was\s+(?:told|promised|charged))",
    r"still|yet|already|haven'?t|hasn'?t|didn'?t|never|not\s+(?:received|arrived|back)|where|when\s+will",
    r"damaged|broken|faulty|defective|wrong|missing|late|lost|stolen|charged\s+twice",
)
_ORDER_NUMBER = re.compile(r"\b[a-z]{0,3}-?\d{5,}\b|#\s?\d{4,}")


_METHOD = (r"(?:a\s+|an\s+|my\s+|the\s+|your\s+)?(?:different|another|other|new|original|same|store\s+credit|credit|"
           r"gift\s*card|voucher|cash|bank|amex|american\s+express|visa|master\s*card|paypal|debit|credit\s+card|card|"
           r"account|apple\s+pay|klarna|e-?gift)")
_DESTINATION = any_of(
    # "can the refund go to my Amex", "will my refund go back to paypal", "can it be refunded to another card"
    rf"(?:refunds?|money)\s+(?:\w+\s+){{0,2}}?(?:go|goes|come|be\s+(?:sent|issued|paid|credited|put|made|given|"
    rf"transferred|returned|refunded)|sent|issued|paid|credited|put|transferred)\s+(?:back\s+)?(?:to|on|onto|into|as|"
    rf"in)\s+{_METHOD}",
    rf"(?:can|could|will|would)\s+(?:you|u|it|they|this|that)\s+(?:be\s+)?refund(?:ed)?\s+(?:it\s+|them\s+|me\s+)?"
    rf"(?:to|on|onto|into|as|in(?:\s+the\s+form\s+of)?)\s+{_METHOD}",
    # "can I get my refund as store credit instead?", "could I get the money back on my debit card instead"
    rf"(?:get|have|receive|take)\s+(?:my\s+|the\s+|a\s+)?(?:refund|money(?:\s+back)?)\s+(?:back\s+)?(?:to|on|onto|"
    rf"into|as|in)\s+{_METHOD}",
    # "I'd rather have store credit than a refund", "can I get store credit instead?"
    r"(?:store\s+credit|a\s+gift\s*card|a\s+voucher)\s+(?:instead|rather\s+than|than\s+(?:a|my)\s+refund)",
    r"rather\s+(?:have|get|take)\s+(?:store\s+credit|a\s+gift\s*card|a\s+voucher)",
)
# A refund that went astray or a card that no longer works: a person sorts it out (problem_reports.py).
_DESTINATION_PROBLEM = any_of(
    r"(?:lost|stolen|cancel+ed|closed|expired|blocked|frozen|old|deactivated)\s+(?:\w+\s+){0,2}?(?:card|account)",
    r"(?:card|account)\s+(?:\w+\s+){0,2}?(?:was\s+|is\s+|has\s+been\s+|got\s+)?(?:lost|stolen|cancel+ed|closed|"
    r"expired|blocked|frozen|deactivated)",
    r"still|yet|haven'?t|hasn'?t|didn'?t|never|not\s+(?:received|arrived|back|there)|wrong|twice|where\s+is",
    r"damaged|broken|faulty|defective|missing|torn|ripped|stain",
)
# Asked, not told: "refund it to my card please" is a refund wanted, which the refund reading answers.
_ASKED = re.compile(r"\?|\b(?:instead|rather|possible|able\s+to|option|allowed)\b|(?:^|[.!,]\s*)(?:can|could|will|would|is|"
                    r"do|does|may|are)\s+(?:i|you|we|it|the|my|your|they|refunds?)\b")


# During a return or a cancellation, how its money comes back is part of that flow, not a new refund request, said or
# asked: "refund it to my other card", "can it go to PayPal?" (graph/dialogue/continuation.py). Outside one, only a
# question of where a refund goes reads as the policy (asks_where_refund_goes): "refund to my card please" wants one.
_REFUND_ROUTE = re.compile(
    r"\brefund\w*\b[^.?!]{0,40}\b(to|back to|through|via|onto|on|into) (my|the|a|an|same|original|other|"
    r"opposite|different|each)\b|\brefund\w* (it |them |that |this )?(to|back to|onto|into) \w+|"
    r"\b(same|original|other|opposite|different|another) (payment|card|method|account)|\bpayment method\b|"
    r"\b(paypal|credit card|debit card|gift card|store credit)\b",
    re.IGNORECASE,
)


def asks_refund_route(text: str) -> bool:
    """The message says or asks where the money of the action in hand goes ("refund it to my other card")."""
    return bool(_REFUND_ROUTE.search(text or ""))


def asks_where_refund_goes(text: str) -> bool:
    """A question of where (or as what) a refund is paid: to another card, as store credit, into a bank account. The
    sentence that names where must ask it ("Can I get a refund? Refund to my card please" wants one)."""
    folded = " ".join(fold(text).split())
    if _DESTINATION_PROBLEM.search(folded):
        return False
    return any(_DESTINATION.search(sentence) and _ASKED.search(sentence) for sentence in sentences(folded))


def asks_how_refunds_work(text: str) -> bool:
    """A question of how (or whether) refunds work in general, about no refund, order or goods of the customer's."""
    folded = " ".join(fold(text).split())
    return bool(_GENERAL.search(folded) and not _OWN.search(folded) and not _ORDER_NUMBER.search(folded))


def read_refund_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the refund readings' mass on the return policy when the message asks how refunds
    work in general, or where a refund goes (then the ways-to-pay reading's mass too)."""
    if any(probs.get(intent) for intent in DESTINATION_READINGS) and asks_where_refund_goes(text):
        return moved_to(probs, DESTINATION_READINGS, RETURN_POLICY)
    if not any(probs.get(intent) for intent in REFUND_READINGS) or not asks_how_refunds_work(text):
        return probs
    return moved_to(probs, REFUND_READINGS, RETURN_POLICY)
