"""Goods asked for in another colour or size *instead* are an exchange of goods had, not a product question.

"The slim jean, I want it in black instead", "can I have it in a medium instead?": the words of a colour or a size,
so the intent model read a question about the range (0.72-0.84) and the reply quoted the out-of-stock article. "In
black instead" replaces something the customer has; the history's own exchanges say it so ("I'd love the sandal in
black instead"). So when a message asks for goods in another colour or size instead, or would rather have them so,
the range and size readings' mass goes to the exchange. "Do you have it in black?" asks the range and keeps its
reading; "you sent black instead of navy" is goods sent in error. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold

EXCHANGE = "exchange"
RANGE_READINGS = ("product_info", "sizing")

_COLOUR = (r"black|white|navy|blue|red|green|gr[ae]y|brown|beige|tan|pink|yellow|orange|purple|cream|olive|khaki|"
           r"burgundy|rust|charcoal|ivory|camel|forest|slate|sand|stone|(?:light|dark|pale|navy)\s+\w+")
_SIZE = (r"(?:size\s+)?(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d{1,2}(?:\.5)?)|(?:a\s+)?(?:small|medium|large|extra\s+(?:small|large))|"
         r"(?:a\s+|one\s+)?(?:bigger|smaller|larger|bigger\s+size|smaller\s+size|size\s+(?:up|down)|different\s+size)")
_VARIANT = rf"(?:{_COLOUR}|{_SIZE})"
# "in black instead", "the blue one instead", "can I get a bigger size instead?", "I'd rather have it in a large"
_INSTEAD = any_of(
    rf"(?:in|as)\s+(?:a\s+|an\s+|the\s+)?{_VARIANT}(?:\s+one)?\s+instead",
    rf"(?:the\s+|a\s+)?{_VARIANT}\s+(?:one|ones|pair|version)\s+instead",
    rf"(?:want|need|get|have|take|like|love|prefer)\s+(?:a\s+|an\s+|the\s+)?{_VARIANT}\s+instead",
    rf"(?:rather|prefer)\s+(?:have\s+|get\s+)?(?:it|them|one|the\s+\w+(?:\s+\w+)?)\s+in\s+(?:a\s+|an\s+)?{_VARIANT}",
)
# the customer's own choice, changed: "I ordered the medium but I want the large instead", "I ordered a 30 but want a
# 32 now" (read 0.84 as a wrong item: no error of ours, and a person for it)
_CHANGED_MIND = any_of(
    rf"(?:i|we)\s+(?:ordered|bought|picked|chose|got|went\s+with)\s+(?:\w+\s+){{0,4}}?(?:but|and)\s+(?:now\s+)?"
    rf"(?:i|we)?\s*(?:'d\s+|would\s+|really\s+)?(?:want|need|prefer|like|rather\s+have)\s+(?:\w+\s+){{0,2}}?{_VARIANT}",
)
GOODS_PROBLEMS = ("wrong_item", "damaged_item")
# goods sent in error: "you sent black instead of navy", "got a medium instead of a large"
_SENT_IN_ERROR = any_of(r"instead\s+of", r"(?:you|they)\s+(?:\w+\s+)?sent", r"wrong\s+(?:colou?r|size|item)")


def asks_other_variant_instead(text: str) -> bool:
    """The message asks for its goods in another colour or size instead, and tells of none sent in error."""
    folded = fold(text or "")
    return bool(_INSTEAD.search(folded)) and not _SENT_IN_ERROR.search(folded)


def changed_their_mind(text: str) -> bool:
    """The customer says they chose one size or colour and now want another, and tells of none sent in error."""
    folded = fold(text or "")
    return bool(_CHANGED_MIND.search(folded)) and not _SENT_IN_ERROR.search(folded)


def read_other_variant(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the range and size readings' mass on the exchange, when the message asks for its goods in
    another colour or size instead; the goods-problem readings' too when the customer changed their own mind."""
    if any(probs.get(intent) for intent in GOODS_PROBLEMS) and changed_their_mind(text):
        return moved_to(probs, (*RANGE_READINGS, *GOODS_PROBLEMS), EXCHANGE)
    if not any(probs.get(intent) for intent in RANGE_READINGS) or not asks_other_variant_instead(text):
        return probs
    return moved_to(probs, RANGE_READINGS, EXCHANGE)
