"""Something that did not come, and the help center's section for when it does not.

Help articles close with a section for when the usual way failed, headed by the customer's own question: "No
email?" under "Reset your password", "Still not there?" under refunds, "Still missing?" under parcels marked
delivered. A customer who says the thing never came ("I tried resetting my password but never got the email") asks
that section's question, yet its sentences share fewer words with the message than the usual way's do ("Click
'Forgot password' on the sign-in page"), which was quoted to a customer who had just done it. So a message that
says something has not come is read as asking the section whose heading asks whether it has not (passages.py).
"""

from __future__ import annotations

import re

# "never got the email", "didn't receive it", "haven't received my refund", "still hasn't come", "no sign of it"
_NOT_COME = re.compile(
    r"\b(?:never|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|not\s+yet|yet\s+to|still\s+not|"
    r"still\s+(?:haven'?t|hasn'?t))\s+(?:\w+\s+)?(?:got(?:ten)?|get|receiv\w*|arriv\w*|come|came|turned\s+up|"
    r"shown\s+up|showed\s+up|come\s+through|come\s+in|hit|appeared|landed|gone\s+through|been\s+credited)\b|"
    r"\bnot\s+(?:been\s+)?received\b|\bno\s+sign\s+of\b|\bstill\s+(?:no|nothing|missing)\b",
    re.IGNORECASE,
)
# "No email?", "Still not there?", "Still missing?": a heading asking whether the thing has not come.
_WHEN_IT_DID_NOT_COME = re.compile(r"^(?:no|not|never|nothing|still)\b[^?]*\?$", re.IGNORECASE)


def says_it_did_not_come(question: str) -> bool:
    """The customer says something they expected has not come (an e-mail, a refund, a parcel)."""
    return bool(_NOT_COME.search(question or ""))


def for_when_it_did_not_come(heading: str) -> bool:
    """The heading is a help section's question for when the thing has not come."""
    return bool(_WHEN_IT_DID_NOT_COME.match((heading or "").strip()))
