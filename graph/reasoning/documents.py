"""A receipt or an invoice asked for: an order's document, which a person sends.

"Can I get a copy of my receipt?", "please send an invoice for my order", "I need a receipt for my company": the help
center has no article that sends one, and the intent model read such messages as the return policy's (a receipt is
what a return asks for) or as an order's status at odds with it (0.39, and the tracking article was quoted). What is
wanted is the order's document: the order is looked up, and a person on the team is offered for the document
(graph/reasoning/offline/drafting.py). So when a message asks for a receipt or an invoice, the answerable readings'
mass goes to the order-status reading. Asking whether one is needed ("do I need the receipt?") is the return
policy's question and is left as it is.
"""

from __future__ import annotations

import re

from graph.reasoning.readings import moved_to, tier_one_moved_when

ORDER_STATUS = "order_status"

# A document asked for, which only a passage that speaks of it answers (the return policy's refund sentences were
# quoted for a receipt).
_DOCUMENT_ASKED = re.compile(r"\b(?:receipts?|invoices?|proof\s+of\s+(?:purchase|payment|postage))\b", re.IGNORECASE)


# Asked to be sent or found ("I need a receipt for my company" wants one too), not whether one is needed ("do I need
# the receipt?" is the return policy's question).
_DOCUMENT_WANTED = re.compile(r"\b(?:send|resend|e-?mail|get|request|provide|give|download|print|copy\s+of|"
                              r"where\s+(?:is|can\s+i\s+find|do\s+i\s+find)|(?<!\bdo\s)(?<!\bwill\s)(?<!\bdoes\s)"
                              r"(?:i|we)\s+(?:really\s+)?(?:need|want|require|would\s+like)|(?:i|we)'d\s+like)\b"
                              r"(?:\W+\w+){0,4}\W*$", re.IGNORECASE)


# ...or said not to have come with the goods ("there was no invoice in my parcel", read as goods missing from it, a
# person's): the document is wanted all the same, and no goods are missing.
_DOCUMENT_MISSING = re.compile(
    r"\bno\s+(?:receipts?|invoices?)\s+(?:in|inside|with|included)\b|"
    r"\b(?:receipts?|invoices?)\s+(?:was\s*n'?t|was\s+not|is\s*n'?t|is\s+not|were\s*n'?t|were\s+not|not)\s+"
    r"(?:included|in|inside|there)\b|"
    r"\b(?:did\s*n'?t|did\s+not|never)\s+(?:get|receive|got)\s+(?:a|an|the|my)\s+(?:receipt|invoice)s?\b|"
    r"\bmissing\s+(?:the|a|an|my)\s+(?:receipt|invoice)s?\b", re.IGNORECASE)
GOODS_NOT_MISSING = ("wrong_item",)


def asked_document(question: str) -> str | None:
    """The document the question asks for ("receipt", "invoice"), or None."""
    found = _DOCUMENT_ASKED.search(question)
    if not found:
        return None
    # "please send me an invoice", "can I get a copy of my receipt?": the document is what is wanted
    wanted = _DOCUMENT_WANTED.search(question[:found.start()]) or _DOCUMENT_MISSING.search(question)
    return found.group(0).lower() if wanted else None


def asks_for_a_document(text: str) -> bool:
    return asked_document(text or "") is not None


def read_document_request(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the tier-1 readings' mass on the order's status when a receipt or invoice is asked for,
    and the goods-missing reading's too when the document is what did not come."""
    read = tier_one_moved_when(probs, text, asks_for_a_document, ORDER_STATUS)
    if read is not probs and _DOCUMENT_MISSING.search(text or ""):
        read = moved_to(read, GOODS_NOT_MISSING, ORDER_STATUS)
    return read
