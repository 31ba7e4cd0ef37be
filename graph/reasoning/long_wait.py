"""How long the goods took, said as a grievance: "wow 3 weeks for a t-shirt, amazing service 🙄", "2 weeks for a pair of
socks??".

The intent model reads the goods' words and the sarcasm ("a t-shirt": sizing, product questions; "amazing service": a
damaged item, a complaint) and the message went to a person unsure, although what the customer needs first is where
the order is and when it comes (the status reply, which apologises for a frustrated message and says what happens if
it is late). So a message that says it took, or is taking, days, weeks or months for goods reads as a late order:
every tier-1 reading's mass and the goods problems' (goods not yet come are neither damaged nor wrong) go to the delay
reading; a complaint's stays, for a person to see if the rest is unsure. Not when what was waited for is a refund, a
reply or another thing that is not goods, nor when the message reports a problem (problem_reports.py). Text is folded
first (text_norm.fold).
"""

from __future__ import annotations

from graph.intents import tier_of
from graph.reasoning.problem_reports import reported_problems
from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold

SHIPPING_DELAY = "shipping_delay"
GOODS_NOT_COME = ("damaged_item", "wrong_item", "lost_package")

_SPAN = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few)\s+(?:days?|weeks?|months?)"
# What was waited for, when it is no goods: then it is another question (a refund's, a reply's).
_NOT_GOODS = (r"(?:refunds?|reply|replies|response|answer|emails?|call\s*back|calls?|labels?|codes?|money|credit|"
              r"exchange|return|confirmation|update|tracking|password|decision|review)\b")
# The span opens the message (after a word like "wow") or follows a word of waiting: "I wore it 3 days for a wedding"
# is no wait.
_LEAD = (r"(?:^\W*(?:(?:wow|so|um+|erm|lol|omg|ok|okay|great|brilliant|amazing|seriously|literally|honestly|nearly|almost|"
         r"over)\W+)*|(?:waited|waiting|been|took|takes|taking|wait|over|almost|nearly|literally)\s+(?:\w+\s+)?)")
_WAITED = any_of(
    rf"{_LEAD}{_SPAN}\s+(?:now\s+|already\s+|just\s+)?(?:for|to\s+(?:get|receive|deliver|ship|send|arrive))\s+"
    rf"(?:a|an|my|one|the|some|two|2)\s+(?:pair\s+of\s+|couple\s+of\s+)?(?!{_NOT_GOODS})\w+",
)


def says_goods_took_long(text: str) -> bool:
    """The message says it took (or is taking) days, weeks or months for goods, and reports no problem."""
    folded = fold(text or "")
    return bool(_WAITED.search(folded)) and not reported_problems(text)


def read_long_wait(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with every tier-1 reading's mass and the goods problems' on the delay reading, when the
    message says the goods took long."""
    if probs.get(SHIPPING_DELAY, 0.0) >= 0.9 or not says_goods_took_long(text):
        return probs
    moved_from = [intent for intent in probs
                  if intent != SHIPPING_DELAY and (tier_of(intent) == 1 or intent in GOODS_NOT_COME)]
    return moved_to(probs, moved_from, SHIPPING_DELAY)
