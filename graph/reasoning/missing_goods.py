"""Goods that came short of the order are a missing item, whatever else the words share.

"Ordered a phone case and a charger, got the case but not the charger" read as a disputed payment (0.64: "charger"),
"my grocery delivery came without the milk" as a late order (0.59), each a person's but for the wrong reason, or an
answer about something else: the history's missing items name its own goods ("the belt wasn't in the box"), so
another store's goods missing read as whatever their words are nearest. A parcel that arrived without something
ordered is a missing item (`wrong_item`: "received the wrong item or missing item"), a person's to reship or refund.

So when a sentence says the goods came without something ("got X but not Y", "came without Y", "Y was missing from
the box", "no Y in the parcel"), the report counts as tier 2 (problem_reports.py) and the readings of other intents
move to the missing item. Not for things that are no goods ("got a confirmation but no tracking number", "came
without a receipt"), and not for an order still arriving in parts ("got the shirt but not the jeans yet", "the rest
is coming separately": partial_shipment.py answers those). Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold, sentences

WRONG_ITEM = "wrong_item"
# The readings a missing item was taken for, besides the goods problems themselves: not a late order, a price question
# or a disputed charge (a change of address is not among them).
MISREAD_AS = ("order_status", "shipping_delay", "shipping_info", "product_info", "sizing", "payment_dispute",
              "payment_methods", "refund_request", "refund_status", "return_request", "return_policy", "exchange",
              "cancel_order", "out_of_scope", "complaint", "account_help", "promo_code", "lost_package")

_THE = r"(?:(?:the|my|a|an|any|some|their|its)\s+)?"
_CAME = r"(?:came|arrived|turned\s+up|showed\s+up|got\s+delivered|was\s+delivered|were\s+delivered|delivered)"
_HOLDER = r"(?:box|parcel|package|bag|delivery|order|shipment|shopping)"
_MISSING = any_of(
    # "got the case but not the charger", "received the jeans but no belt"
    # ...or "the box had the tee in it but no socks"
    rf"(?:got|received|recieved|have|{_HOLDER}\s+had|it\s+had)\s+{_THE}(?P<had>\w+(?:\s+\w+)?)\s*(?:in\s+(?:it|there)\s*)?,?"
    rf"\s+but\s+(?:not|no)\s+{_THE}(?P<lacks>\w+)",
    # "my delivery came without the milk"
    rf"{_CAME}\s+(?:\w+\s+){{0,2}}?without\s+{_THE}(?P<without>\w+)",
    # "the bulb was missing", "the belt is missing from the box"
    r"(?P<subject>\w+)\s+(?:was|were|is|are)\s+missing\b",
    # "no belt in the box", "no milk in my shopping"
    rf"\bno\s+(?P<none>\w+)\s+(?:in|inside)\s+{_THE}{_HOLDER}\b",
    # "the charger isn't in there", "the belt wasn't included", "the strap was not in the box"
    rf"(?P<absent>\w+)\s+(?:isn'?t|wasn'?t|is\s+not|was\s+not|aren'?t|weren'?t|are\s+not|were\s+not)\s+(?:even\s+)?"
    rf"(?:in\s+there|in\s+it|inside|included|in\s+{_THE}{_HOLDER}\b)",
)
# What is no goods: notes, money, paperwork and the parcel itself.
_NOT_GOODS = frozenset((  # noqa: SIM905 (one readable run of words)
    "email e-mail mail confirmation notification text message call refund update tracking number reply response "
    "receipt invoice label code link money charge credit points discount voucher answer info information details "
    "way idea problem issue help box packaging bag wrapping tags tag slip note paperwork order parcel package "
    "delivery shipment it them they one anything nothing signature payment card address shipping dispatch charged "
    "billed paid told something everything").split())
# An order arriving in parts, still to come: partial_shipment.py's.
_STILL_TO_COME = any_of(r"yet", r"still", r"waiting", r"separate(?:ly)?", r"another\s+(?:parcel|package|box|shipment)",
                        r"rest\s+of", r"second\s+(?:parcel|package|box|shipment)", r"on\s+(?:its|their)\s+way",
                        r"coming")
# Asked before it happens: "what if an item is missing?" is the policy's question (policy_questions.py).
_HYPOTHETICAL = any_of(r"what\s+if", r"if", r"in\s+case", r"what\s+happens")


def _names_goods(word: str | None) -> bool:
    return bool(word) and word.split()[-1] not in _NOT_GOODS


def reports_missing_goods(text: str) -> bool:
    """A sentence of the message says the goods came without something ordered, and not that the rest is to come."""
    for sentence in sentences(fold(text or "")) or []:
        if _STILL_TO_COME.search(sentence) or (_HYPOTHETICAL.search(sentence) and "?" in sentence):
            continue
        for found in _MISSING.finditer(sentence):
            said = {name: word for name, word in found.groupdict().items() if word}
            if "lacks" in said and not (_names_goods(said["lacks"]) and _names_goods(said.get("had"))):
                continue
            if all(_names_goods(word) for name, word in said.items() if name != "had"):
                return True
    return False


def read_missing_goods(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the other readings' mass on the missing item, when the message says goods came short."""
    return moved_when(probs, text, reports_missing_goods, MISREAD_AS, WRONG_ITEM)

