"""An order confirmation not received, or asked to be sent again, is a question about the order, not the account.

"can you resend my order confirmation email? never got it" was read as an order's status at 0.66, the account's
(0.19) and a lost parcel's beside it, and handed to a person for low confidence. The help center answers it (check
spam and the address on the order; we resend it), and a signed-in customer's order is there to look at, so the
order's reading takes the account's, the parcel's and the return's mass. A confirmation of something else (a
return, a refund, a password reset) and a charge taken with no confirmation (own_payment.py) keep their readings.
Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

ORDER_STATUS = "order_status"
MISREAD_AS = ("account_help", "lost_package", "return_request", "shipping_delay", "out_of_scope", "complaint")

_CONFIRMATION = r"(?:order\s+)?(?:confirmation|confirmation\s+e-?mail|confirmation\s+number|receipt\s+e-?mail)"
_ASKED_AGAIN = any_of(
    # "resend my order confirmation", "can you send the confirmation email again"
    rf"(?:re-?send|send|forward)\s+(?:me\s+)?(?:again\s+)?(?:my|the|an?)\s+{_CONFIRMATION}",
    # "never got my order confirmation", "didn't receive a confirmation email", "no confirmation email yet"
    rf"(?:never|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|not)\s+(?:\w+\s+)?(?:got(?:ten)?|get|received?|come|came|"
    rf"arrived?|had)\s+(?:my\s+|the\s+|an?\s+|any\s+)?{_CONFIRMATION}",
    r"no\s+(?:order\s+)?confirmation(?:\s+e-?mail)?\s+(?:yet|came|arrived|received)",
    rf"{_CONFIRMATION}\s+(?:never|didn'?t|did\s+not|hasn'?t|has\s+not)\s+(?:\w+\s+)?(?:come|came|arrive[ds]?|show(?:ed)?\s+up)",
)
# A confirmation of something else, or money taken with none (own_payment.py reads that).
_OTHER = any_of(r"return|refund|password|reset|cancell?ation|exchange|account|sign\s*up|subscri\w+|newsletter|"
                r"charged|billed|paid|money|payment|debited")


def asks_for_order_confirmation(text: str) -> bool:
    """The message says an order confirmation never came, or asks for it again, about nothing else."""
    folded = fold(text or "")
    return bool(_ASKED_AGAIN.search(folded)) and not _OTHER.search(folded)


def read_missing_confirmation(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the account, parcel and return readings' mass on the order's, when the message asks for
    its order confirmation."""
    return moved_when(probs, text, asks_for_order_confirmation, MISREAD_AS, ORDER_STATUS)
