"""What happens if the order does not come: a question about a late order's next steps, asked before it is late.

"ok and if it doesn't come by friday?" after an order's status was read as shipping times (0.75, "friday") and got
"Carriers deliver Monday to Saturday"; "what do I do if my package never arrives" got the status alone, and "what
happens if my order doesn't come?" a person, unsure between a lost parcel and a late one. The customer asks what to
do if the parcel is late: the order's status says when it is due, and the late-order article says what then ("If
your tracking has not moved for ... or the promised delivery date has passed, contact us ... We open a trace").

So a question whose condition is that the order does not come (arrive, show up, get here) reads as a late order:
the mass of shipping information and of the tier-2 situations (a parcel that has not come is neither damaged nor
wrong, and whether it is lost is for its tracking to say) goes to the delay reading. Not when the message reports a
problem (problem_reports.py) or says the parcel is marked delivered. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.problem_reports import reported_problems
from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

SHIPPING_DELAY = "shipping_delay"
READ_AS_LATE = ("shipping_info", "lost_package", "damaged_item", "wrong_item", "out_of_scope")

# What the late-order article is asked, in its words: its "What to do" section answers the question.
LATE_WHAT_TO_DO = "What should I do if my order is late or its tracking has not updated?"

_PARCEL = r"(?:it|they|(?:my|the|our|this|that)\s+(?:\w+\s+)?(?:order|parcel|package|delivery|shipment|stuff|items?))"
_NOT = (r"(?:does\s*n'?o?t|doesnt|do\s*n'?o?t|dont|does\s+not|do\s+not|never|won'?t|wont|will\s+not|is\s*n'?t|isnt|"
        r"is\s+not|are\s*n'?t|has\s*n'?t|hasnt|has\s+not|still\s+(?:does\s*n'?t|has\s*n'?t|is\s*n'?t))")
_COME = (r"(?:arrives?|arrived|come|comes|show\s+up|shows\s+up|turn\s+up|turns\s+up|get\s+here|gets\s+here|"
         r"make\s+it|here|delivered|reach\s+me)")
_IF_NOT_COME = any_of(
    rf"(?:if|in\s+case|what\s+if|and\s+if)\s+{_PARCEL}\s+(?:still\s+)?{_NOT}\s+(?:\w+\s+)?{_COME}",
    rf"(?:if|in\s+case)\s+{_PARCEL}\s+(?:gets|is)\s+(?:lost|delayed|late|stuck)",
    r"(?:if|in\s+case)\s+(?:it'?s|they'?re|it\s+is|they\s+are)\s+(?:still\s+)?not\s+(?:here|delivered|arrived)",
)
# Tracking that already says delivered is another question (delivered_missing.py, problem_reports.py).
_DELIVERED = any_of(r"(?:says?|shows?|marked|status|tracking)\b[^.!?]{0,40}\bdelivered")


def asks_what_if_it_does_not_come(text: str) -> bool:
    """A question of what happens, or what to do, if the order does not come; no problem reported."""
    folded = fold(text or "")
    return (bool(_IF_NOT_COME.search(folded)) and not _DELIVERED.search(folded)
            and not reported_problems(text))


def read_what_if_late(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with shipping information's, the situations' and the out-of-scope reading's mass on the
    delay reading, for a question of what happens if the order does not come."""
    return moved_when(probs, text, asks_what_if_it_does_not_come, READ_AS_LATE, SHIPPING_DELAY)
