"""A delivery attempt the customer says never happened is a delayed delivery, not a lost parcel.

"The driver marked it as 'customer not available' but I was literally at home" was read between a delay (0.54) and
a parcel lost after delivery (0.35) and handed over for low confidence. The history files "it says 'missed
delivery' but I was in" as a delay (the carrier tries again, or the parcel waits at a depot: the tracking article
says what to do) and "it says delivered, I was home, nothing" as a lost parcel. So when a message says an attempt
was made, or the customer was not available, and that they were in, the mass of the lost-parcel and plain status
readings goes to the delay. A parcel marked delivered keeps its reading. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

SHIPPING_DELAY = "shipping_delay"
OTHER_READINGS = ("lost_package", "order_status")

_ATTEMPT = any_of(
    r"(?:delivery\s+)?attempt(?:ed|s)?", r"missed\s+(?:delivery|deliveries)", r"tried\s+to\s+deliver",
    r"(?:customer|recipient|you|i|we|no\s*one|nobody)\s+(?:was\s+|were\s+)?(?:not|un)\s*(?:available|home|in)",
    r"no\s*one\s+(?:was\s+)?(?:home|in|available)|nobody\s+(?:was\s+)?(?:home|in|available)",
    r"(?:unable|couldn'?t|could\s+not)\s+(?:to\s+)?deliver", r"(?:left|leaving)\s+a\s+card",
)
_WAS_IN = any_of(
    r"(?:i|we|someone|somebody|my\s+\w+)\s+(?:was|were|am|are|have\s+been|'ve\s+been|was\s+literally|were\s+literally)"
    r"\s+(?:at\s+home|home|in|here|in\s+all\s+day|home\s+all\s+day|in\s+the\s+house)",
    r"(?:no\s*one|nobody)\s+(?:knocked|rang|came|buzzed)", r"(?:didn'?t|did\s+not|never)\s+(?:knock|ring|come|buzz)",
)
_MARKED_DELIVERED = any_of(r"(?:says|said|shows?|marked(?:\s+as)?)\s+(?:it\s+(?:was\s+|has\s+been\s+)?)?delivered")


def says_attempt_was_false(text: str) -> bool:
    """The message says a delivery attempt was made (or nobody was available) while the customer was in."""
    folded = fold(text or "")
    return bool(_ATTEMPT.search(folded) and _WAS_IN.search(folded)) and not _MARKED_DELIVERED.search(folded)


def read_false_attempt(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the lost-parcel and status readings' mass on the delay, when the customer says an
    attempt to deliver was false."""
    return moved_when(probs, text, says_attempt_was_false, OTHER_READINGS, SHIPPING_DELAY)
