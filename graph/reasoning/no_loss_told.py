"""A question about a parcel's delivery that tells of no loss is the order's status, not a lost parcel.

"who is delivering my parcel?" (0.88), "when was my last order delivered?" (0.30) and "tracking says label created
for 4 days now" (0.31) lean to a lost or undelivered parcel: the history's "delivered" and "delivering" come mostly
from parcels marked delivered that never came. A lost parcel is a person's (tier 2), so the first went to a person and
the others fell under the policy's confidence. Nothing is said missing, stolen, gone astray or delivered and not
there: the order's tracking answers them (its carrier, its delivery day, what "label created" means). So when the
message asks who carries the order, when it came, or quotes a tracking status that is no delivery, and tells of no
loss (problem_reports.py finds none, and no word of one is said), the lost parcel's mass goes to the order-status
family, split as the model split it between its members. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.not_arrived import STATUS_FAMILY
from graph.reasoning.problem_reports import reported_problems
from graph.reasoning.readings import spread_over
from graph.reasoning.text_norm import any_of, fold

LOST_PACKAGE = "lost_package"

# Words of a loss, or of a parcel not with the customer: any of them keeps the lost reading.
_LOSS = any_of(
    r"lost|loose|missing|stolen|stole|theft|thief|gone|disappear\w*|vanish\w*|never|not\s+(?:here|there|received|"
    r"arrived|come|delivered)|n'?t\s+(?:got|get|received?|arrived?|come|came|here|find|found|have|see|seen)|"
    r"can'?t\s+find|cannot\s+find|no\s+sign|nowhere|nothing|neighbou?rs?|porch|doorstep|mailbox|"
    r"wrong\s+(?:address|house|door|person)|someone\s+else|empty|claim|where\s+(?:is|are|'s)|wheres|still",
)
# The questions this reads, each about an order on its way or come, none about a parcel gone: who carries it, when it
# came, or a tracking status that is no delivery ("label created", "in transit"). A question in other words is left to
# the model: "delivered?? where", "the tracking shows a photo of a door that isn't mine" are losses told briefly.
_ASKS_OF_A_DELIVERY = any_of(
    r"who(?:'s|\s+is|\s+will\s+be)\s+(?:delivering|shipping|carrying|bringing|handling)",
    r"(?:which|what)\s+(?:courier|carrier|delivery\s+(?:company|service))\s+(?:is|will\s+be|has|'s)",
    r"when\s+(?:was|were|did)\s+(?:\w+\s+){0,4}?(?:delivered|arrive|come|get\s+delivered)",
    r"(?:tracking|status|it)\s+(?:still\s+)?(?:says|shows|showing|is)\s+['\"]?(?:label\s+created|pre-?shipment|in\s+transit|"
    r"processing|shipped|out\s+for\s+delivery|awaiting|pending|accepted)",
)


def asks_without_a_loss(text: str) -> bool:
    """A question about an order's carrier, its delivery day or a tracking status that is no delivery, telling of no
    loss."""
    folded = fold(text or "")
    return (bool(_ASKS_OF_A_DELIVERY.search(folded)) and not _LOSS.search(folded)
            and not reported_problems(text or ""))


def read_no_loss_told(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the lost parcel's mass on the order-status family when the message asks about the
    delivery and tells of no loss."""
    if not probs.get(LOST_PACKAGE) or not asks_without_a_loss(text):
        return probs
    return spread_over(probs, (LOST_PACKAGE,), STATUS_FAMILY, "order_status")
