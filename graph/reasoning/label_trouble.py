"""Trouble with a return label the customer already has: not a new return to start.

"My return label isn't working, the post office won't accept it", "the label you sent me has expired", "I never
got the return label email", "I don't have a printer", "the QR code won't scan at the drop-off": the history's
label messages all asked for one ("can you email me a label?"), so these read as a return to start (rightly: the
return is what they are about), and the reply proposed a new return on whichever order still had goods, or said
the newest one was outside the window. What the customer needs is how the label is used (printed, or its QR code
shown at the drop-off; valid for so many days) from the help center, and a person who can send a new one when that
does not help. The drafting answers so (offline/drafting.py); this module only tells such a message. A message
that asks for a return or a label in so many words ("I want to return the jeans, can you send a label?") is not
one. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.text_norm import any_of, fold

_LABEL = r"(?:return\s+|returns\s+|prepaid\s+|shipping\s+|postage\s+)?(?:label|qr\s*code|qr)"
_TROUBLE = any_of(
    # the label itself: not working, expired, refused, lost, never came
    rf"{_LABEL}\s+(?:\w+\s+){{0,4}}?(?:is(?:n'?t|\s+not)|does(?:n'?t|\s+not)|did(?:n'?t|\s+not)|will\s+not|"
    r"won'?t|can'?t|cannot|has|have|had|was|were|keeps?)\s+(?:\w+\s+){0,2}?(?:work\w*|scan\w*|expired?|accepted|"
    r"valid|load\w*|open\w*|print\w*|come|arrive\w*|been\s+(?:rejected|refused)|rejected|refused|invalid|blank|"
    r"broken)",
    rf"{_LABEL}\s+(?:\w+\s+){{0,3}}?(?:expired|rejected|refused|invalid|broken)",
    rf"(?:lost|deleted|misplaced|can'?t\s+find|cannot\s+find|never\s+(?:got|received)|did(?:n'?t|\s+not)\s+(?:get|receive)|"
    rf"have(?:n'?t|\s+not)\s+(?:got|received)|no)\s+(?:\w+\s+){{0,2}}?{_LABEL}",
    rf"(?:wo(?:n'?t|\s+not)|would(?:n'?t|\s+not)|refused\s+to|can'?t|cannot|could(?:n'?t|\s+not))\s+(?:\w+\s+){{0,2}}?"
    rf"(?:accept|take|scan|read|print|open)\s+(?:\w+\s+){{0,3}}?{_LABEL}",
    r"(?:don'?t|do\s+not|no)\s+(?:have\s+(?:a|access\s+to\s+a)\s+)?printer",
    rf"(?:print|printing)\s+(?:\w+\s+){{0,2}}?{_LABEL}",
)
# A return or a label asked for in so many words stays a request ("I want to return the jeans, can you send a label?").
_ASKS_A_RETURN = any_of(
    r"(?:want|like|need|wanna|trying|try)\s+(?:to\s+)?(?:return|send\s+(?:\w+\s+){0,3}?back|exchange|swap)",
    r"(?:start|open|begin|make|do)\s+(?:a\s+|an\s+|the\s+)?(?:return|exchange)",
    r"(?:can|could|may)\s+i\s+(?:return|exchange|send\s+(?:\w+\s+){0,3}?back)",
)
# The garment's own labels are no return label ("the care label was wrong").
_GARMENT_LABEL = re.compile(r"\b(?:care|size|sizing|wash(?:ing)?)\s+labels?\b")


# How long a label lasts, asked before any trouble ("how long is the return label valid for?", "does the label
# expire?"): the same help answers it, and a return proposed in its place answered something else.
_HOW_LONG_IT_LASTS = any_of(
    rf"how\s+long\s+(?:is|does|will|do)\s+(?:the|my|a|your)\s+{_LABEL}\s+(?:\w+\s+)?(?:valid|last|good|work)",
    rf"(?:when|does|do|will)\s+(?:the|my|a|your)\s+{_LABEL}s?\s+(?:\w+\s+)?expire",
    rf"(?:is|are)\s+(?:the|my)\s+{_LABEL}s?\s+(?:still\s+)?(?:valid|good)",
)


def asks_how_long_a_label_lasts(text: str) -> bool:
    """A question of how long a return label stays valid."""
    return bool(_HOW_LONG_IT_LASTS.search(" ".join(fold(text or "").split())))


def tells_of_label_trouble(text: str) -> bool:
    """A problem with a return label the customer has (not working, expired, lost, never came, no printer), and no
    return asked for in so many words."""
    folded = _GARMENT_LABEL.sub(" ", " ".join(fold(text).split()))
    return bool(_TROUBLE.search(folded) and not _ASKS_A_RETURN.search(folded))
