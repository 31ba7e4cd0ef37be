"""Goods bought at a price that has since dropped: the price adjustment the help center offers, not its promo codes.

"I bought the parka last week and now it's 30% off, can I get the difference back?" read rightly as a question about
prices and codes (0.9999), but the help center was searched with its words, and "30% off" found the seasonal codes:
the reply listed them, and the customer's question, whether the difference comes back, went unanswered. Customers say
it as a price that went down after they paid ("it's on sale now", "dropped in price", "half price a day after I
ordered"); the help center calls it a price adjustment. So such a message is searched, and its reply measured, by the
help center's words for it (as payment_options.paying_question does for codes). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

PRICE_ADJUSTMENT_QUESTION = "If an item I bought drops in price after my order, do you refund the difference?"

_BOUGHT = any_of(r"(?:i|we)\s+(?:just\s+|only\s+)?(?:bought|ordered|paid|purchased|got)", r"my\s+(?:order|purchase)",
                 r"(?:after|since)\s+(?:i|we)\s+(?:bought|ordered|paid|purchased)")
_DROPPED = any_of(
    r"(?:now|is|it'?s|they'?re|are|gone|went)\s+(?:\w+\s+)?(?:on\s+sale|\d+\s*%\s*off|half\s+price|cheaper|reduced|"
    r"discounted|marked\s+down)",
    r"(?:dropped|dropping|gone\s+down|went\s+down|came\s+down|fell)\s+(?:\w+\s+)?(?:in\s+price|by\s+\$?\d+)",
    r"price\s+(?:has\s+|just\s+)?(?:dropped|gone\s+down|went\s+down|fell|was\s+(?:cut|reduced))",
    r"(?:lower|cheaper|reduced|sale)\s+price\s+(?:now|today|since)",
)


def says_price_dropped(text: str) -> bool:
    """The message says goods the customer bought are cheaper now."""
    folded = fold(text or "")
    return bool(_BOUGHT.search(folded) and _DROPPED.search(folded))


def price_drop_question(text: str) -> str | None:
    """The question in the help center's words when goods the customer bought are cheaper now, else None."""
    return PRICE_ADJUSTMENT_QUESTION if says_price_dropped(text) else None
