"""What the customer paid for their own order (which card or method, how much, whether a charge went through) is a
question about that order, not the store's payment methods, its prices or a disputed charge.

"Which card did I use for my last order?", "what payment method was charged for NB109009?": the words of payment
methods, so the intent model read what the store accepts, and the reply quoted the accepted list (or, asked with the
total, the double-charge article). The labelling guide files "what was charged" under order status, and the order
answers it: what it came to and what paid for it (status_questions.asks_what_was_paid). So when a message asks which
card or method paid for the customer's own order, the payment-methods reading's mass goes to order status; when it
asks what they paid, the price reading's too; when they were charged and ask whether the order went through, the
disputed charge's. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import fold

ORDER_STATUS = "order_status"
PAYMENT_READINGS = ("payment_methods",)

# "which card did I use", "what payment method was I charged on", "which card was charged for my order"
OWN_PAYMENT = (
    r"\b(?:which|what) (?:card|credit card|debit card|payment(?: method| option)?|method(?: of payment)?)\b[^.?!]{0,30}?"
    r"(?:\b(?:did|have)\s+(?:i|we)\s+(?:\w+\s+)?(?:use|pay|used|paid)\b|\b(?:i|we)\s+(?:used|paid|put\s+it\s+on)\b|"
    r"\b(?:was|were|got)\s+(?:i\s+|we\s+)?(?:charged|billed|used)\b)"
    # "how did I pay for it?", "what did I pay with?", "how was my order paid?": asked of a payment made, not of the
    # ways to pay ("how do I pay?")
    r"|\bhow (?:did|have) (?:i|we) (?:\w+\s+)?pa(?:y|id)\b(?!\s+(?:so\s+much|more|twice|extra))"
    r"|\bwhat did (?:i|we) (?:pay (?:with|by|on)|use to pay)\b|\bhow was (?:it|(?:my|the|that|this) order) paid\b"
)
_OWN_PAYMENT = re.compile(OWN_PAYMENT, re.IGNORECASE)
# "How much did I pay for the jeans?", "what was I charged?", "how much was my order?": what the customer's own order
# came to, in the past tense of paying. Read alone it has the words of a price question ("how much is the jean?"),
# so the product reading drew it, and the catalogue was searched for goods called "pay".
OWN_AMOUNT = (r"\b(?:how much|what)\b[^.?!]{0,40}\b(?:did i|have i|i've|was i|did we|were we)\b[^.?!]{0,20}"
              r"\b(?:pay|paid|spend|spent|charged)\b|\bhow much was (?:my|the|that|this) order\b")
_OWN_AMOUNT = re.compile(OWN_AMOUNT, re.IGNORECASE)
AMOUNT_READINGS = ("payment_methods", "product_info")
# "Been charged but haven't had an order confirmation, did it go through?": whether the order was placed, which the
# order answers (the labelling guide's order status: "whether it went through"), not a disputed charge. A charge
# taken twice, or one the customer does not know, stays a dispute.
_CHARGED = (r"(?:charged|billed|paid|money\s+(?:has\s+|was\s+|got\s+)?(?:gone|left|came\s+out|taken|debited|deducted)|"
            r"payment\s+(?:went|has\s+gone)\s+out)")
# Not had, and what: "haven't had an order confirmation", "never received my order number".
_NOT_HAD = r"(?:haven'?t|have\s+not|never|didn'?t|did\s+not)"
_HAD = r"(?:had|got(?:ten)?|get|received?|seen)"
_THE_ORDERS = r"(?:an?\s+|the\s+|my\s+|any\s+)?(?:order\s+)?"
_CHARGED_UNCONFIRMED = re.compile(
    _CHARGED + r"\b[^.?!]{0,40}\b(?:but|and|yet)\s+(?:i\s+)?(?:" + _NOT_HAD + r"|no)\s+(?:" + _HAD + r"\s+)?" + _THE_ORDERS
    + r"(?:confirmation|order\s+number|e-?mail|receipt)|"
    + _CHARGED + r"\b[^.?!]{0,60}[.?!]*\s*(?:but\s+)?(?:did|has)\s+(?:it|my\s+order|the\s+order)\s+(?:go|gone)\s+through|"
    # ...said the other way round: "I never received my order confirmation email but money was taken"
    + _NOT_HAD + r"\s+" + _HAD + r"\s+" + _THE_ORDERS
    + r"(?:confirmation|order\s+number)(?:\s+e-?mail)?\b[^.?!]{0,30}\b(?:but|and|yet|though)\s+"
    r"(?:(?:i|my\s+(?:card|account|bank(?:\s+account)?))\s+(?:was|has\s+been|have\s+been|got)\s+)?(?:the\s+|my\s+)?" + _CHARGED,
    re.IGNORECASE)
_TWICE_OR_UNKNOWN = re.compile(r"\btwice\b|\bdouble\b|\btwo\s+charges\b|\bagain\b|\bdon'?t\s+recogni[sz]e\b|"
                               r"\bunauthori[sz]ed\b|\bnot\s+me\b", re.IGNORECASE)
# ...and a refund's status: "money was taken" read as a refund awaited (0.84), and the reply quoted one from months ago
UNCONFIRMED_READINGS = ("payment_dispute", "payment_methods", "refund_status")


def asks_own_payment(text: str) -> bool:
    """The message asks which card or method paid for the customer's own order."""
    return bool(_OWN_PAYMENT.search(fold(text or "")))


def asks_own_amount(text: str) -> bool:
    """The message asks what the customer paid for their own order."""
    return bool(_OWN_AMOUNT.search(fold(text or "")))


def asks_if_charged_order_went_through(text: str) -> bool:
    """The customer was charged and asks whether the order went through (no confirmation), no charge disputed."""
    folded = fold(text or "")
    return bool(_CHARGED_UNCONFIRMED.search(folded)) and not _TWICE_OR_UNKNOWN.search(folded)


def read_own_payment(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the payment-methods reading's mass on order status, when the customer asks what paid
    for their own order, and the product reading's too when they ask what they paid; the disputed charge's when
    they were charged and ask whether the order went through. The first of these the words say moves."""
    for says, readings in ((asks_if_charged_order_went_through, UNCONFIRMED_READINGS),
                           (asks_own_amount, AMOUNT_READINGS), (asks_own_payment, PAYMENT_READINGS)):
        moved = moved_when(probs, text, says, readings, ORDER_STATUS)
        if moved is not probs:
            return moved
    return probs


# "Can I change the payment method on my order?": a placed order's payment, which the help center has no rule for (the
# reply quoted how to get past a declined card, for its "pay with another method").
_CHANGE_ORDER_PAYMENT = re.compile(
    r"\b(?:change|update|switch|swap|replace|use\s+(?:a\s+)?different)\s+(?:the\s+|my\s+)?(?:payment(?:\s+(?:method|card|"
    r"details|option))?|card(?:\s+details)?|credit\s+card|debit\s+card|billing\s+(?:card|details))\s+"
    r"(?:on|for|of|used\s+(?:on|for))\s+(?:my|the|this|that|an?)\s+(?:\w+\s+)?(?:order|purchase)\b",
    re.IGNORECASE)


# ...or told as a mistake made when ordering: "I placed an order and realized I used the wrong payment method. Can I
# switch it to my PayPal?"
_WRONG_WAY_USED = re.compile(
    r"\b(?:used|paid\s+with|picked|chose|selected|put\s+in|entered)\s+(?:the\s+)?wrong\s+(?:payment(?:\s+method)?|"
    r"card|credit\s+card|debit\s+card)\b|\b(?:change|switch|swap|move)\s+(?:it|the\s+payment|payment)\s+(?:over\s+)?"
    r"to\s+(?:my\s+|a\s+|another\s+)?(?:paypal|card|credit\s+card|debit\s+card|apple\s+pay|google\s+pay|klarna|visa|"
    r"mastercard|amex)\b")
_PLACED = re.compile(r"\b(?:placed|ordered|order|purchase[d]?|bought)\b")


def asks_to_change_order_payment(text: str) -> bool:
    """The message asks to change the card or payment method of an order already placed."""
    folded = fold(text or "")
    return bool(_CHANGE_ORDER_PAYMENT.search(folded) or (_WRONG_WAY_USED.search(folded) and _PLACED.search(folded)))
