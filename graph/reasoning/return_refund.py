"""A return asked for, with the way its refund should be paid, is a return: not a refund wanted instead of one.

"I'd like to return a sweater from my last order, and I want the refund on my original card", "can I send the boots
back and get the money on PayPal?": the words of a refund pull the intent model towards a refund without a return
(0.37 of the first one's mass), and the reply went to a person for low confidence. The refund is how the return ends;
the return is what is asked. So when a message asks to send goods back (not one already sent back, not a refund
without returning anything), the refund request's mass goes to the return. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

RETURN_REQUEST = "return_request"
REFUND_READINGS = ("refund_request",)

# Asks to send goods back, now or next: "I'd like to return", "can I send back", "I want to start a return".
_ASKS_TO_RETURN = any_of(
    r"(?:want|wanna|like|need|wish|trying|going|hoping|looking)\s+to\s+(?:return|send\s+(?:\w+\s+){0,3}?back)\b",
    r"(?:can|could|may)\s+i\s+(?:please\s+)?(?:return|send\s+(?:\w+\s+){0,3}?back)\b",
    r"(?:start|process|make|open|begin|set\s+up|initiate)\s+(?:a|the|my)\s+return\b",
    r"\bi'?(?:d|ll|\s+would|\s+will)\s+(?:like\s+to\s+)?return\b",
    # ...or one weighed: "how much would I get back if I returned the parka?" (0.45 a refund without a return, handed
    # over unsure); the return's own reply says what it refunds, and waits for a yes
    r"if\s+i\s+(?:were\s+to\s+)?(?:return|returned|send\s+(?:\w+\s+){0,3}?back|sent\s+(?:\w+\s+){0,3}?back)\b",
)
# A refund without sending anything back, or goods already sent back (then the refund is awaited).
_NO_RETURN = any_of(
    r"without\s+(?:returning|sending)|(?:keep|kept)\s+(?:it|them|the)|don'?t\s+want\s+to\s+(?:return|send)",
    r"\b(?:already|just)\s+(?:returned|sent\s+(?:it|them)\s+back)|(?<!if\s)\bi\s+(?:have\s+|'ve\s+)?returned\b",
)
# The refund the return ends in: where it goes, or that it is wanted.
_ITS_REFUND = any_of(r"refund\w*|money|reimburs\w*|credit(?:ed)?\s+(?:back|to)|how\s+much\s+(?:\w+\s+){0,3}?(?:get|be\s+"
                     r"refunded)")


def asks_a_return_with_its_refund(text: str) -> bool:
    """The message asks to send goods back and says something of the refund, and returned nothing yet."""
    folded = " ".join(fold(text or "").split())
    return bool(_ASKS_TO_RETURN.search(folded) and _ITS_REFUND.search(folded) and not _NO_RETURN.search(folded))


def read_return_with_refund(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the refund request's mass on the return, when the message asks for a return whose
    refund it speaks of."""
    return moved_when(probs, text, asks_a_return_with_its_refund, REFUND_READINGS, RETURN_REQUEST)
