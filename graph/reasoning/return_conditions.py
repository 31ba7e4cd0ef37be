"""Whether goods can be returned under a condition is the return policy's question, not a return to start.

"Can I return a swimsuit if the hygiene sticker is still on?", "can I send it back if I've lost the receipt?", "could
I return the boots without the box?": the customer asks whether the rule lets them, before asking for anything. The
intent model read some of these as a return request, and the reply looked for a swimsuit among the customer's orders
("None of the orders on your account contains “swimsuit”") instead of saying what the policy says of swimwear. So
when a return is asked about under a condition ("if", "without", "even though", "after 30 days", "after wearing
it"), the mass of the return request goes to the return policy. "Can I return the boots?" (no condition), "I want to
return the boots if possible" (a request, softened) and "can I return it after it arrives?" (when it goes back, no
condition on the goods) keep their reading. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

RETURN_POLICY = "return_policy"
REQUEST_READINGS = ("return_request",)

_CAN_I = (r"(?:can|could|may|am\s+i\s+able\s+to|is\s+it\s+possible\s+to|is\s+it\s+ok(?:ay)?\s+to|would\s+i\s+be\s+able\s+to)"
          r"(?:\s+(?:i|we))?(?:\s+still)?")
_SEND_BACK = r"(?:return|send\s+(?:\w+\s+){0,3}?back|exchange|swap)"
# (when it is sent back is no condition on the goods: "return the bookshelf after it arrives" plans a return; "after
# 30 days", "after wearing it" ask what the rule allows)
_CONDITION = (r"(?:(?:if|without|even\s+(?:if|though)|though|although)\s+\w+|with\s+(?:the\s+)?(?:tags?|label|box|"
              r"sticker)s?\s+(?:off|removed|missing)|(?:after|past)\s+(?:\d+|a|one|two|three|four|five|six|a\s+few|"
              r"several)\s+(?:days?|weeks?|months?)|after\s+(?:wearing|washing|using|trying|opening|removing|cutting))")
_ASKS_UNDER_A_CONDITION = any_of(
    # "can I return a swimsuit if the sticker is still on?", "could I send the boots back without the box"
    rf"{_CAN_I}\s+{_SEND_BACK}\s+(?:[\w'-]+\s+){{0,5}}?{_CONDITION}",
)
# "if possible", "if you can", "if that's ok": a request softened, not a condition on the goods
_SOFTENED = any_of(r"if\s+(?:possible|you\s+can|that'?s\s+(?:ok|okay|alright|possible)|so|not|needed|necessary)")


def asks_return_under_condition(text: str) -> bool:
    """The customer asks whether goods can be returned under a condition of theirs."""
    folded = fold(text or "")
    found = _ASKS_UNDER_A_CONDITION.search(folded)
    return bool(found) and not _SOFTENED.search(folded[found.start():])


def read_return_condition(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the return request's mass on the return policy, when a return is asked about under a
    condition."""
    return moved_when(probs, text, asks_return_under_condition, REQUEST_READINGS, RETURN_POLICY)
