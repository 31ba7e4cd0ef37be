"""A slip in the delivery address the customer typed is a change of address, whatever else the message says.

"I typed the wrong zip code, order hasn't shipped yet" read as a status question (0.50: "hasn't shipped yet" is how
status questions speak) and went to a person at 0.57; "I put the wrong house number in" and "forgot my apartment
number" say the same. What the customer needs is the address corrected while the order can still be changed, which
the address-change flow answers (or says why it can't). So when a message says a part of the address it gave was
wrong or missing, the mass of the order readings goes to the change of address. "You sent it to the wrong address"
(the store's slip, not the customer's) names no part typed and is left to the model. Text is folded first.
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

CHANGE_ADDRESS = "change_address"
ORDER_READINGS = ("order_status", "shipping_delay", "wrong_item", "cancel_order", "lost_package", "shipping_info")

_PART = (r"(?<![\w-])(?:zip(?:\s*code)?|post\s*code|postal\s*code|house\s+(?:number|no)|street(?:\s+name|\s+number)?|"
         r"apartment(?:\s+number)?|apt(?:\s+(?:number|no|#))?|flat(?:\s+number)?|unit(?:\s+number)?|suite|"
         r"building\s+number|door\s+number)")
_SLIP = any_of(
    # "I typed the wrong zip code", "put in the wrong postcode", "entered an incorrect apartment number"
    rf"(?:typed|type|put|entered|enter|wrote|gave|used|added|selected)\s+(?:in\s+)?(?:the\s+|a\s+|an\s+|my\s+)?"
    rf"(?:wrong|incorrect|old|misspelled|mistyped)\s+{_PART}",
    # "my zip code is wrong", "the postcode I gave was incorrect"
    rf"{_PART}\s+(?:\w+\s+){{0,3}}?(?:is|was|are|were)\s+(?:wrong|incorrect|missing|mistyped|misspelled)",
    # "forgot (to add) my apartment number", "left off the flat number", "missed the unit number"
    rf"(?:forgot|forget|forgotten|left\s+(?:off|out)|missed|missing|without)\s+(?:to\s+(?:add|put|include)\s+)?"
    rf"(?:the\s+|my\s+|an?\s+)?{_PART}",
    # "typo in my zip code", "a typo in the street"
    rf"typo\s+(?:in|on)\s+(?:the\s+|my\s+)?(?:(?:delivery\s+|shipping\s+)?address|{_PART})",
    # "wrong flat number on the shipping label", "an incorrect zip code in my order"
    rf"(?:wrong|incorrect|mistyped|misspelled)\s+{_PART}\s+(?:on|in)\s+(?:the\s+|my\s+)?(?:shipping\s+|delivery\s+)?"
    r"(?:label|order|address|parcel|package)",
)


def tells_of_an_address_slip(text: str) -> bool:
    """The message says a part of the delivery address the customer gave was wrong or missing."""
    return bool(_SLIP.search(fold(text or "")))


def read_address_slip(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the order readings' mass on the change of address, when the customer's address had a slip."""
    return moved_when(probs, text, tells_of_an_address_slip, ORDER_READINGS, CHANGE_ADDRESS)
