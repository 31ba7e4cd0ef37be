"""Goods that do not fit are a return or an exchange, not damaged or wrong goods.

"The dress doesn't fit, what can I do?" was read as a damaged item (0.89: the history's damaged goods end on the
same "what can I do?") and handed to a person on the first message. A fit that is wrong is the customer's to send
back or swap for another size, tier 1 by policy: so when a message says its goods do not fit (too small, too
tight, doesn't fit) and tells of nothing broken, faulty or sent in error, the goods-problem readings' mass (and a
refund request's: money back for goods that don't fit is a return) goes to the exchange when it asks for another
size, else to the return. "You sent the wrong size" is an error of ours and
keeps its reading; "I ordered the wrong size" is the customer's. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_to
from graph.reasoning.text_norm import any_of, fold

GOODS_PROBLEMS = ("damaged_item", "wrong_item")
# "The jacket is too small, I want my money back": money back for goods that do not fit is had by returning them (the
# history's own tickets of the kind are returns), not a refund request handed to a person over the refund limit.
MONEY_BACK = "refund_request"
RETURN, EXCHANGE = "return_request", "exchange"
SIZING = "sizing"  # a size question, when another size of goods that do not fit is asked for

_DOES_NOT_FIT = any_of(
    r"(?:do|does|did)(?:n'?t|\s+not)\s+(?:really\s+|quite\s+|even\s+)?fit",
    r"(?:is|\w+'s|are|\w+'re|was|were|feels?|runs?|ran|came|come|comes|fits?|way|much|far|bit|slightly|little)\s+(?:\w+\s+)?too\s+"
    r"(?:small|big|large|tight|loose|short|long|narrow|wide|baggy|snug)",
    r"too\s+(?:small|big|large|tight|loose|short|long|narrow|wide|baggy|snug)\s+(?:for\s+me|on\s+me)",
    r"(?:i|we)\s+(?:ordered|picked|chose|got|bought|selected)\s+(?:the\s+|a\s+)?wrong\s+size",
    r"(?:not|isn'?t|aren'?t)\s+(?:the\s+)?right\s+size\s+for\s+me",
)
# Something broken, faulty or sent in error beside the fit: then it is that problem.
_OTHER_PROBLEM = any_of(
    r"damaged|broken|broke|torn|ripped|hole|holes|stain\w*|defect\w*|faulty|fault|missing|dirty|used|fake|counterfeit",
    r"(?:you|u|they|it)\s+(?:\w+\s+)?(?:sent|shipped|delivered|gave)|(?:sent|shipped|received|got)\s+(?:me\s+)?(?:the\s+|a\s+)?"
    r"(?:wrong|different)\s+(?:item|size|colou?r|one|product)|instead\s+of|not\s+what\s+i\s+ordered|labell?ed\s+(?:as\s+)?"
    r"(?:a\s+)?(?:size\s+)?\w+\s+but",
    r"shr[au]nk|faded|fell\s+apart|came\s+apart|seams?",
    # the packaging's size, not the goods' fit: "the box was too big for my letterbox"
    r"(?:box|boxes|parcel|package|packaging|envelope|bag|mailer)\s+(?:\w+\s+)?(?:is|was|were|are)\s+(?:\w+\s+)?too",
)
_ANOTHER_SIZE = any_of(
    r"(?:bigger|smaller|larger|longer|shorter|another|different|next|other)\s+(?:size|one)|size\s+(?:up|down)|"
    r"(?:swap|exchange|switch|change)\w*|in\s+(?:a\s+)?(?:size\s+)?(?:\d{1,2}|xs|s|m|l|xl|xxl|small|medium|large)|"
    r"(?:a|the)\s+size\s+(?:\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl)\b",
)


# "I'd like a half size up", "can I get the next size up?", "please send a smaller one": another size of goods that do
# not fit, asked for. Then a size reading is the exchange's too ("the boots don't fit, I'd like a half size up" got
# the boots' size chart). Advice before buying ("the M is usually too tight, should I size up?") asks for nothing.
_ASKS_FOR_IT = any_of(
    r"(?:i'?d|i\s+would)\s+(?:like|love|prefer)|i\s+(?:want|need)|(?:can|could|may)\s+(?:i|we|you)\s+(?:please\s+)?"
    r"(?:get|have|send|swap|exchange|switch|change)|(?:please|pls|plz)\s+(?:send|swap|exchange|change)",
)
_WHAT_TO_DO = any_of(r"what\s+(?:can|should|do)\s+(?:i|we)\s+do", r"what\s+(?:are\s+)?(?:my|the|our)\s+options",
                     r"what\s+now", r"what\s+(?:can|could)\s+(?:you|u)\s+do")
_ADVICE = any_of(r"should\s+i|would\s+you\s+(?:recommend|suggest)|usually|normally|typically|always|between\s+sizes")


def asks_for_another_size(text: str) -> bool:
    """The message asks for goods that do not fit in another size (not advice on which size to buy)."""
    return tells_goods_do_not_fit(text) and _asks_for_it(fold(text or ""))


def _asks_for_it(folded: str) -> bool:
    """Another size asked for, not advice sought (folded text; the fit is checked by the caller)."""
    return bool(_ANOTHER_SIZE.search(folded) and _ASKS_FOR_IT.search(folded)) and not _ADVICE.search(folded)


def tells_goods_do_not_fit(text: str) -> bool:
    """The message says its goods do not fit, and tells of nothing broken, faulty or sent in error."""
    folded = fold(text or "")
    return bool(_DOES_NOT_FIT.search(folded)) and not _OTHER_PROBLEM.search(folded)


def read_fit_problem(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the goods-problem readings' mass on the exchange (another size asked for) or the
    return, when the message says its goods do not fit; the size reading's too when it asks for another size."""
    # the words are read only when a reading they could move has mass (readers run on every message), and once
    if not any(probs.get(intent) for intent in (*GOODS_PROBLEMS, MONEY_BACK, SIZING)) or not tells_goods_do_not_fit(text):
        return probs
    folded = fold(text or "")
    # "my bike shorts are too tight, what can I do?" asks what becomes of goods that do not fit (it got their size
    # chart), as another size asked for does
    sized = _asks_for_it(folded) or bool(_WHAT_TO_DO.search(folded) and not _ADVICE.search(folded))
    moved = (*GOODS_PROBLEMS, MONEY_BACK, *((SIZING,) if sized else ()))
    if not any(probs.get(intent) for intent in moved):
        return probs
    return moved_to(probs, moved, EXCHANGE if _ANOTHER_SIZE.search(folded) else RETURN)
