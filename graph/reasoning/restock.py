"""Asking for goods to come back, or to order them before they are out, is a product question.

"Can you notify me when the medium is back?" was read as a late order (0.32: "when ... back" is how the history's
delays and returns speak) and handed over; "can I pre-order the new puffer?" leaned to the shipping rates. Neither
is about an order the customer has: the help center's restock words ("Tap 'Notify me' on the product page") answer
the first, and the second is a product question the help center may not cover, which the reply then says. So when
a message asks to be told when goods are back or in stock again, or asks whether goods can be pre-ordered, the mass
of the order and goods-problem readings goes to the product reading. An order already pre-ordered ("my pre-order
still hasn't shipped") is a status question, and keeps its reading. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

PRODUCT_INFO = "product_info"
ORDER_READINGS = ("order_status", "shipping_delay", "shipping_info", "return_request", "refund_status", "exchange",
                  "cancel_order", "change_address", "damaged_item", "wrong_item", "lost_package", "sizing",
                  "out_of_scope")  # "restock the parka pls" read as chatter

_BACK = r"(?:back(?:\s+in\s+stock)?|in\s+stock(?:\s+again)?|available(?:\s+again)?|restocked|re-?stocked)"
_TELL_ME = r"(?:notify|tell|email|e-mail|text|alert|message|ping|let)\s+(?:me|us)(?:\s+know)?"
_WANTS_IT_BACK = any_of(
    rf"{_TELL_ME}\s+(?:when|if|once|as\s+soon\s+as)\s+(?:\w+\s+){{0,6}}?(?:is|are|comes?|gets?)\s+{_BACK}",
    # "can you notify me when it's back?": said of "it" with nothing after it but the stock or a size (not "when it's
    # back with you", a return)
    rf"{_TELL_ME}\s+(?:when|if|once|as\s+soon\s+as)\s+(?:it|they)\s*'?\s*(?:s|re)\s+(?:back(?:\s+in\s+(?:stock|my\s+size|"
    rf"(?:size\s+)?(?:xxs|xs|s|m|l|xl|xxl|small|medium|large)))?|in\s+stock(?:\s+again)?|restocked)\s*(?:[.!?]|please|pls|$)",
    r"(?:can|could|do|may)\s+(?:i|we|you)\s+(?:\w+\s+)?pre-?order",
    r"(?:is|are)\s+(?:it|they|the\s+[\w\s'-]{1,40}?)\s+(?:available\s+(?:for|to)\s+)?pre-?order",
    r"(?:do|does)\s+(?:you|u|northbound)\s+(?:do|offer|take|accept|have)\s+pre-?orders?",
    # "restock the parka pls", "bring back the wide-leg jean", "will the parka be restocked in navy?"
    r"(?:^\W*|[.!?]\s*|please\s+|pls\s+|plz\s+)(?:re-?stock|bring\s+back)\s+(?:the|your|ur|that|those|these|more)\b",
    r"(?:when|will|are|is|if|whether)\s+(?:will\s+)?(?:you|u|it|they|the\s+[\w\s'-]{1,40}?)\s+(?:(?:is|are)\s+)?"
    r"(?:going\s+to\s+be\s+|gonna\s+be\s+|be\s+|being\s+|getting\s+)?re-?stock(?:ed|ing)?\b",
    # "restock on the merino crew in navy when??", "any restock date for the parka?"
    r"re-?stock(?:ing)?\s+(?:date\s+)?(?:on|of|for)\s+(?:the|your|ur|that|those|these)\b",
    # "is the black puffer vest coming back in small?", "will the parka come back in navy?"
    # (not money or a parcel coming back: "when is the refund coming back to my card?")
    r"(?:is|are|will)\s+(?:it|they|the\s+(?!(?:refund|money|parcel|package|order|return|payment)\b)[\w\s'-]{1,40}?)\s+"
    r"(?:be\s+)?(?:coming|going\s+to\s+come|come)\s+back\b(?!\s+(?:to|into|from|on)\b)",
    # "when is the parka back in stock?"
    r"when\s+(?:is|are|will)\s+(?:it|they|the\s+[\w\s'-]{1,40}?)\s+(?:be\s+|coming\s+)?(?:back\s+in\s+stock|"
    r"restocked|available\s+again)",
    # out of stock now, and asked when or whether it returns: "the item I want is out of stock, when is it back?"
    r"(?:out\s+of\s+stock|sold\s+out|unavailable)\b[^.?!]{0,60}?[.?!,;]?\s*(?:when|will|any\s+idea|do\s+you\s+know|is|are)\b"
    r"[^.?!]{0,30}?\b(?:back|restock\w*|re-stock\w*|available|in\s+stock)\b(?!\s+(?:to|from|with)\b)",
)
# an order the customer already placed: "my pre-order", "I pre-ordered it in august"
_ALREADY_ORDERED = any_of(r"(?:my|our|the)\s+pre-?orders?|i\s+(?:have\s+)?pre-?ordered|pre-?ordered\s+(?:it|them|in)")


def asks_for_goods_back(text: str) -> bool:
    """The message asks to hear when goods are back in stock, or whether goods can be pre-ordered."""
    folded = fold(text or "")
    return bool(_WANTS_IT_BACK.search(folded)) and not _ALREADY_ORDERED.search(folded)


# The help center's words for it: "can you let me know when it's back?", a follow-up naming no goods, found the damaged
# item article by its words once the catalogue's stock no longer answered it.
RESTOCK_SEARCH = "notify me when the size I want is back in stock"
_PRE_ORDER = any_of(r"pre-?orders?|pre-?ordered|pre-?ordering")


def asks_for_restock(text: str) -> bool:
    """The message asks for goods to come back in stock (not to pre-order them: the help center may have nothing on
    that, which the reply then says)."""
    return asks_for_goods_back(text) and not _PRE_ORDER.search(fold(text or ""))


def with_restock(text: str) -> str:
    """The search text of a message: with RESTOCK_SEARCH when it asks for goods to come back in stock."""
    return f"{text} {RESTOCK_SEARCH}" if asks_for_restock(text) else text


def read_restock_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the order readings' mass on the product reading, when the message asks for goods to
    come back or to pre-order them."""
    return moved_when(probs, text, asks_for_goods_back, ORDER_READINGS, PRODUCT_INFO)
