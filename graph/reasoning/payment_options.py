"""A way to pay named in a question: "can I pay with Afterpay?", "do you take Venmo?".

The help center lists the ways to pay it accepts, and that list is the whole of them: a way it does not name is
one the shop does not take. Without this the question hinges on a word no article mentions ("afterpay"), and the
agent says the help center has nothing on it, when the honest answer is "not that one; these are the ones we
take". Only names of ways to pay are read (a closed list of the common ones), so a question about anything else
the articles leave out is still told plainly that they do not say. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.code_questions import codes_question
from graph.reasoning.price_drop import price_drop_question
from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import fold

# Ways to pay, as customers write them, with the name a reply gives them. Buy-now-pay-later services, wallets,
# transfers and cash.
_METHODS: tuple[tuple[str, str], ...] = (
    (r"after\s*pay", "Afterpay"), (r"clear\s*pay", "Clearpay"), (r"affirm", "Affirm"), (r"sezzle", "Sezzle"),
    (r"zip\s*pay|zip\s+(?:co|money)|quadpay", "Zip"), (r"lay\s*buy", "Laybuy"), (r"katapult", "Katapult"),
    (r"venmo", "Venmo"), (r"zelle", "Zelle"), (r"cash\s*app", "Cash App"), (r"shop\s*pay", "Shop Pay"),
    (r"amazon\s+pay", "Amazon Pay"), (r"samsung\s+pay", "Samsung Pay"), (r"(?:we\s*chat|weixin)\s+pay", "WeChat Pay"),
    (r"ali\s*pay", "Alipay"), (r"ideal", "iDEAL"), (r"sofort", "Sofort"), (r"bancontact", "Bancontact"),
    (r"giropay", "Giropay"), (r"bizum", "Bizum"), (r"satispay", "Satispay"), (r"pix", "Pix"), (r"boleto", "Boleto"),
    (r"bitcoin|btc|crypto(?:currency|currencies)?|ethereum", "cryptocurrency"),
    (r"cash\s+on\s+delivery|c\.?o\.?d\.?|pay\s+(?:in\s+)?cash|cash\s+payment|contra\s*reembolso|contrassegno",
     "cash on delivery"),
    (r"(?:bank|wire)\s+transfer|wire|transferencia(?:\s+bancaria)?|virement|uberweisung", "bank transfer"),
    (r"cheques?|checks?\s+by\s+(?:mail|post)|money\s+orders?", "cheque or money order"),
    (r"diners(?:\s+club)?", "Diners Club"), (r"jcb", "JCB"), (r"union\s*pay", "UnionPay"),
)
_NAMED = [(re.compile(rf"\b(?:{pattern})\b"), name) for pattern, name in _METHODS]
# The question is about paying: without it "zip" is a zip code and "wire" a cable.
_ABOUT_PAYING = re.compile(
    r"\b(?:pay|paying|paid|payment|payments|checkout|check\s+out|accept|accepted|take|use|using|buy|purchase|"
    r"pagar|pago|payer|paiement|zahlen|bezahlen|zahlung|pagamento|pagare|"
    r"cash|transfer|cheques?|money\s+orders?)\b"  # ways to pay whose own name says it
)
# Asked, not told: "do you take Venmo?", "is cash on delivery possible?" (a failed Afterpay payment is a problem).
_ASKS = re.compile(r"\?|^\W*(?:can|could|do|does|is|are|will|would|may)\b|\b(?:possible|accepted|an\s+option)\b")
# The ways nearly every shop takes: a sentence naming three of them is a list of the ways a shop accepts (two may
# be "a gift card can't be bought with a credit card").
_COMMON = re.compile(r"\b(?:visa|mastercard|master\s+card|american\s+express|amex|discover|paypal|apple\s+pay|"
                     r"google\s+pay|klarna|gift\s+cards?|credit\s+cards?|debit\s+cards?|maestro)\b")
LIST_AT_LEAST = 3

# Paying in parts, however it is spelt or called: "installments" (the US spelling, which no "instalments" article
# shares a word with), "pay later", "a payment plan", "split the payment into 4", "pay in 4"; splitting a payment
# between two cards is no instalment plan. A kind of way to pay rather than a named one: the help center's own words
# find its answer ("is it possible to pay in installments" got the declined-payment sentences of the payment article,
# the intent's usual one).
_IN_PARTS = re.compile(
    r"\b(?:instal+ments?|pay(?:ing)?\s+(?:it\s+)?later(?!\s+(?:today|tonight|this|on|at|in|when|once|after))|"
    r"payment\s+plans?|split\s+(?:the\s+|my\s+)?(?:payment|cost|price|bill)\s+(?:into|in)\s+(?:\d|two|three|four|parts|"
    r"instal)|pay(?:ing)?\s+(?:in|over)\s+(?:4|four|3|three)\b|buy\s+now,?\s+pay\s+later|bnpl|financing)\b")
INSTALMENTS_QUESTION = "Can I pay in instalments?"
# A pay-in-parts service most shops take, named with a term of its use: "what's the minimum for klarna?" (read as a size
# question for "minimum"), "how many payments with klarna?", "can I use klarna for a $20 order?". The others (Afterpay,
# Affirm...) are _METHODS: whether the shop takes them is asked first (drafting's way-to-pay check).
_IN_PARTS_SERVICE = re.compile(r"\b(?:klarna|paypal\s+(?:pay\s+in\s+(?:4|four|3|three)|pay\s+later))\b")
_TERMS = re.compile(r"\b(?:minimum|min|maximum|max|limit|how\s+much\s+(?:can|do)|how\s+many\s+(?:payments|instal+ments)|"
                    r"interest|how\s+does\s+(?:it|that|klarna)\s+work|how\s+(?:it|that)\s+works|every\s+(?:two|2)\s+weeks)\b|"
                    r"\$\s*\d+|\b\d+\s*(?:dollars|usd|eur|euros|gbp|pounds)\b")


def instalments_question(text: str) -> str | None:
    """The help center's words for a question about paying in parts ("is it possible to pay in installments?", "what's
    the minimum for klarna?"), or None. Only asked, not told ("my Klarna instalment failed" is a problem with a
    payment, not a question of how)."""
    folded = fold(text or "")
    in_parts = _IN_PARTS.search(folded) or (_IN_PARTS_SERVICE.search(folded) and _TERMS.search(folded))
    return INSTALMENTS_QUESTION if in_parts and _ASKS.search(folded) else None


def paying_question(text: str) -> str | None:
    """A question about discount codes, about paying in parts or about a price that dropped after the order, in the help
    center's words, or None: what both the search (graph/nodes/retrieve.py) and the reply (drafting.py) measure such a
    question by."""
    return codes_question(text) or instalments_question(text) or price_drop_question(text)


# The readings a question about a way to pay is mistaken for when the model has not seen its name.
MISREAD_AS = ("product_info", "shipping_info", "out_of_scope", "account_help", "exchange", "sizing")
REFUND_READINGS = ("refund_status", "refund_request")
CASH_ON_DELIVERY = "cash on delivery"


def named_payment_method(text: str) -> str | None:
    """The way to pay the message asks about, by its name ("Afterpay"), when it names one and is about paying: the
    last one named ("do you take afterpay" then "and venmo?", read together, asks about Venmo)."""
    folded = fold(text or "")
    if not _ABOUT_PAYING.search(folded):
        return None
    named = [(found.start(), name) for pattern, name in _NAMED for found in pattern.finditer(folded)]
    return max(named)[1] if named else None


def payment_methods_in(text: str) -> list[str]:
    """Every way to pay the text names, by its name, in the list's order (a help-center list of accepted ones)."""
    folded = fold(text or "")
    return [name for pattern, name in _NAMED if pattern.search(folded)]


def asks_about_a_way_to_pay(text: str) -> bool:
    """The message asks whether a way to pay it names is taken ("do you take Venmo?")."""
    return named_payment_method(text) is not None and _ASKS.search(fold(text or "")) is not None


def read_payment_option(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with a question about a way to pay, or paying in parts, read as one, not as goods, shipping or
    out of scope;
    Spanish "contra reembolso" (cash on delivery) not as a refund either."""
    misread = MISREAD_AS + (REFUND_READINGS if named_payment_method(text) == CASH_ON_DELIVERY else ())
    probs = moved_when(probs, text, asks_about_a_way_to_pay, misread, "payment_methods")
    # ...and one about paying in parts ("what's the minimum for klarna?" was read as a size question)
    return moved_when(probs, text, lambda said: instalments_question(said) is not None, MISREAD_AS, "payment_methods")


def lists_ways_to_pay(sentence: str) -> bool:
    """The sentence lists ways to pay (it names three of the common ones): the list of those a shop accepts."""
    kinds = {re.sub(r"\s+|s$", "", name).replace("amex", "americanexpress")
             for name in _COMMON.findall(fold(sentence or ""))}
    return len(kinds) >= LIST_AT_LEAST
