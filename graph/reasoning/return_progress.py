"""A return already on its way back is asked after, not started again.

"How do I track my return?", "@brand where is my return?", "did you get my return yet?": the words of a return
("return", "my"), so the intent model may read a return to start (0.92 with a brand's @handle in front), and the
reply proposed a new return on the newest order. The customer sent one back and asks where it stands: the refund
it ends in answers that (its status, the refund timing, the order it was for). Only when the message asks after
"my/the return" and asks to start none. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold

REFUND_STATUS = "refund_status"
RETURN_READINGS = ("return_request", "return_policy")

# The parcel sent back, not its paperwork: "where is my return label?" is the label's trouble (label_trouble.py).
_RETURN = r"return(?!\s+(?:label|labels|window|policy|address|form|slip|code|portal|instructions|fee|shipping))"
_ASKS_AFTER_A_RETURN = any_of(
    rf"(?:track|trace|follow|check\s+on|status\s+of|update\s+on|news\s+on|progress\s+of)\s+(?:my|the|our|a)\s+{_RETURN}",
    rf"where(?:'s|\s+is)\s+(?:my|the|our)\s+{_RETURN}",
    r"(?:has|have)\s+(?:my|the|our)\s+return\s+(?:\w+\s+)?(?:arrived|reached|been\s+received|got\s+there|been\s+processed)",
    rf"(?:did|have)\s+(?:you|u|ya)\s+(?:\w+\s+)?(?:get|got|receive[d]?|gotten)\s+(?:my|the|our)\s+{_RETURN}",
    r"(?:my|the|our)\s+return\s+(?:\w+\s+)?(?:status|arrived|reached\s+you|been\s+received)",
)
# ...or says it was sent and asks whether it came: "I dropped off my return at the post office 3 days ago, how do I know
# you got it?" (read 0.69 as a return to start, and handed over for low confidence)
_SENT_BACK = any_of(
    r"(?:dropped\s+off|sent|posted|shipped|mailed|returned)\s+(?:off\s+)?(?:my|the|our)\s+return",
    r"sent\s+(?:it|them|the\s+\w+)\s+back", r"(?:dropped|posted|mailed)\s+(?:it|them)\s+off",
)
_ASKS_IF_IT_CAME = any_of(
    r"how\s+(?:do|will|can|would)\s+i\s+(?:know|tell|check|find\s+out)\s+(?:if\s+|whether\s+|that\s+|when\s+)?"
    r"(?:you|u|ya|it|they)\b", r"(?:can|could)\s+you\s+confirm",
    r"(?:did|have|has)\s+(?:you|u|ya|it|they)\s+(?:\w+\s+)?(?:get|got|receive[d]?|gotten|arrive[d]?|reach(?:ed)?)",
)
# A new return asked for beside it: "how do I track my return, and can I send back the boots too?"
_STARTS_ONE = any_of(r"(?:start|open|make|begin|initiate|do|want|like|need)\s+(?:\w+\s+)?(?:a|another|new)\s+return",
                     r"send\s+(?:\w+\s+)?back", r"return\s+(?:the|this|these|those|it|them|my\s+(?!return))")


def asks_after_a_return(text: str) -> bool:
    """The message asks where a return sent back stands, and asks to start no return."""
    folded = fold(text or "")
    asks_after = bool(_ASKS_AFTER_A_RETURN.search(folded)) or bool(_SENT_BACK.search(folded)
                                                                    and _ASKS_IF_IT_CAME.search(folded))
    return asks_after and not _STARTS_ONE.search(folded)


def read_return_progress(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the return readings' mass on the refund awaited, when the message asks after a
    return already sent back."""
    if not any(probs.get(intent) for intent in RETURN_READINGS) or not asks_after_a_return(text):
        return probs
    return moved_to(probs, RETURN_READINGS, REFUND_STATUS)
