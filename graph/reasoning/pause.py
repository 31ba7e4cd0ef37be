"""A customer asking for a moment ("hold on, let me check which order it was") asks nothing yet.

"Hold on, let me check which order it was." in the middle of a return was read as an order's status (0.98, "which
order") and got a delivered order's tracking; the customer's next message ("ok it's the one from November") then
answered a question about the status, not the return. A brand's agent says to take their time and keeps the topic
open. Only a message that is the pause and nothing else: "hold on, where is my refund?" asks. English only, as the
words are. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.text_norm import fold

_PAUSE = (r"(?:hold\s+on|hang\s+on|wait|one\s+(?:sec|second|moment|min(?:ute)?)|just\s+a\s+(?:sec|second|moment|min(?:ute)?)|"
          r"give\s+me\s+(?:a|one)\s+(?:sec|second|moment|min(?:ute)?)|bear\s+with\s+me|let\s+me\s+(?:just\s+)?(?:check|look|"
          r"find|see|get|grab|double[- ]check|dig|have\s+a\s+look)|i'?ll\s+(?:just\s+)?(?:check|look|find|see|get\s+back\s+to\s+you))")
_ONLY_A_PAUSE = re.compile(
    rf"^\W*(?:(?:ok(?:ay)?|sure|right|um+|hmm+|oh|ah|alright)\W+)*{_PAUSE}(?:\W+{_PAUSE})*"
    # what is checked or found, said briefly ("let me check which order it was", "...my emails for any updates")
    r"(?:\s+[\w\s',]{1,70}?)?"
    r"(?:\W+(?:and\s+)?(?:(?:i'?ll\s+)?get\s+back\s+to\s+you|(?:i'?ll\s+)?(?:come\s+back|be\s+right\s+back)|one\s+(?:sec|"
    r"second|moment|min(?:ute)?)|in\s+a\s+(?:sec|second|moment|minute|bit)))*\W*$")
# ...telling nothing that went wrong or asking for nothing on the way ("let me check if my jacket arrived damaged")
_MORE_THAN_A_PAUSE = re.compile(r"\b(?:damag\w*|broke\w*|wrong|missing|late|never|not|no|refund\w*|cancel\w*|return\w*|"
                                r"exchang\w*|charg\w*|want|need|please|can\s+you|could\s+you)\b|n't\b|\bwhat\W*$")


def asks_for_a_moment(text: str) -> bool:
    """The message only asks the agent to wait while the customer checks something, and asks nothing."""
    folded = " ".join(fold(text or "").split())
    return "?" not in folded and bool(_ONLY_A_PAUSE.match(folded)) and not _MORE_THAN_A_PAUSE.search(folded)
