"""A parcel delivered while the customer is out is not a lost parcel.

"Order says delivered but I'm at work, will it be safe?", "tracking says it was dropped off and I'm away till
Sunday": the model read "delivered but" as a parcel delivered but not received (a lost parcel, for a person). The
customer has not looked yet: the delivery and where it was left answer (the status reply says where to look if
it's not there). So when a message says the customer is away from where it was delivered, and says nothing of it
missing, the lost reading's mass goes to the status question. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import SIGNATURE, any_of, fold
from tools.oms.order_choice import says_it_was_delivered

# It happened, in the words the tracking uses (order_choice.says_it_was_delivered) or in others ("dropped off",
# "left it"): "is it ok to have it left on the doorstep?" asks before ordering (a shipping question).
_DELIVERED_OTHERWISE = any_of(r"is\s+delivered|delivered\s+(?:today|yesterday|this|at)|dropped\s+off|"
                              r"(?:was|been|got)\s+left|left\s+it|signed\s+for")
_AWAY = any_of(
    r"(?:i'?m|i\s+am|we'?re|we\s+are|i\s+was|we\s+were|i'?ll\s+be|we'?ll\s+be)\s+(?:still\s+)?(?:at\s+work|away|"
    r"not\s+(?:at\s+)?home|out(?:\s+of\s+town)?|on\s+(?:holiday|vacation|a\s+trip)|travell?ing|abroad)",
    r"(?:not|won'?t\s+be)\s+home\s+(?:until|till|til)",
    # not looked yet: "I haven't been home yet", "haven't checked the mailbox yet", "not back yet"
    r"(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:been|gotten|got|made\s+it)\s+(?:back\s+)?home",
    r"(?:haven'?t|have\s+not)\s+(?:checked|looked|had\s+a\s+(?:chance|look))(?:\s+(?:in\s+)?(?:the|my)\s+(?:mailbox|mail|"
    r"porch|door|letterbox|post\s*box|lobby|building))?\s+yet",
    r"not\s+back\s+(?:home\s+)?yet",
)
_MISSING = any_of(
    r"(?:not|isn'?t|wasn'?t|nothing|no\s+(?:package|parcel|box))\s+(?:there|here|at\s+(?:my|the)\s+door)",
    r"(?:can'?t|cannot|couldn'?t|didn'?t)\s+(?:find|see|get)|missing|stolen|never\s+(?:got|received|came)|"
    r"not\s+received|don'?t\s+have\s+it",
)
LOST_READINGS = ("lost_package",)


def away_when_delivered(text: str) -> bool:
    """The message says the parcel was delivered while the customer is away, and nothing of it missing."""
    folded = fold(text or "")
    delivered = says_it_was_delivered(folded) or _DELIVERED_OTHERWISE.search(folded)
    return bool(delivered and _AWAY.search(folded) and not _MISSING.search(folded))


# A signature the carrier wants while the customer is out: "the carrier says they need a signature, I'm not home" is
# what the help center says of signatures (name a neighbour through the tracking link), not a parcel lost.
_SIGNATURE = any_of(SIGNATURE)
_NOT_IN = any_of(r"(?:i'?m|i\s+am|we'?re|we\s+are|i'?ll|i\s+will|we'?ll)\s+(?:not|never)\s+(?:be\s+)?(?:at\s+)?home|"
                 r"(?:won'?t|will\s+not)\s+be\s+(?:at\s+)?home|(?:nobody|no\s+one|noone)\s+(?:is|will\s+be)\s+(?:at\s+)?home")


def signature_while_away(text: str) -> bool:
    """The message tells of a signature the delivery needs while nobody is home, and nothing of the parcel missing."""
    folded = fold(text or "")
    return bool(_SIGNATURE.search(folded) and (_AWAY.search(folded) or _NOT_IN.search(folded))
                and not _MISSING.search(folded))


def read_away_at_delivery(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the lost reading's mass on the status question, when the customer was away; on the
    shipping question, when a signature is wanted while they are out."""
    probs = moved_when(probs, text, signature_while_away, LOST_READINGS, "shipping_info")
    return moved_when(probs, text, away_when_delivered, LOST_READINGS, "order_status")
