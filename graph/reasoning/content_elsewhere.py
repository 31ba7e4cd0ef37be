"""A message whose substance is somewhere the agent cannot read: a direct message, a photo, an attachment.

"@brand check your DMs", "sent you a DM with my order details", "see the attached photo": the customer has told
someone else, or shown it, and the message itself says only where to look. The intent model reads what words are
left ("order details" as an order question) and the reply answered something the customer never asked here. A
person can open the DM or the photo; the agent cannot, so it hands over (the labelling guide's "substance only in an
image or DM"). Asking whether one may send a photo points nowhere yet. Only when little else is said: "my parcel is
late, I sent you a DM too" still tells its problem, and is read by it. Text is folded first (text_norm.fold: links and
@handles dropped).
"""

from __future__ import annotations

import re

from graph.reasoning.text_norm import any_of, fold

_PRIVATE = r"(?:dms?|pms?|inbox|direct\s+messages?|private\s+messages?)"
_SHOWN = r"(?:attached|attachments?|photos?|pictures?|pics?|screenshots?|screen\s+shots?|images?|videos?)"
_POINTS_ELSEWHERE = any_of(
    rf"(?:check|see|read|look\s+at|open|reply\s+to|answer)\s+(?:your|ur|yr|the|my)\s+{_PRIVATE}",
    rf"(?:sent|sending|dropped|forwarded)\s+(?:you|u|ya|y'all)\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:{_PRIVATE}|{_SHOWN})",
    r"(?:dm'?d|dmed|pm'?d|pmed)\s+(?:you|u|ya)",
    rf"(?:see|check|look\s+at|view)\s+(?:the\s+|my\s+|this\s+)?{_SHOWN}",
    rf"(?:details|info|information|everything|all)\s+(?:is\s+|are\s+)?in\s+(?:the|my|a|your)\s+(?:{_PRIVATE}|{_SHOWN})",
)
# Words that say nothing of the problem itself, beside the pointer.
_EMPTY = frozenset({
    "a", "an", "the", "my", "your", "ur", "i", "i've", "ive", "we", "you", "u", "me", "it", "this", "that", "with",
    "for", "of", "to", "in", "on", "at", "and", "or", "please", "pls", "plz", "thanks", "thank", "thx", "hi", "hello",
    "hey", "just", "already", "have", "has", "had", "re", "regarding", "about", "order", "orders", "details", "detail",
    "info", "number", "issue", "problem", "query", "question", "here", "there", "all", "as", "requested", "asked",
    "can", "could", "look", "again", "now", "so", "is", "are", "was", "be", "when", "get", "chance",
})
MAX_OTHER_WORDS = 4  # more than this beside the pointer, and the message tells its problem itself


def points_elsewhere(text: str) -> bool:
    """The message says where its substance is (a DM, a photo, an attachment) and tells little else."""
    folded = fold(text or "")
    found = _POINTS_ELSEWHERE.search(folded)
    if not found:
        return False
    rest = folded[:found.start()] + " " + folded[found.end():]
    other = [w for w in re.findall(r"[a-z][a-z']*", rest) if w not in _EMPTY]
    return len(other) <= MAX_OTHER_WORDS
