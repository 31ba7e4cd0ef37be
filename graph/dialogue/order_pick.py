"""Which of the orders the agent just listed the customer picks by its place in the list: "the second one", "the
oldest", "the last one", "number 2", "la primera".

The agent lists orders newest first when it must ask which one a request is about (`Dialogue.listed_orders`). A reply
that names a place in that list names one order as surely as its number: choosing instead by what the order's state
suggests (the one on its way, the latest delivered) would answer about an order the customer did not pick, and a
refund asked for waited on the answer only to ask again. Only a place said as a choice counts ("the first one", "the
oldest", said alone); "the first time", "the second item", "last week" pick nothing.
"""

from __future__ import annotations

import re

from graph.consent import read_consent
from tools.oms.order_choice import names_latest_order

# A place in the list, by the words customers use for it (English, Spanish, French, German), and where it points:
# an index into the list, newest first. "last" is the last one listed (the oldest); "my last order" is the newest,
# and tools/oms/order_choice.names_latest_order reads that.
_PLACES: tuple[tuple[int, str], ...] = (
    (0, r"first|1st|top|newest|latest|most\s+recent|primer[oa]?|premi[eè]re?|erste[nrs]?|neueste[nrs]?"),
    (1, r"second|2nd|middle|segund[oa]|deuxi[eè]me|seconde?|zweite[nrs]?"),
    (2, r"third|3rd|tercer[oa]?|troisi[eè]me|dritte[nrs]?"),
    (-1, r"last|oldest|earliest|bottom|[uú]ltim[oa]|derni[eè]re?|letzte[nrs]?|[aä]lteste[nrs]?"),
)
_NUMBERS = {"one": 0, "1": 0, "two": 1, "2": 1, "three": 2, "3": 2}
# what may follow the place word: a noun for the order, or the end of what is said
_AFTER = r"(?:\s+(?:one|order|option|purchase|on\s+(?:the|your)\s+list|listed|pedido|commande|bestellung)\b|(?=\s*(?:[.!,?)]|please\b|pls\b|thanks?\b|por\s+favor\b|s'il\b|bitte\b|$)))"
# what may come before it: "the", "it's the", "I mean the", "la", "el", "le", "die"... or nothing, when it is all that is said
_BEFORE = r"(?:\b(?:the|it'?s|its|that'?s|la|el|le|die|der|das|den)\s+(?:very\s+)?|^\W*)"
_PLACE_SAID = [(index, re.compile(_BEFORE + rf"(?:{words}){_AFTER}", re.IGNORECASE)) for index, words in _PLACES]
_NUMBER_SAID = re.compile(r"(?:\b(?:number|no\.?|option|#)\s*|^\W*#?)(one|two|three|[123])(?=\W*$|\s*(?:please|pls)\b)",
                          re.IGNORECASE)


def place_picked(text: str) -> int | None:
    """The index into a newest-first list that the message picks ("the second one": 1, "the oldest": -1), or None."""
    said = " ".join(text.split())
    if not said:
        return None
    if names_latest_order(said):  # "my last order": the newest, wherever "last" would point in a list
        return 0
    number = _NUMBER_SAID.search(said)
    if number:
        return _NUMBERS[number.group(1).lower()]
    found = [(match.start(), index) for index, pattern in _PLACE_SAID if (match := pattern.search(said))]
    places = {index for _, index in found}
    if len(places) != 1:  # none, or two places said ("not the first, the second"): no guess
        return None
    return found[0][1]


_AGE = re.compile(r"\b(?:oldest|earliest|older|[aä]lteste[nrs]?)\b", re.IGNORECASE)
# The one order the agent offered, pointed at: "that one", "it's that one", "the one that says delivered"
_THE_ONE_OFFERED = re.compile(
    r"^\W*(?:yes\W+|yeah\W+|yep\W+)?(?:it'?s\s+|its\s+)?(?:that|this)\s+one\b|\bthat'?s\s+the\s+one\b|"
    r"\bthe\s+(?:one|order)\s+(?:that|which)\s+(?:says|shows|said|showed|is\s+marked|was\s+marked|got\s+marked)\s+"
    r"(?:as\s+)?delivered\b|\bthe\s+delivered\s+one\b|"
    # "it says delivered but I haven't checked the mailbox yet", of the delivered one offered
    r"^\W*(?:yes\W+|yeah\W+)?(?:it|tracking|the\s+tracking|the\s+app)\s+(?:says|shows)\s+(?:it\s+(?:was|has\s+been)\s+|"
    r"it'?s\s+)?delivered\b", re.IGNORECASE)


def picked_from_list(text: str, listed: list[str]) -> str | None:
    """The order the customer picks from the agent's list by its place in it (or by a yes or "that one", when it listed
    one), or None (no place said, or a place the list does not have: "the third" of two)."""
    if not listed:
        return None
    if yes_to_the_one(text, listed) or (len(listed) == 1 and _THE_ONE_OFFERED.search(" ".join(text.split()))):
        return listed[0]
    place = place_picked(text)
    if place is None or place >= len(listed):
        return None
    if len(listed) == 1 and _AGE.search(text):  # one order offered: "the oldest one" is of all their orders, not it
        return None
    return listed[place]


def yes_to_the_one(text: str, listed: list[str]) -> bool:
    """A yes to the one order the agent listed ("Is it that one?" "yes"): it picks that order, it agrees to nothing."""
    return len(listed) == 1 and read_consent(text) == "yes"


def listed_to_pick_from(dialogue: dict | None) -> list[str]:
    """The orders the agent's last reply listed while it waits to hear which one (none when it asked nothing)."""
    dialogue = dialogue or {}
    return list(dialogue.get("listed_orders") or []) if "order_number" in (dialogue.get("awaiting") or []) else []
