"""What a question about an order asks beyond where the parcel is.

"How much did I pay for it?" is answered from the order's own figures; "what does 'held at depot' mean?" from
the help center's words on tracking statuses, beside the order's status. Both are status questions (the
labelling guide's order_status covers "what was charged" and "what a tracking status means").
"""

from __future__ import annotations

import re

from graph.reasoning.glossary import english_reading

# "How much did I pay for it?", "what was the total charged?", "what did the jacket cost me?": what the customer
# paid, not what something costs ("what does express cost?" is a shipping question).
_ASKS_PAID = re.compile(
    r"\b(how much|what)\b[^.?!]{0,40}\b(did i|have i|i've|was i|did we|were we)\b[^.?!]{0,20}"
    r"\b(pay|paid|spend|spent|charged)\b|\bcost me\b|\btotal\b[^.?!]{0,25}\b(paid|charged)\b|"
    r"\b(how much|what) (i|we) (have |had |'ve )?(paid|spent|been charged|was charged|were charged)\b|"
    r"\bhow much was (my|the|that|this) order\b",
    re.IGNORECASE,
)
# "What does 'held at depot' mean?", "what is meant by exception?", "the meaning of this status"
_ASKS_MEANING = re.compile(
    r"\bwhat\b[^.?!]{0,80}\bmeans?\b|\bwhat(?:'s| is) meant by\b|\bmeaning of\b",
    re.IGNORECASE,
)


def asks_what_was_paid(text: str, language: str = "en") -> bool:
    """In English, or in another of the brand's languages through its English gloss ("¿cuánto pagué...?")."""
    text = text or ""
    return bool(_ASKS_PAID.search(text if language == "en" else english_reading(text, language)))


def asks_what_it_means(text: str, language: str = "en") -> bool:
    """In English, or in another of the brand's languages through its English gloss ("¿qué significa...?")."""
    text = text or ""
    return bool(_ASKS_MEANING.search(text if language == "en" else english_reading(text, language)))
