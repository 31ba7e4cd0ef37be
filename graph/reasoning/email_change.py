"""An email address to change is the account's, not where an order is delivered.

"Can I change the email address on my order? I made a typo" reads close to a change of shipping address (the
same verbs, "address", "my order"), and the address tool then answers about where the parcel goes. The email an
order's messages go to is changed on the account (the help center's "Change the email on your account" says how,
and what happens to orders already placed). A message that names a postal address too ("new street address,
my email is ...") is about the delivery.
"""

from __future__ import annotations

import re

_CHANGE_EMAIL = re.compile(
    r"\b(chang\w*|updat\w*|correct\w*|fix\w*|edit\w*|wrong|typo\w*|misspel\w*|mistake\w*|new|different)\b"
    r"[^.?!]{0,40}\be-?mail\b|\be-?mail\b[^.?!]{0,40}\b(wrong|typo|misspel\w*|incorrect|chang\w*|updat\w*)\b",
    re.IGNORECASE,
)
_POSTAL = re.compile(
    r"\b(street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|court|apartment|apt|suite|unit|zip|"
    r"postcode|postal|house|flat|city|shipping address|delivery address|deliver|ship(ping)? to|moved|move)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\S+@\S+")  # the address itself: its digits are no house number
_CANCEL = re.compile(r"\bcancel", re.IGNORECASE)
# "I put the wrong email on my order": what is wrong is the email, not the goods received.
_WRONG_EMAIL = re.compile(r"\b(wrong|incorrect|mistyped|misspel\w*)\s+(?:\w+\s+)?e-?mail\b", re.IGNORECASE)


def changes_email_not_address(text: str) -> bool:
    """The message asks to change or correct an email address and names no postal address."""
    text = text or ""
    return bool(_CHANGE_EMAIL.search(text)) and not _POSTAL.search(_EMAIL.sub(" ", text))


def read_email_change(probs: dict[str, float], text: str) -> dict[str, float]:
    """The intent distribution with a change of delivery address (or a wrong item, when the email is what is wrong,
    or an edit of the order, when no cancellation is asked) read as the account's email, when that is what the
    message changes: the reading and the help articles it picks then follow the account."""
    if not changes_email_not_address(text):
        return probs
    misread = ["change_address"] + (["wrong_item"] if _WRONG_EMAIL.search(text) else [])
    if not _CANCEL.search(text):  # "change the email on my order?" edits none of its goods
        misread.append("cancel_order")
    moved = dict(probs)
    for intent in misread:
        moved["account_help"] = moved.get("account_help", 0.0) + moved.pop(intent, 0.0)
    return moved
