"""A question about a discount code is not about an order: "is there a code for first orders?".

The intent model weighs "orders" and read such a question as where an order is, and the reply listed the customer's
orders. A message that asks whether there is (or how to get) a discount, promo, coupon or voucher code is the
promotions' question, unless the code is a tracking, order, post or gift-card code, or the message reports one
that does not work at checkout (the promo reading has that already). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

import re

from graph.intents import tier_of
from graph.reasoning.readings import moved_to, moved_when
from graph.reasoning.text_norm import any_of, fold

# A code the shop gives off its prices, by any of its names ("a code for first orders", "any discount?").
_A_DISCOUNT = any_of(
    r"(?:discount|promo|promotion(?:al)?|coupon|voucher|referral|student|welcome|first[- ]order|newsletter)\s+codes?",
    r"codes?\s+(?:for|off)\s+(?:\w+\s+){0,2}(?:orders?|purchases?|customers?|students?|signing\s+up|newsletter)",
    r"(?:discounts?|coupons?|vouchers?|promos?|deals?|sales?)\s+(?:for|on)\s+(?:(?:my|a|the|your)\s+)?(?:first|new|"
    r"next|students?|signing\s+up)",
    # a sale or an event's deals: "any black friday deals still going?", "do you have any sales on right now?"
    r"(?:black\s+friday|cyber\s+monday|boxing\s+day|holiday|christmas|easter|summer|winter|spring|seasonal|"
    r"end[- ]of[- ]season|clearance)\s+(?:deals?|sales?|offers?|discounts?|promos?|promotions?)",
    r"(?:deals?|sales?|offers?|promotions?|discounts?)\s+(?:on\b(?!\s+(?:my|the|this|that|an?|your)\b)|going|running|"
    r"at\s+the\s+moment|right\s+now|currently|still|this\s+week|today|coming\s+up)|(?:next|upcoming)\s+(?:sale|promotion)",
    r"(?:student|military|nhs|senior|teacher|loyalty)\s+discounts?",
    # "is anything on sale right now?" got the seasonal codes of the code-trouble article, long expired
    r"(?:anything|something|what'?s|what\s+is|what\s+do\s+you\s+have)\s+on\s+sale",
    r"(?:codigo|cupon)\s+de\s+descuento|code\s+(?:promo|de\s+reduction)|rabatt-?code|gutschein-?code|"
    r"codigo\s+(?:promocional|de\s+desconto)|codice\s+(?:sconto|promozionale)",
)
# Asked: whether there is one, or how to get one.
_ASKS = any_of(
    r"is\s+there|are\s+there|do\s+you\s+(?:have|do|offer|give|send)|any|is\s+anything|what'?s\s+on|"
    r"what\s+(?:is|do\s+you\s+have)\s+on|(?:have\s+)?(?:you|u)\s+got|"
    # "(have you) got a code for a first order?", the question's opening left out
    r"^\W*got\s+an?(?=.*\?)|"
    # "whens the next sale?", "when is the next promotion": when one comes is asked too
    r"when'?s|when\s+(?:is|does|will)|"
    r"can\s+i\s+(?:get|have|use)|"
    r"how\s+(?:do|can)\s+i\s+get|where\s+(?:do|can)\s+i\s+(?:get|find)",
    r"hay|tienen|existe|y\s+a-t-il|avez-vous|gibt\s+es|habt\s+ihr|tem|existe|c'e|avete",
)
# The codes that are not a discount's, by their names.
_CODE_KINDS = r"tracking|order\s+(?:number|code|id)|post\s*code|zip|qr|gift\s*card|verification|security"
# Another kind of code, one that fails, or one the customer has ("I've got a promo code, when do they expire?").
_OTHER_CODE = any_of(_CODE_KINDS,
                     r"(?:doesn'?t|does\s+not|isn'?t|is\s+not|won'?t|not)\s+(?:work\w*|apply\w*|valid|accepted)|expir\w*|"
                     r"invalid|declined|rejected|(?:i'?ve|i\s+have|i)\s+got\s+an?\b|i\s+have\s+an?\b")
MISREAD_AS = ("order_status", "shipping_delay", "cancel_order", "change_address", "return_request", "refund_status",
              "out_of_scope", "product_info")


def asks_for_a_discount_code(text: str) -> bool:
    """The message asks whether there is a discount code, or how to get one, and is about no other code."""
    folded = fold(text or "")
    return bool(_A_DISCOUNT.search(folded) and _ASKS.search(folded) and not _OTHER_CODE.search(folded))


# How to use one the customer has: "how do i use my promo code", "where do I enter the discount code?" (it got the reasons a
# code fails, the troubleshooting article first in line, though the promo-codes article says where it goes).
_HOW_TO_USE = any_of(
    r"how\s+(?:do|can|should|would)\s+(?:i|we|you)\s+(?:use|apply|enter|redeem|add|put\s+in)\s+(?:my|a|the|this|that|an?|our)\s+"
    r"(?:promo|discount|coupon|voucher|welcome|student)?\s*codes?",
    r"where\s+(?:do|can|should)\s+(?:i|we)\s+(?:enter|put|apply|add|type|use)\s+(?:my|a|the|this|an?)\s+"
    r"(?:promo|discount|coupon|voucher)?\s*codes?",
)


def asks_how_to_use_a_code(text: str) -> bool:
    """The message asks how or where to use a discount code (not why one fails)."""
    folded = fold(text or "")
    return bool(_HOW_TO_USE.search(folded)) and not _OTHER_CODE.search(folded)


# A code of the customer's that fails, its kind unsaid: "my code isn't working", "the code says invalid" (read 0.6 as
# nothing of ours, and handed over). In a shop that is a discount code; a tracking, gift-card or sign-in code is named.
_A_CODE_FAILS = any_of(
    r"(?:my|the|this|that|your|ur|a|an)\s+(?:\w+\s+)?codes?\b[^.?!]{0,25}?(?:doesn'?t|does\s+not|isn'?t|is\s+not|won'?t|will\s+not|"
    r"didn'?t|did\s+not|not|never)\s+(?:\w+\s+)?(?:work\w*|apply\w*|valid|accepted|go(?:ing)?\s+through)",
    r"codes?\s+(?:is\s+|was\s+|says\s+|keeps\s+saying\s+|comes\s+up\s+(?:as\s+)?)?(?:invalid|expired|declined|rejected)",
)
_CODE_OF_ANOTHER_KIND = any_of(_CODE_KINDS, r"sign[\s-]?in|log[\s-]?in|password|one[\s-]?time|otp|2fa|authenticat\w*|"
                               r"access|bar\s*code|return\s+code|label")


# ...and is about nothing else: "want to return one ... Also my code NORTH15 didn't work" is the return's first (the
# demo split's ticket lost its return to the code's reading)
_ANOTHER_MATTER = any_of(r"return\w*|refund\w*|exchang\w*|swap\w*|cancel\w*|deliver\w*|arriv\w*|ship\w*|track\w*|"
                         r"parcels?|packages?|wrong|missing|damaged|broken|size|sizes|address")


def reports_a_discount_code_failing(text: str) -> bool:
    """The message says a code of the customer's does not work, names no other kind of code than a discount's, and
    raises no other matter."""
    folded = fold(text or "")
    return (bool(_A_CODE_FAILS.search(folded)) and not _CODE_OF_ANOTHER_KIND.search(folded)
            and not _ANOTHER_MATTER.search(folded))


def read_code_question(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with a question about getting a discount code, or whether there is a loyalty or referral
    programme, or a code that fails, read as the promotions' question."""
    if asks_about_a_programme(text):  # every reading of a customer's own matter, and a complaint's, was a misreading
        probs = moved_to(probs, [i for i in probs if i != "promo_code" and (tier_of(i) == 1 or i == "complaint")],
                         "promo_code")
    probs = moved_when(probs, text, reports_a_discount_code_failing, MISREAD_AS, "promo_code")
    return moved_when(probs, text, asks_for_a_discount_code, MISREAD_AS, "promo_code")


# A programme of the shop's that gives something back: "do you have a referral program? refer a friend?" was read as a
# complaint (a person's) for "refer"; the promotions' reading says whether the help center has one.
_PROGRAMME = any_of(r"(?:loyalty|rewards?|referral|membership|vip|points)\s+(?:programs?|programmes?|schemes?|club)|"
                    r"refer[- ]a[- ]friend")
# ...asked whether there is one or how to join, never a complaint about one ("any reason my rewards club points vanished?")
_IS_THERE = any_of(r"(?:do|does)\s+(?:you|u|northbound)\s+(?:guys\s+)?(?:have|do|offer|run)|is\s+there|are\s+there|"
                   r"how\s+(?:do|can)\s+i\s+(?:join|sign\s+up|get)|can\s+i\s+(?:join|sign\s+up)")


def asks_about_a_programme(text: str) -> bool:
    """The message asks whether the shop has a loyalty, rewards or referral programme, or how to join one."""
    return programme_asked(text) is not None


def programme_asked(text: str) -> str | None:
    """The head word of the programme the message asks about ("referral", "vip", "refer"), or None."""
    folded = fold(text or "")
    found = _PROGRAMME.search(folded)
    if not found or not _IS_THERE.search(folded):
        return None
    return re.split(r"[\s-]", found.group(0))[0].rstrip("s")


# More than one code on an order: "can I use WELCOME10 and FREESHIP together?", "can I stack discount codes?", "use two
# promo codes at once". A code is said by its kind or written as codes are (capitals, maybe digits: "WELCOME10"), in a
# message not written in capitals throughout; "I have two codes. Is it expired?" asks nothing of using them together.
_CODE = r"(?:(?:discount|promo|promotion(?:al)?|coupon|voucher)\s+)?codes?|coupons?|vouchers?|[A-Z]{4,}\d{0,3}"
_COMBINED = re.compile(
    rf"\b(?:use|apply|enter|put|add|redeem)\s+(?:two|2|multiple|several|more\s+than\s+one|both)\s+(?:of\s+(?:the|my|your)\s+)?"
    rf"(?:{_CODE})\b|"
    rf"\b(?:combine|stack|stacking|combining)\b[^.?!]{{0,30}}\b(?:{_CODE})\b|"
    rf"\b(?:{_CODE})\b[^.?!]{{0,30}}\b(?:together|at\s+once|at\s+the\s+same\s+time|combined|stack(?:ed|able)?)\b",
)


COMBINED_CODES_QUESTION = "Can I combine two promo codes on one order?"  # asked in the help center's words
CURRENT_CODES_QUESTION = "What are the current codes?"


def asks_to_combine_codes(text: str) -> bool:
    """The message asks whether more than one discount code can go on an order (a gift card beside a code is the
    gift-card article's to answer)."""
    plain = " ".join((text or "").split())
    # shouted, most of its words in capitals: its capitals are no codes (counted by words: two long codes in a short
    # question are most of its letters, "Can I use WELCOME10 and FREESHIP together?")
    words = re.findall(r"[A-Za-z]{2,}\w*", plain)
    if words and sum(word.isupper() for word in words) > len(words) / 2:
        plain = plain.lower()
    lowered = re.sub(r"\b(?!(?:[A-Z]{4,}\d{0,3})\b)(\w+)", lambda m: m.group(1).lower(), plain)
    # a card is no code; a code that fails is the failure's question ("north15 isn't working, can i use two codes?")
    return (bool(_COMBINED.search(lowered)) and not re.search(r"\bgift\s*cards?\b", lowered)
            and not _OTHER_CODE.search(fold(plain)))


def codes_question(text: str) -> str | None:
    """A question about discount codes in the help center's own words, or None: whether codes go together, or which
    there are now ("any black friday deals still going?" read nearest the Final Sale rules by its word "sale")."""
    if asks_to_combine_codes(text):
        return COMBINED_CODES_QUESTION
    return CURRENT_CODES_QUESTION if asks_for_a_discount_code(text) else None
