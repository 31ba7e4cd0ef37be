"""A parcel delivered to the wrong house is a parcel the customer has not got, not wrong goods or a new address.

"my package was left at the wrong house", "the driver delivered my parcel to the wrong address": the words of a wrong
item ("wrong") or of an address to change, so the intent model read those (0.85-0.91). The report reader already
hands such a parcel to a person (problem_reports.py: delivered but not received); the intent says why, and the
labelling guide files a misdelivered parcel with lost and "delivered but not received" ones. So when a message says
its parcel was delivered somewhere else, the wrong-item, address and shipping readings' mass goes to the lost parcel.
Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.problem_reports import DELIVERED_ELSEWHERE
from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

LOST_PACKAGE = "lost_package"
MISREAD_AS = ("wrong_item", "change_address", "shipping_info", "shipping_delay", "order_status")

_ELSEWHERE = any_of(DELIVERED_ELSEWHERE)


def says_delivered_elsewhere(text: str) -> bool:
    """The message says its parcel was delivered to another address or person."""
    return bool(_ELSEWHERE.search(fold(text or "")))


def read_delivered_elsewhere(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the wrong item's, the address change's and the shipping readings' mass on the lost parcel,
    when the parcel was delivered somewhere else."""
    return moved_when(probs, text, says_delivered_elsewhere, MISREAD_AS, LOST_PACKAGE)
