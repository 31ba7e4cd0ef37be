"""The time by which an order must be placed to leave the same day, asked in the help center's words.

"what's the cut-off for express today?", "what time do I need to order by for it to ship today?": the nearest sentence
in meaning was "We don't offer same-day or guaranteed next-day delivery", which answers another question; the cut-off
is said in "Orders placed before 12:00 PM Eastern on a business day usually leave the same day". So a question about
the cut-off is measured in those words (CUTOFF_ASKS), as the rates are for a fee queried (fee_questions.py). Text is
folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

CUTOFF_ASKS = "By what time must an order be placed on a business day to leave the same day?"

_CUTOFF = any_of(
    r"cut-off|cutoff|(?:the|a|your|ur|express|standard|shipping|order(?:ing)?)\s+cut\s+off|cut\s+off\s+(?:time|point)",
    r"(?:what|which)\s+time\s+(?:do|should|must|can)\s+(?:i|we|you)\s+(?:need\s+to\s+|have\s+to\s+)?(?:order|place\s+(?:an?|my|the)"
    r"\s+order|buy)\s+by",
    r"(?:order|ordered|place\s+(?:an?|my|the)\s+order)\s+by\s+(?:what|which)\s+time",
    r"latest\s+(?:time\s+)?(?:i|we)\s+can\s+order",
)


def asks_for_dispatch_cutoff(text: str) -> bool:
    """The message asks by what time an order must be placed (to ship the same day)."""
    return bool(_CUTOFF.search(fold(text or "")))
