"""A question of what the shop charges for a service is a question of its prices, not a disputed charge.

"Do you charge duties?", "will I be charged customs on an order to the UK?", "how much do you charge for express?", "do
you charge a restocking fee?", "why is the delivery charge so high?": the history's "charge" is mostly a charge taken
twice or not recognised, so the intent model read these as payment disputes (0.48-0.88), a person's, and "how much is
shipping to canada and do you charge duties?" went to one. Asked in the present or the future about a delivery fee or a
returns fee, the payment readings' mass goes to the help center's article on it: shipping for duties, taxes and
delivery; the return policy for returns, exchanges and restocking. A charge already taken ("why did you charge me
twice?", "you charged me for returns") is no such question and stays what the model reads. Text is folded first
(text_norm.fold).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.dialogue.slots import opens_as_question
from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import fold

# What a fee is, queried: "why is the delivery charge so high?" (a price asked about, not a charge disputed).
_FEE_QUERIED = (r"\b(?:why|how\s+come)\s+(?:(?:is|are)\s+)?(?:the\s+|your\s+|ur\s+)?(?:\w+\s+)?(?:charges?|fees?|"
                r"costs?|prices?|rates?)\s+(?:(?:is|are)\s+)?(?:so\s+|this\s+|that\s+)?(?:high|expensive|steep|much)\b")
# Asked of what the shop charges, in the present or future, never a charge already taken.
_ASKS_A_FEE = re.compile(
    r"\b(?:do|does|will|would)\s+(?:you|u|they|we|northbound)\s+(?:guys\s+)?charge\b|"
    r"\bhow\s+much\s+(?:do|does|will|would)\s+(?:you|u|they|it)\s+(?:guys\s+)?charge\b|"
    r"\b(?:will|would|do|does)\s+(?:i|we)\s+(?:\w+\s+)?(?:be|get)\s+charged\b|"
    r"\b(?:is|are)\s+there\s+(?:a|any)\s+(?:\w+\s+)?(?:charges?|fees?)\s+(?:for|on|to|when|if)\b|" + _FEE_QUERIED
)
# Such a question asked of the shipping articles in their words: their rates and when standard shipping is free (its
# own words found "We don't offer same-day or guaranteed next-day delivery").
DELIVERY_RATES_ASKS = "How much does standard and express shipping cost, and when is standard shipping free?"
_TAKEN = re.compile(r"\b(?:twice|double|again|already|without|never\s+(?:ordered|authori[sz]ed))\b")
# What the fee is for, within a few words: the delivery's, or a return's.
_DELIVERY_FEES = re.compile(r"\b(?:dut(?:y|ies)|customs|import|tax(?:es)?|vat|gst|shipping|delivery|postage|express|"
                            r"overnight|international)\b")
_RETURN_FEES = re.compile(r"\b(?:returns?|returning|exchanges?|exchanging|restocking|return\s+label)\b")

PAYMENT_READINGS = ("payment_dispute", "payment_methods")
_LATE_READINGS = ("shipping_delay",)
_A_WAIT = re.compile(r"\b(?:late|delay\w*|still|yet|wait\w*|arriv\w*|where|when|ago|stuck|lost|track\w*)\b|n'?t\b")
SHIPPING_INFO = "shipping_info"
RETURN_POLICY = "return_policy"


@lru_cache(maxsize=1024)
def _fee_asked_about(text: str) -> str | None:
    """"delivery" or "return" when the message asks what the shop charges for that; None otherwise. Cached: the
    reader asks it of the same text for either fee."""
    folded = fold(text or "")
    match = _ASKS_A_FEE.search(folded)
    if not match or _TAKEN.search(folded):
        return None
    after = folded[match.start():match.end() + 60]
    if _RETURN_FEES.search(after):
        return "return"
    if _DELIVERY_FEES.search(after):
        return "delivery"
    return None


def queries_delivery_fee(text: str) -> bool:
    """"Why is the delivery charge so high?": the delivery's fee queried, which its rates answer."""
    folded = fold(text or "")
    return asks_delivery_fee(text) and re.search(_FEE_QUERIED, folded) is not None


def asks_delivery_fee(text: str) -> bool:
    """"Do you charge duties?", "will I be charged customs?": a delivery's fee asked about."""
    return _fee_asked_about(text) == "delivery"


def asks_return_fee(text: str) -> bool:
    """"Do you charge a restocking fee?", "is there a charge for exchanges?": a return's fee asked about."""
    return _fee_asked_about(text) == "return"


# "How much does it cost to send something back?", "do I have to pay to send them back?": the postage asked of is a
# return's, though "cost to send" reads as shipping (0.55 shipping rates for "I'm in the UK, how much...").
_COST_ASKED = re.compile(r"\bhow\s+much\b|\b(?:cost|costs|price|fee)\b|\b(?:have|need)\s+to\s+pay\b|\bis\s+it\s+free\b")
# the goods sent back, by a verb ("send it back"); never "get my shipping cost back", a refund of the delivery's fee
_SENT_BACK = re.compile(r"\b(?:send|sending|post|posting|mail|mailing|ship)\s+(?:(?:it|them|this|that|something|"
                        r"everything|stuff|items?|(?:the|a|an|my|these|those)\s+\w+)\s+)?back\b")


def asks_cost_of_sending_back(text: str) -> bool:
    """A sentence of the message asks what it costs to send goods back: a return's postage, not a delivery's rates
    ("I'd like to send back the rain shell. And how much is express?" asks express's price)."""
    folded = fold(text or "")
    return not _TAKEN.search(folded) and any(_SENT_BACK.search(sentence) and _COST_ASKED.search(sentence)
                                             for sentence in re.split(r"[.?!\n]+", folded))


# "Do I have to pay for the return label?", "is return shipping free?", "are returns free?": what a return's label costs,
# which the return policy gives by region; read as a return to start (1.00), the reply refused the latest order.
_RETURN_POSTAGE = re.compile(r"\breturn(?:s|ing)?\s+(?:label|shipping|postage|delivery|courier)s?\b|"
                             r"\b(?:are|is)\s+returns?\s+free\b|\bfree\s+returns?\b|"
                             # "why do I have to pay for returns now??"
                             r"\bpay(?:ing)?\s+(?:for\s+)?(?:the\s+|my\s+|a\s+)?returns?\b(?!\s+(?:of|for)\b)")
_COST_OR_FREE = re.compile(rf"{_COST_ASKED.pattern}|\bfree\b|\bcharged?\b")
RETURN_REQUESTS = ("return_request", "exchange")
# a charge already taken: "I was charged for the return label, why?"
_CHARGE_TAKEN = re.compile(rf"{_TAKEN.pattern}|\b(?:was|were|been|got|being)\s+charged\b|\bcharged\s+(?:me|us)\b")


@lru_cache(maxsize=1024)
def asks_cost_of_return_label(text: str) -> bool:
    """A sentence of the message asks what a return's label or postage costs, or whether returns are free. Cached: the
    reader asks it of the same text twice (alone, and beside another question)."""
    folded = fold(text or "")
    return not _CHARGE_TAKEN.search(folded) and any(
        _RETURN_POSTAGE.search(sentence) and _COST_OR_FREE.search(sentence)
        # a question typed without its mark counts ("ok and do I have to pay for the return label")
        for sentence in re.split(r"[.!\n]+", folded) if "?" in sentence or opens_as_question(sentence))


def only_asks_cost_of_return_label(text: str) -> bool:
    """The message is that one question and nothing else ("I want to return the boots, is the label free?" also asks
    for a return, and "Can I exchange it? Also are returns free?" is an exchange first)."""
    return len([part for part in re.split(r"[.!?\n]+", text or "") if part.strip()]) == 1 and asks_cost_of_return_label(text)


def read_fee_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the payment readings' mass on the article the fee belongs to, when the message asks
    what the shop charges for a delivery or a return; and the shipping reading's too when it asks the cost of
    sending goods back or a return label (and the return requests' too when that is all it asks)."""
    moved = moved_when(probs, text, asks_return_fee, PAYMENT_READINGS, RETURN_POLICY)
    if moved is not probs:
        return moved
    moved = moved_when(probs, text, asks_cost_of_sending_back, (*PAYMENT_READINGS, SHIPPING_INFO), RETURN_POLICY)
    if moved is not probs:
        return moved
    moved = moved_when(probs, text, only_asks_cost_of_return_label, (*PAYMENT_READINGS, SHIPPING_INFO, *RETURN_REQUESTS),
                       RETURN_POLICY)
    if moved is not probs:
        return moved
    # said beside another question ("I want to know if you ship to Canada. Also are returns free?"), only a charge
    # reading is ruled out: the other question keeps its own
    moved = moved_when(probs, text, asks_cost_of_return_label, PAYMENT_READINGS, RETURN_POLICY)
    if moved is not probs:
        return moved
    # "why is the delivery charge so high?" read 0.40 late delivery too: with no word of a wait, that is ruled out
    return moved_when(probs, text, asks_delivery_fee, (*PAYMENT_READINGS, *_LATE_READINGS) if not _A_WAIT.search(
        fold(text or "")) else PAYMENT_READINGS, SHIPPING_INFO)
