"""A question about what goods are made of or how to care for them is a product question, not a goods problem.

"Can the merino sweater go in the washing machine?" was read as a damaged item (0.39: the history's damaged goods
shrank or faded in the wash) and handed over; "are your tees 100% cotton?" leaned to sizing and fell below the
policy's confidence. The catalogue answers both from the product's own record (tools/oms/product_detail.py). So
when a message is one question (a question mark or a question word) about material or care in so many words, and
tells of no problem with goods it has (shrank, faded, torn, a hole...), the mass of the goods-problem readings, of
requests about goods it does not ask for, and of sizing when it names no size or fit, goes to the product reading.
Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.reasoning.readings import moved_to, moved_when
from graph.reasoning.text_norm import any_of, fold
from tools.oms.catalogue import goods_words
from tools.oms.product_detail import material_or_care, prevents_wear

PRODUCT_INFO = "product_info"
GOODS_PROBLEMS = ("damaged_item", "wrong_item")
# Requests about goods the customer has: a question whose words ask none (_REQUEST) is none of them. "Can I put the
# merino sweater in the washing machine?" kept 0.14 on an exchange and 0.05 on a cancellation, 0.63 in all.
GOODS_REQUESTS = ("exchange", "return_request", "cancel_order", "refund_request")
SIZING = "sizing"

_ASKS = re.compile(r"\?|^\W*(?:hi|hey|hello)?\W*(?:can|could|is|are|does|do|will|should|how|what|which)\b")
# What happened to goods the customer has: then it is their problem, not a question about the product.
_PROBLEM = any_of(
    r"shr[au]nk|faded|ruined|stained|bled|ran\s+(?:in|onto|into|all)|broke|broken|torn|ripped|holes?|pilled|pilling",
    r"damaged|defective|faulty|fell\s+apart|came\s+apart|discolou?red|peel(?:ed|ing)|wrong|missing",
    r"after\s+(?:one|1|two|2|a\s+few)\s+wash",
)
_SIZE_OR_FIT = any_of(r"sizes?|sizing|fit|fits|small|large|big|tight|loose|length|inseam|waist|chest")


# Only a message that is this one question: beside another sentence or an "and" / "also" it may be the second ask
# of a goods problem ("the colour ran onto everything in the wash. Tags still on."), whose reading must stay.
_ANOTHER_PART = re.compile(r"[.!?]\s+\S|\b(?:and|also|plus|but)\b|\s[-–+&]\s")
# A request about the goods ("how do I return the linen pant?") is no question about them, whatever its words.
_REQUEST = any_of(r"return\w*|refund\w*|exchang\w*|swap\w*|cancel\w*|send\s+(?:it|them)\s+back|sell\w*|modif\w*|"
                  r"switch\w*|upgrad\w*|replac\w*")


def _folded(text: str) -> str:
    return " ".join(fold(text).split())  # links and @handles out (fold), spaces collapsed


# How two goods differ, in so many words: "what's the difference between the slim and the straight jean?" read as
# sizing and got the slim jean's size chart; the catalogue compares them (tools/oms/comparison.py).
_COMPARES = any_of(r"differen(?:ce|ces)\s+between", r"vs\.?|versus", r"how\s+(?:do|does)\s+(?:\w+\s+){1,6}?differ",
                   r"compare\s+(?:the\s+)?\w+(?:\s+\w+){0,4}?\s+(?:and|with|to)")


_ANOTHER_SENTENCE = re.compile(r"[.!?]\s+\S")


def _asks_about(folded: str) -> bool:
    # "how do I stop the fleece from pilling?" tells no pilling that happened
    if (_PROBLEM.search(folded) and not prevents_wear(folded)) or _REQUEST.search(folded):
        return False
    if material_or_care(folded) and _ASKS.search(folded):
        return not _ANOTHER_PART.search(folded)
    return bool(_COMPARES.search(folded)) and not _ANOTHER_SENTENCE.search(folded)  # its "and" joins the two goods


def asks_about_the_goods(text: str) -> bool:
    """A message that is one question about material or care, with no problem told of goods the customer has."""
    return _asks_about(_folded(text))


def read_product_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the goods-problem and goods-request readings' mass (and sizing's, when no size or fit is
    named) on the product reading, when the message asks what goods are made of or how to care for them."""
    folded = _folded(text)
    if not _asks_about(folded):
        return probs
    sizing = () if _SIZE_OR_FIT.search(folded) else (SIZING,)
    moved_from = (*GOODS_PROBLEMS, *GOODS_REQUESTS, *sizing)
    return moved_to(probs, moved_from, PRODUCT_INFO)


# "Do you have the chelsea boot in size 10?", "is the henley available in XL?", "got this in a medium?": whether the
# goods are there in a size is a stock question (the catalogue's variants answer it), though its size words read as
# sizing and the reply was the size chart. How a size fits ("what size should I get?", "does it run small in a
# medium?") keeps its reading.
_HAS_IT = any_of(
    r"(?:do|does)\s+(?:you|u|ya|y'all|northbound)\s+(?:still\s+)?(?:have|has|got|carry|stock|sell|make|do)",
    r"(?:have|has)\s+(?:you|u)\s+got|^\W*got\s+(?:it|this|that|these|them|the|any|one)\b|is\s+there\s+(?:a|an|any)",
    r"(?:is|are)\s+(?:it|this|that|they|these|those|the\s+[\w\s'-]{1,40}?)\s+(?:still\s+)?(?:available|in\s+stock|"
    r"back\s+in\s+stock|sold\s+out|out\s+of\s+stock)",
    r"(?:come|comes|available|in\s+stock)\s+in\s+(?:a\s+|an\s+)?(?:size|xs|xxl|xl|small|medium|large|\d)",
)
_IN_A_SIZE = any_of(
    r"in\s+(?:a\s+|an\s+)?(?:size\s+|sz\s+|us\s+|uk\s+|eu\s+)?(?:\d{1,2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl|"
    r"small|medium|large|extra\s+large|petite|tall|one\s+size)",
)
_HOW_IT_FITS = any_of(r"fit|fits|fitting|run|runs|running\s+(?:small|large|big)|true\s+to\s+size|should\s+i|"
                      r"which\s+size|what\s+size|size\s+(?:up|down)|too\s+(?:small|big|tight|loose|long|short)")


def asks_for_goods_in_a_size(text: str) -> bool:
    """One question whether goods are there in a size, asking nothing of how that size fits."""
    folded = _folded(text)
    return bool(_ASKS.search(folded) and _HAS_IT.search(folded) and _IN_A_SIZE.search(folded)
                and not _HOW_IT_FITS.search(folded) and not _PROBLEM.search(folded)
                and not _REQUEST.search(folded) and not _ANOTHER_PART.search(folded))


def read_stock_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with sizing's mass on the product reading when the message asks whether goods are there
    in a size."""
    if not probs.get(SIZING) or not asks_for_goods_in_a_size(text):
        return probs
    return moved_to(probs, (SIZING,), PRODUCT_INFO)


# "Are your jeans made in the USA?", "where are your clothes made?", "is the parka manufactured in China?": where goods
# are made is asked of the store's goods, though a country name read 0.23 as not about the store at all (and the
# reading fell below the policy's confidence). The help center says it or not; either way it is a product question.
_WHERE_MADE = any_of(
    r"(?:made|manufactured|produced|sewn|assembled)\s+in\s+(?:the\s+)?[a-z]+",
    r"where\s+(?:are|is|do|does)\s+(?:\w+\s+){0,3}?(?:made|manufactured|produced|sourced|from)",
    r"country\s+of\s+origin|(?:ethically|sustainably|locally)\s+(?:made|produced|sourced)|sweatshops?|factor(?:y|ies)",
)
_STORE_GOODS = any_of(r"your|ur|northbound|the\s+\w+")


def asks_where_goods_are_made(text: str) -> bool:
    """One question of where (or how) the store's goods are made."""
    folded = _folded(text)
    return bool(_ASKS.search(folded) and _WHERE_MADE.search(folded) and _STORE_GOODS.search(folded)
                and not _PROBLEM.search(folded) and not _REQUEST.search(folded) and not _ANOTHER_PART.search(folded))


def read_where_made(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the not-about-us reading's mass on the product reading when the message asks where the
    store's goods are made."""
    if not probs.get("out_of_scope") or not asks_where_goods_are_made(text):
        return probs
    return moved_to(probs, ("out_of_scope", "shipping_info"), PRODUCT_INFO)


# "Do you sell phones?", "do you guys carry furniture?": whether the store has goods of a kind is the catalogue's to
# answer ("I couldn't find any phones in our catalogue, so it isn't something we sell"), though goods no apparel shop
# has read as not about the store at all (0.53, and a person). One short question, of goods named after the verb.
_SELLS = any_of(r"^\W*(?:hi|hey|hello)?\W*(?:do|does)\s+(?:you|u|ya|y'all|northbound)\s+(?:guys\s+)?(?:still\s+|also\s+|"
                r"even\s+)?(?:sell|carry|stock)\s+(?:any\s+)?(?!(?:my|our|me|us|personal)\b)[a-z][\w\s'-]{1,40}\?*\W*$")


def asks_whether_goods_are_sold(text: str) -> bool:
    """One question whether the store sells goods of a kind, and nothing else."""
    folded = _folded(text)
    return bool(_SELLS.search(folded)) and not _PROBLEM.search(folded) and not _ANOTHER_PART.search(folded)


def read_sell_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the not-about-us reading's mass on the product reading when the message asks whether the
    store sells goods of a kind."""
    return moved_when(probs, text, asks_whether_goods_are_sold, ("out_of_scope",), PRODUCT_INFO)


# Goods asked to be recommended: "i'm looking for a dress for a wedding, what do you recommend?" read as sizing (0.54)
# and went to a person unsure. The catalogue lists the goods of that kind; a size or fit named keeps sizing's reading
# ("what size would you recommend?"), and a recommendation with no goods named ("what do you recommend?") or for a gift
# is left alone.
# ("which should I get?" is most often a size weighed, "I'm between a M and L": sizing's; and a recommendation read as
# chatter, "recommend me a good movie", is not the catalogue's.)
_RECOMMENDS = any_of(r"recommend\w*|suggest\w*|what\s+would\s+you\s+(?:pick|choose|get|go\s+for)")
RECOMMENDATION_MISREAD_AS = (SIZING, *GOODS_PROBLEMS)
_GIFT = any_of(r"gifts?|presents?")


def asks_for_goods_recommended(text: str) -> bool:
    """The message asks which goods of a kind it names to buy, naming no size or fit and no problem or request."""
    folded = _folded(text)
    return bool(_RECOMMENDS.search(folded) and goods_words(_RECOMMENDS.sub(" ", folded))
                and not _SIZE_OR_FIT.search(folded) and not _PROBLEM.search(folded) and not _REQUEST.search(folded)
                and not _GIFT.search(folded))


def read_recommendation(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with sizing's and the goods problems' mass on the product reading, when the message asks for
    goods to be recommended."""
    return moved_when(probs, text, asks_for_goods_recommended, RECOMMENDATION_MISREAD_AS, PRODUCT_INFO)
