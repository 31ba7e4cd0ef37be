"""Whether an order can go to a locker, a pickup point or a PO box is a shipping question, not a lost parcel.

"Can I get my order delivered to an amazon locker?" was read as a lost parcel (0.57: the history's lockers are where
parcels went missing) and handed to a person on the first message. It asks where the store can deliver, which the
help center answers (PO boxes, pickup points). So when a message asks whether an order can be delivered or sent to
such a point, and reports nothing, the order-problem readings' mass goes to the shipping question. "It says delivered
to a locker but I never got a code" reports, and keeps its reading. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

SHIPPING_INFO = "shipping_info"
ORDER_PROBLEMS = ("lost_package", "order_status", "shipping_delay", "wrong_item")

_POINT = (r"(?:\w+\s+)?lockers?|(?:pick[\s-]?up|collection|access|parcel)\s+(?:points?|shops?|locations?)|"
          r"p\.?\s?o\.?\s+box(?:es)?|post\s+office\s+box(?:es)?")
_ASKS_TO_SEND_THERE = any_of(
    rf"(?:can|could|may|do|does|will|would)\s+(?:\w+\s+){{0,5}}?(?:deliver(?:ed)?|sen[dt]|ship(?:ped)?|post(?:ed)?|"
    rf"go|come)\s+(?:\w+\s+){{0,2}}?(?:to|at|into)\s+(?:a|an|the|my|your|any)?\s*(?:{_POINT})",
    rf"is\s+it\s+possible\s+to\s+(?:\w+\s+){{0,5}}?(?:to|at)\s+(?:a|an|the|my|any)?\s*(?:{_POINT})",
)


def asks_to_send_to_a_point(text: str) -> bool:
    """The message asks whether an order can be delivered or sent to a locker, a pickup point or a PO box."""
    return bool(_ASKS_TO_SEND_THERE.search(fold(text or "")))


def read_delivery_point(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the order-problem readings' mass on the shipping question, when the message asks whether
    an order can be sent to a locker, a pickup point or a PO box."""
    return moved_when(probs, text, asks_to_send_to_a_point, ORDER_PROBLEMS, SHIPPING_INFO)
