"""A question about sending goods back that tells of nothing wrong with them is a return, not a damaged item.

"can i send it back?" read as a damaged item (0.99) and "how do i send the dress back?" as one too (0.60): in the
history, goods are "sent back" mostly when they came broken, and a plain return says "return". A damaged item is a
person's (tier 2), so a customer who had just been told their return window, or who asked nothing but how a return
is sent, was handed over. When a short message asks how, whether, where or when to send, post or ship goods back,
and tells of no problem with them (problem_reports.py finds none, and no fault or error is named), the goods-problem
readings' mass goes to the return. "it arrived broken, can I send it back?" keeps its reading. Text is folded first
(text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.fit_problems import GOODS_PROBLEMS, RETURN
from graph.reasoning.problem_reports import reported_problems
from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold

# Asking to send goods back: "how do I send it back?", "can I post the boots back", "where do we ship them back to?"
_ASKS_TO_SEND_BACK = any_of(
    r"(?:how|can|could|may|where|when|should|do|shall)\s+(?:do\s+|can\s+|should\s+|would\s+)?(?:i|we)\s+"
    r"(?:go\s+about\s+)?(?:send\w*|post\w*|ship\w*|mail\w*)\s+(?:it|them|this|that|these|those|(?:the|my)\s+\w+"
    r"(?:\s+\w+)?)\s+back",
    r"(?:how|where)\s+(?:to|do\s+i|can\s+i)\s+(?:send|post|ship|mail)\s+(?:\w+\s+){0,3}?back",
)
# Words of goods that came wrong: any keeps the model's reading (problem_reports.py finds most; these are the bare ones).
_FAULT = any_of(
    r"damag\w*|broke\w*|crack\w*|torn|ripp?\w*|hole|holes|stain\w*|defect\w*|faulty|fault|missing|dirty|used|fake|"
    r"wrong|different|instead|smash\w*|dent\w*|leak\w*|not\s+working|doesn'?t\s+work|stopped|mould\w*|mold\w*|"
    r"(?:fell|fallen|falling|came|come|coming)\s+(?:off|apart|undone|loose)|snapp\w*|peel\w*|crush\w*|stain\w*",
)
# The ask with little beside it: a message that tells more ("the box was crsuhed and the tee is staied - how do I send
# it back???") may tell a fault in words these patterns miss, and the model's reading of it stands.
MAX_WORDS = 12


def asks_to_send_back(text: str) -> bool:
    """The message asks how, whether or where to send goods back, says little else, and tells of nothing wrong with
    them."""
    folded = fold(text or "")
    return (len(folded.split()) <= MAX_WORDS and bool(_ASKS_TO_SEND_BACK.search(folded)) and not _FAULT.search(folded)
            and not reported_problems(text or ""))


def read_send_back(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the goods-problem readings' mass on the return when the message asks how to send goods
    back and tells of nothing wrong with them."""
    if not any(probs.get(intent) for intent in GOODS_PROBLEMS) or not asks_to_send_back(text):
        return probs
    return moved_to(probs, GOODS_PROBLEMS, RETURN)
