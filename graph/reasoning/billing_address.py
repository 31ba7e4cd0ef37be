"""A billing address is the card's and the account's, not where a parcel goes.

"i need to update my billing address": the words of an address change, so the intent model read one (0.85) and the
reply said a delivered order's shipping address could no longer be changed. The billing address is what a card is
registered to, kept with the account and its payments; no parcel's route depends on it. So when a message names a
billing address and no delivery address, the address-change reading's mass goes to the account. Text is folded first
(text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

ACCOUNT = "account_help"
DELIVERY_READINGS = ("change_address",)

_BILLING = any_of(r"billing\s+(?:address|details|info(?:rmation)?|postcode|post\s+code|zip(?:\s*code)?)",
                  r"(?:address|postcode|zip(?:\s*code)?)\s+(?:for|on)\s+(?:my|the)\s+(?:card|billing|payment)")
_DELIVERY = any_of(r"shipping|delivery|deliver\w*|ship\s+to|send\s+(?:it|them)\s+to|parcel|package")


def names_billing_address(text: str) -> bool:
    """The message names a billing address (the card's) and no delivery address."""
    folded = fold(text or "")
    return bool(_BILLING.search(folded)) and not _DELIVERY.search(folded)


def read_billing_address(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the address-change reading's mass on the account, when the message is about the billing
    address."""
    return moved_when(probs, text, names_billing_address, DELIVERY_READINGS, ACCOUNT)
