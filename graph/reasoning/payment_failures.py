"""Money taken for a payment that failed, or for an order that never went through: a billing review, tier 2.

"My card was declined so I paid with PayPal, now both are charged", "payment failed at checkout but the money
left my account", "I paid but never got an order confirmation and there's no order". Told as a failure and
what the bank shows, often across two sentences, so both halves are looked for in the whole message (close
together). Either half alone is ordinary: "my card was declined" asks how else to pay, "I was charged $12 for
shipping" asks about a fee. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

_FAILED = (
    r"(?:payment|transaction|card|order|checkout|purchase|paypal|it)\s+(?:\w+\s+){0,2}?(?:was\s+|got\s+|has\s+been\s+|"
    r"had\s+been\s+|been\s+)?(?:declined|rejected|refused|failed|errored|bounced|timed\s+out)|"
    r"(?:didn't|didnt|did\s+not|never|wouldn't|wouldnt|won't)\s+(?:go\s+through|process|complete|work)|"
    r"(?:error|failed|failure)\s+(?:\w+\s+){0,2}?(?:at|during|on)\s+(?:the\s+)?(?:checkout|payment)|"
    r"(?:payment|checkout)\s+(?:error|failure|failed)|"
    r"(?:no|never\s+(?:got|received)\s+(?:an?\s+|the\s+)?)\s*(?:order\s+)?confirmation|"
    r"(?:no|there's\s+no|there\s+is\s+no|can't\s+see\s+(?:an?|the|my)|cannot\s+see\s+(?:an?|the|my))\s+order\s+"
    r"(?:on|in|under)\s+my\s+account"
)
_MONEY_TAKEN = (
    r"(?:money|funds|payment|amount|it)\s+(?:\w+\s+){0,2}?(?:has\s+|have\s+|was\s+|were\s+|had\s+)?(?:left|gone|"
    r"been\s+taken|taken|came\s+out|come\s+out|debited|deducted|withdrawn)|"
    r"(?:charged|debited|billed|deducted)\s+(?:me|us|my|anyway|regardless|still|both|twice|already|for\s+it)|"
    r"(?:still|both|also)\s+(?:have\s+|has\s+|had\s+)?(?:got\s+|been\s+|was\s+|were\s+|show\s+as\s+|shows\s+as\s+)?"
    r"(?:charged|debited|taken|took|billed)|"
    # the taker named instead of the money: "they took the money anyway", "both have taken the money"
    r"(?<!\bi )(?<!\bi have )(?<!\bi've )(?:took|taken)\s+(?:the|my|our)\s+(?:money|payment|funds)|"
    r"(?:bank|card|statement|account|paypal)\s+(?:\w+\s+){0,3}?(?:shows?|showing|says|saying)\s+(?:\w+\s+){0,3}?"
    r"(?:charge|payment|debit|pending|paid|taken|went\s+through|accepted|completed)|"
    r"(?:pending|on\s+hold)\s+(?:on|in)\s+my\s+(?:card|account|bank|statement)|"
    r"went\s+through\s+(?:too|as\s+well|anyway|both)|(?:paid|charged)\s+(?:twice|two\s+times|double)|"
    # the customer's own payment, then no order for it: "I paid but never got an order confirmation and there's no order
    # in my account" (a confirmation alone may only be late: the order may be there)
    r"(?:i|we)\s+(?:have\s+|'ve\s+|already\s+)?paid\s+(?:\w+\s+){0,3}?(?=(?:but|yet)\b[^.?!]{0,80}?\b(?:no\s+order|"
    r"order\s+(?:isn'?t|is\s+not|doesn'?t|does\s+not|never)\s+(?:there|show|appear)|not\s+(?:in|on)\s+my\s+account))"
)
# Either order, within a few sentences.
_STORY = any_of(
    rf"(?:{_FAILED})[^\n]{{0,160}}?(?:{_MONEY_TAKEN})",
    rf"(?:{_MONEY_TAKEN})[^\n]{{0,160}}?(?:{_FAILED})",
)


def reports_money_taken_without_order(text: str) -> bool:
    """A payment that failed (or an order that never went through) and money taken all the same."""
    return bool(_STORY.search(fold(text)))
