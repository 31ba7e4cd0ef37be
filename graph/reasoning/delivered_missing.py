"""A delivered order the customer says they do not have, told without the delivery status: a parcel delivered but not
received, all the same.

"where is my order?" got "I don't see an order of yours on its way right now: the last one delivered, NB108995,
arrived on November 29. Which order is your message about? ... If it's that one and it never reached you, tell me and
I'll pass it to a teammate". "it's that one, I can't find it anywhere" then got the delivered status again and "check
any safe place and with your neighbours": the promise was not kept. The message names no delivery status, so the
report reader (problem_reports.py), which needs one ("says delivered but never came"), found nothing; the order's own
record says it. So when the order a turn is about shows delivered and the message says the customer has not got it or
cannot find it, that is the tier-2 report of a parcel delivered but not received. Text is folded first.

Not of an order delivered weeks ago that the customer did not name: "my package hasn't arrived" from someone whose
last order came a month ago is most likely about another parcel, and the reply asks which (drafting.py); handing it
over as that old order's loss contradicted the question.
"""

from __future__ import annotations

from core import clock
from graph.reasoning.text_norm import any_of, fold
from tools.oms.order_choice import day_of, delivered_on

STALE_DELIVERY_DAYS = 7  # a status question after this many days is probably about another parcel

# Not with the customer, said of the parcel ("I never got it", "that one never arrived", "it's not here", "I can't find it
# anywhere"): not of an email, a code or a number ("I didn't get a shipping email", "never got a code", "I can't find my
# order number").
_PARCEL = r"(?:it|them|(?:the|my|our|that)\s+(?:package|parcel|order|box|delivery|stuff|items?|one))"
_SAYS_MISSING = any_of(
    rf"(?:i|we)\s+(?:have\s+|still\s+)?(?:never|not|haven'?t|didn'?t|did\s+not|have\s+not)\s+(?:got|get|gotten|received?)\s+"
    rf"{_PARCEL}(?!\s+(?:number|confirmation|e-?mail|receipt|code|notification|update))",
    rf"(?:{_PARCEL}|they|that\s+one)\s+(?:has\s+|have\s+|had\s+|did\s+)?(?:never|not|hasn'?t|haven'?t|didn'?t|still\s+hasn'?t)\s+"
    r"(?:arrived?|come|came|shown\s+up|turned\s+up|reached\s+(?:me|us))",
    r"(?:can'?t|cannot|couldn'?t|could\s+not|unable\s+to)\s+find\s+(?:it|them|(?:the|my)\s+(?:package|parcel|box|order|"
    r"delivery|stuff|items?)(?!\s+(?:number|confirmation|e-?mail|receipt|details|page)))",
    r"(?:it'?s|it\s+is|they'?re|they\s+are)\s+(?:not|nowhere)\s+(?:here|there|anywhere|to\s+be\s+(?:found|seen))",
    r"nothing\s+(?:here|came|arrived)|no\s+(?:package|parcel|box)\b|stolen|never\s+(?:reached|got\s+to)\s+(?:me|us)",
    # the word order of another language's gloss (glossary.english_reading): "i not have still not received my parcel",
    # "my order is not still arrived"
    rf"(?:not|never)\s+(?:\w+\s+){{0,2}}?(?:received?|got|gotten)\s+{_PARCEL}"
    r"(?!\s+(?:number|confirmation|e-?mail|receipt|code|notification|update))",
    rf"{_PARCEL}\s+(?:is\s+|has\s+)?(?:not|never)\s+(?:has\s+|is\s+|still\s+|yet\s+)*(?:received|arrived)",
)
# ...and not looked for yet ("I haven't checked the mailbox yet", away_at_delivery.py reads those)
_NOT_LOOKED_YET = any_of(r"(?:haven'?t|have\s+not)\s+(?:checked|looked|been\s+home)|not\s+(?:home|back)\s+yet")


def shows_delivered(order: dict) -> bool:
    """The order's record says it was delivered: its status, or every shipment's delivery date."""
    shipments = order.get("shipments") or []
    return order.get("status") == "delivered" or bool(shipments) and all(s.get("delivered_at") for s in shipments)


def days_since(value) -> int:
    """Whole days from an ISO date or timestamp to today (0 when it is not one)."""
    day = day_of(value)
    return (clock.today() - day).days if day else 0


def delivered_long_ago(order: dict) -> bool:
    """Every parcel of the order was delivered, the last more than STALE_DELIVERY_DAYS ago."""
    shipments = order.get("shipments") or []
    last = delivered_on(order)
    return (last is not None and all(s.get("delivered_at") for s in shipments)
            and (clock.today() - last).days > STALE_DELIVERY_DAYS)


def says_delivered_order_missing(text: str, orders: list[dict], named: bool = True) -> bool:
    """The turn's order (the first one looked up) shows delivered, and the message says the customer does not have it;
    an order the customer did not name (`named`) only when it was delivered lately."""
    folded = fold(text or "")
    return (bool(orders) and shows_delivered(orders[0]) and (named or not delivered_long_ago(orders[0]))
            and bool(_SAYS_MISSING.search(folded)) and not _NOT_LOOKED_YET.search(folded))
