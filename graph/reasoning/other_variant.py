"""Goods asked for in another colour or size *instead* are an exchange of goods had, not a product question.

"The slim jean, I want it in black instead", "can I have it in a medium instead?": the words of a colour or a size,
so the intent model read a question about the range (0.72-0.84) and the reply quoted the out-of-stock article. "In
black instead" replaces something the customer has; the history's own exchanges say it so ("I'd love the sandal in
black instead"). So when a message asks for goods in another colour or size instead, or would rather have them so,
the range and size readings' mass goes to the exchange. "Do you have it in black?" asks the range and keeps its
reading; "you sent black instead of navy" is goods sent in error. "I ordered the wrong size" is the customer's own
slip: a return (or an exchange, when asked), not goods sent in error. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold

EXCHANGE = "exchange"
RANGE_READINGS = ("product_info", "sizing")

_COLOUR = (r"black|white|navy|blue|red|green|gr[ae]y|brown|beige|tan|pink|yellow|orange|purple|cream|olive|khaki|"
           r"burgundy|rust|charcoal|ivory|camel|forest|slate|sand|stone|(?:light|dark|pale|navy)\s+\w+|"
           r"(?:a\s+)?(?:different|another|other)\s+colou?r")
_SIZE = (r"(?:size\s+)?(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d{1,2}(?:\.5)?)|(?:a\s+)?(?:small|medium|large|extra\s+(?:small|large))|"
         r"(?:a\s+|one\s+)?(?:bigger|smaller|larger|bigger\s+size|smaller\s+size|size\s+(?:up|down)|different\s+size)")
VARIANT = rf"(?:{_COLOUR}|{_SIZE})"
# "in black instead", "the blue one instead", "can I get a bigger size instead?", "I'd rather have it in a large"
_INSTEAD = any_of(
    rf"(?:in|as)\s+(?:a\s+|an\s+|the\s+)?{VARIANT}(?:\s+one)?\s+instead",
    rf"(?:the\s+|a\s+)?{VARIANT}\s+(?:one|ones|pair|version)\s+instead",
    rf"(?:want|need|get|have|take|like|love|prefer)\s+(?:a\s+|an\s+|the\s+)?{VARIANT}\s+instead",
    rf"(?:rather|prefer)\s+(?:have\s+|get\s+)?(?:it|them|one|the\s+\w+(?:\s+\w+)?)\s+in\s+(?:a\s+|an\s+)?{VARIANT}",
)
# the customer's own choice, changed: "I ordered the medium but I want the large instead", "I ordered a 30 but want a
# 32 now" (read 0.84 as a wrong item: no error of ours, and a person for it)
_CHANGED_MIND = any_of(
    rf"(?:i|we)\s+(?:ordered|bought|picked|chose|got|went\s+with)\s+(?:\w+\s+){{0,4}}?(?:but|and)\s+(?:now\s+)?"
    rf"(?:i|we)?\s*(?:'d\s+|would\s+|really\s+)?(?:want|need|prefer|like|rather\s+have)\s+(?:\w+\s+){{0,2}}?{VARIANT}",
)
GOODS_PROBLEMS = ("wrong_item", "damaged_item")
# goods sent in error: "you sent black instead of navy", "got a medium instead of a large"
_SENT_IN_ERROR = any_of(r"instead\s+of", r"(?:you|they)\s+(?:\w+\s+)?sent", r"wrong\s+(?:colou?r|size|item)")
# ...but not the money turned down: "can I get a bigger size instead of a refund?" (read 0.6 as a refund wanted)
_NOT_THE_MONEY = any_of(r"(?:instead\s+of|rather\s+than)\s+(?:getting\s+|having\s+)?(?:a\s+|the\s+|my\s+)?"
                        r"(?:refund|money\s+back|store\s+credit|credit)")
REFUND_READINGS = ("refund_request", "return_request")


RETURN = "return_request"
# the customer's own slip when ordering: "I ordered the wrong size", "my mistake, I picked the wrong colour", "bought the
# wrong one by accident" (read as a wrong item: a person for an error of ours that was none). "I got / received the
# wrong size" tells of goods sent, and keeps that reading.
_OWN_SLIP = any_of(
    r"(?:(?:i|we)\s+(?:\w+\s+)?|^\W*(?:@\w+\W+)*)(?:ordered|bought|picked|chose|selected|clicked(?:\s+on)?|purchased|added)\s+"
    r"(?:the\s+|a\s+)?"
    r"wrong\s+(?:size|colou?r|one|item|model|style|fit|length|pair|thing|product|width)",
    r"(?:ordered|bought|picked|chose|selected|purchased)\s+(?:\w+\s+){0,4}?(?:by\s+mistake|by\s+accident|in\s+error)",
    r"(?:my|our)\s+(?:own\s+)?(?:mistake|bad|fault|error)\W+(?:\w+\W+){0,4}?(?:ordered|bought|picked|chose|selected)\s+"
    r"(?:\w+\s+){0,2}?wrong",
)
_SENT = any_of(r"(?:you|they|u)\s+(?:\w+\s+)?(?:sent|shipped|delivered|gave)", r"(?:was|were)\s+sent", r"instead\s+of",
               r"(?:received|got|came|arrived)\s+(?:\w+\s+){0,2}?wrong", r"damaged|broken|faulty|defective|torn|ripped")
_SWAP = any_of(r"exchange\w*|swap\w*|switch\w*|replace\w*|instead|another\s+size|different\s+(?:size|colou?r)|"
               r"(?:bigger|smaller|larger)\s+(?:one|size)|size\s+(?:up|down)")


def own_ordering_slip(text: str) -> bool:
    """The customer says they ordered the wrong goods themselves, and tells of none sent in error or damaged."""
    folded = fold(text or "")
    return bool(_OWN_SLIP.search(folded)) and not _SENT.search(folded)


def asks_other_variant_instead(text: str) -> bool:
    """The message asks for its goods in another colour or size instead, and tells of none sent in error."""
    folded = fold(text or "")
    return bool(_INSTEAD.search(folded)) and not _SENT_IN_ERROR.search(_NOT_THE_MONEY.sub(" ", folded))


def turns_down_the_money(text: str) -> bool:
    """Another colour or size asked for instead of the money back: an exchange, not a refund."""
    return asks_other_variant_instead(text) and bool(_NOT_THE_MONEY.search(fold(text or "")))


def changed_their_mind(text: str) -> bool:
    """The customer says they chose one size or colour and now want another, and tells of none sent in error."""
    folded = fold(text or "")
    return bool(_CHANGED_MIND.search(folded)) and not _SENT_IN_ERROR.search(folded)


def read_other_variant(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the range and size readings' mass on the exchange, when the message asks for its goods in
    another colour or size instead; the goods-problem readings' too when the customer changed their own mind; the
    goods-problem readings' on a return (or the exchange asked for) when the customer ordered the wrong goods."""
    if any(probs.get(intent) for intent in GOODS_PROBLEMS) and changed_their_mind(text):
        return moved_to(probs, (*RANGE_READINGS, *GOODS_PROBLEMS), EXCHANGE)
    if any(probs.get(intent) for intent in GOODS_PROBLEMS) and own_ordering_slip(text):
        # no error of ours: the goods go back, or are swapped when the customer says so
        return moved_to(probs, GOODS_PROBLEMS, EXCHANGE if _SWAP.search(fold(text)) else RETURN)
    if any(probs.get(intent) for intent in REFUND_READINGS) and turns_down_the_money(text):
        return moved_to(probs, (*RANGE_READINGS, *REFUND_READINGS), EXCHANGE)
    if not any(probs.get(intent) for intent in RANGE_READINGS) or not asks_other_variant_instead(text):
        return probs
    return moved_to(probs, RANGE_READINGS, EXCHANGE)
