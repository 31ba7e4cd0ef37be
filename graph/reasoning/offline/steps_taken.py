"""Steps the customer says they already took: telling them to take those steps again answers nothing.

"I got the confirmation email but nothing since. Checked spam, nothing there." and "I tried resetting my password
but never got the email" were answered "Check spam and promotions folders..." and "Click 'Forgot password' on the
sign-in page": the step the message had just said was taken, the reply a support bot is mocked for. So the things the
customer says they did (tried, already did, checked) are read, and a help sentence that tells them to do a thing
about the same object ("spam", "password") is passed over for one that does not (passages.py).
"""

from __future__ import annotations

import re

# "I (have) (already) tried (to) ...", "I've already checked ...", "already cleared ...", "Checked spam, ..." (a tweet
# without its "I"). Not "tried it on" (goods tried on).
_SUBJECT = r"(?:\bi(?:'ve|\s+have)?|\bwe(?:'ve|\s+have)?)\s+(?:(?:already|also|even|just|both)\s+)*"
_DONE = (r"tried|attempted|checked|cleared|reset|restarted|requested|resent|re-?entered|updated|looked\s+in|"
         r"searched|used|followed")
_STEP = re.compile(
    rf"(?:{_SUBJECT}(?:{_DONE})|\balready\s+(?:{_DONE})|(?:^|[.!?]\s+)(?:{_DONE}))\s+(?:to\s+)?(?P<step>[^.,;!?]+)",
    re.IGNORECASE,
)
_ASKED = re.compile(r"\b(?:do|does|can|could|should|would|will|shall|may|might|must|how|to)\s*$", re.IGNORECASE)
_TRIED_ON = re.compile(r"^(?:(?:it|them|the\s+\w+|my\s+\w+|\w+)\s+)?on\b", re.IGNORECASE)
_STEP_END = re.compile(r"\s+(?:but|and\s+(?:still|nothing|no)|yet|still|with\s+no|nothing|no\s+luck)\b.*$", re.IGNORECASE)


def steps_taken(text: str) -> list[str]:
    """What the customer says they already did, each as the words after its verb ("resetting my password", "spam")."""
    steps = []
    for found in _STEP.finditer(text or ""):
        if _ASKED.search(text[:found.start()]):  # "how do I reset my password?" asks how: nothing done yet
            continue
        step = _STEP_END.sub("", found.group("step")).strip()
        if step and not _TRIED_ON.match(step):
            steps.append(step)
    return steps
