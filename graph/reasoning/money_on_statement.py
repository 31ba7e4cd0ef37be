"""Money asked after on a statement or a card is a refund's timing, whatever "it" stands for.

"When will I see it on my statement?" after a refund's status read 0.90 as an order's status (the history's "when
will I see it" is a parcel's), and the reply gave a delivered order's tracking. Money that shows on a bank
statement, a card or an account comes back to the customer: the refund, whose timing the refund article gives by
payment method. So a question when something will show on (or be back in) a statement, a bank account or a card reads
as the refund's status. A charge ("when will the charge show on my card?", "I was debited twice") is a payment, not a
refund, and keeps its readings. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

REFUND_STATUS = "refund_status"
# What the refund articles are asked for such a question, in their words.
REFUND_REACH_ASKS = "How long does my refund take to reach my card or bank after you issue it?"
MISREAD_AS = ("order_status", "shipping_delay", "shipping_info", "product_info", "promo_code", "out_of_scope")

_WHERE_MONEY_SHOWS = (r"(?:bank\s+)?statements?|bank(?:\s+account)?|(?:credit\s+|debit\s+)?card|account|balance|"
                      r"paypal|apple\s+pay|google\s+pay")
_SHOWS = (r"(?:see|get|have|find|notice|show\w*(?:\s+up)?|appear\w*|(?:be|is|are)\s+back|com(?:e|es|ing)\s+back|hit\w*|"
          r"land\w*|reach\w*|clear\w*|go(?:es)?\s+through|go(?:es)?\s+back|get\s+back)")
_WHEN_IT_SHOWS = any_of(
    rf"(?:when|how\s+long|how\s+soon|how\s+many\s+days)\b[^.?!]{{0,40}}?\b{_SHOWS}\b[^.?!]{{0,25}}?\b(?:on|onto|in|into|"
    rf"to|back\s+(?:on|onto|in|into|to))\s+(?:my|the|our|your|a|an)\s+(?:\w+\s+)?(?:{_WHERE_MONEY_SHOWS})\b",
)
_A_CHARGE = any_of(r"charg\w*|debit(?:ed)?|taken|deducted|pending\s+payment|payment\s+(?:taken|pending)|billed")


def asks_when_money_shows(text: str) -> bool:
    """The message asks when money will show on a statement, a card or an account, and tells of no charge."""
    folded = fold(text or "")
    return bool(_WHEN_IT_SHOWS.search(folded)) and not _A_CHARGE.search(folded)


def read_money_on_statement(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the order's, delivery's and other answerable misreadings' mass on the refund's status,
    for a question when money shows on a statement or a card."""
    return moved_when(probs, text, asks_when_money_shows, MISREAD_AS, REFUND_STATUS)
