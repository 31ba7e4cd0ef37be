"""A parcel waiting at a depot or a post office is the customer's own shipment, not a question about collecting.

"My parcel is at the post office apparently, can I pick it up?", "tracking says held at depot, can I collect it?":
the model, whose history asks "can I collect in store?" before buying, read shipping options (answered "not in our
help center") or a change of address. The parcel is on its way and held by the carrier: its status answers, and a
quoted "held at depot" gets the tracking article's word on it ("you can arrange redelivery or collection through the
tracking link"). So when a message says the parcel is held, or is waiting at a carrier's place, the mass of the
shipping-options, address and lost readings goes to the status question (or the delay, if read so). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import CARRIERS, any_of, fold

STATUS_READINGS = ("order_status", "shipping_delay")
OTHER_READINGS = ("shipping_info", "change_address", "lost_package")

_CARRIER_PLACE = (r"(?:post\s+office|depot|sorting\s+office|delivery\s+office|access\s+point|pick\s*-?up\s+point|"
                  r"collection\s+point|parcel\s+(?:shop|locker)|locker|(?:ups|fedex|dhl|usps|royal\s+mail)\s+(?:store|"
                  r"office|location|facility))")
_HELD = any_of(
    # where it is now, never where the customer would like it to go ("I'd rather it went to a locker")
    rf"(?:is|it'?s|its|was|been|sitting|sat|waiting|held|stuck)\s+(?:\w+\s+){{0,3}}?"
    rf"(?:at|in)\s+(?:the|a|my|our|their|local)?\s*(?:local\s+)?(?:{CARRIERS}\s+)?{_CARRIER_PLACE}",
    r"held\s+(?:at|for)\s+(?:the\s+)?(?:depot|collection|pick\s*-?up|post\s+office)",
)
_PARCEL_OF_THEIRS = any_of(r"parcel|package|order|delivery|it|tracking|shipment|box")


def says_parcel_is_held(text: str) -> bool:
    """The message says the customer's parcel is held by the carrier or waiting at a carrier's place."""
    folded = fold(text or "")
    return bool(_HELD.search(folded) and _PARCEL_OF_THEIRS.search(folded))


def read_held_parcel(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the shipping-options, address and lost readings' mass on the status question, when the
    customer's parcel is held at a carrier's place."""
    # onto the status reading the model leans to ("stuck at the depot, not moving" is a delay)
    onto = max(STATUS_READINGS, key=lambda intent: probs.get(intent, 0.0))
    return moved_when(probs, text, says_parcel_is_held, OTHER_READINGS, onto)
