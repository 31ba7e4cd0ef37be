"""Closing an account is deleting it, in the help center's words.

"I'd like to close my account" was answered with the locked-or-hacked article: the search found "account" and a
state of it ("closed" is how a locked account is spoken of), while the article on deleting an account and its data
answers it. So a message that asks to close, deactivate or shut down its own account, telling of no lock or break-in,
is searched for with the help center's words for it too. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.text_norm import any_of, fold

CLOSURE_SEARCH = "delete your account and personal data"

_CLOSE_ACCOUNT = any_of(
    r"(?:close|closing|deactivate|deactivating|shut\s+down|terminate|cancel|cancelling|canceling|remove|get\s+rid\s+of)\s+"
    r"(?:my|our|the|this)\s+(?:\w+\s+)?(?:account|profile)",
    r"(?:my|our)\s+(?:account|profile)\s+(?:closed|deactivated|deleted|removed|shut\s+down)\s+(?:please|pls|plz)",
)
# A lock, a break-in or a closure done to the customer is the security article's, and keeps its search.
_DONE_TO_THEM = any_of(r"locked|hacked|hijacked|compromised|suspended|blocked|frozen|someone|without\s+my|why\s+(?:is|was|did)")


def asks_to_close_account(text: str) -> bool:
    """The message asks to close or deactivate the customer's own account, and tells of no lock or break-in."""
    folded = fold(text or "")
    return bool(_CLOSE_ACCOUNT.search(folded)) and not _DONE_TO_THEM.search(folded)


def with_account_closure(text: str) -> str:
    """The search text of a message: with CLOSURE_SEARCH when it asks to close the customer's account."""
    return f"{text} {CLOSURE_SEARCH}" if asks_to_close_account(text) else text
