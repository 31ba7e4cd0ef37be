"""An order that has shipped in part is a status question, not missing goods.

"Ordered 3 things but only got a shipping email for 2 of them?", "only part of my order has shipped, what about the
rest?": nothing has arrived short, so nothing is missing yet; the customer asks where the rest is. The intent model,
whose history has missing goods but no split shipments, read a missing item (tier 2, a person) at 0.6-0.9. The help
center answers it ("orders sometimes ship in more than one parcel: check your shipping emails for a second tracking
number") and the order's own shipments say which parcel holds what. So when a message says only part of an order
has shipped or has tracking, the mass of the goods-problem and lost readings goes to the status question. Goods that
arrived short ("only half my order turned up") keep their reading. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import moved_when
from graph.reasoning.text_norm import any_of, fold

ORDER_STATUS = "order_status"
PROBLEM_READINGS = ("wrong_item", "damaged_item", "lost_package")

_SHIPPED = r"(?:shipped|been\s+shipped|dispatched|been\s+dispatched|sent\s+out|gone\s+out|left)"
_SHIP_NOTE = r"(?:shipping|dispatch|shipment|tracking)\s+(?:e-?mails?|confirmations?|notifications?|numbers?|links?|info)"
_PART = r"(?:part|some|half|one|two|\d+|a\s+few)"
_SHIPPED_IN_PART = any_of(
    rf"only\s+(?:got|received|have|had|getting)\s+(?:an?\s+|one\s+)?{_SHIP_NOTE}\s+for",
    # "I ordered two things but only got one email": a note counted, no goods
    r"(?:ordered|bought)\s+(?:two|2|three|3|several|a\s+few|multiple)\s+[^.?!]{0,30}\bonly\s+(?:got|received|had|"
    r"getting)\s+(?:one|1|a\s+single|an?)\s+(?:e-?mail|confirmation|notification|text|message)s?\b",
    rf"only\s+{_PART}\s+(?:of\s+)?(?:my|the)\s+(?:order|items?|things)\s+(?:has|have)?\s*{_SHIPPED}",
    rf"(?:rest|remainder|other\s+items?|other\s+half)\s+of\s+(?:my|the)\s+order\s+(?:still\s+)?"
    rf"(?:hasn'?t|haven'?t|has\s+not|have\s+not|not|never|isn'?t|aren'?t)\s+(?:yet\s+)?{_SHIPPED}",
    r"(?:shipped|sent|coming|arriving)\s+(?:separately|in\s+(?:two|2|three|3|separate|multiple|several)\s+"
    r"(?:parcels|packages|boxes|shipments))",
    # "is my order coming in one box or two?"
    r"\bin\s+(?:one|1|a\s+single)\s+(?:box|parcel|package|shipment|delivery)\s+or\s+(?:in\s+)?(?:two|2|several|more|"
    r"separate\w*|multiple)",
    # "why was my order split into two packages?"
    r"split\s+(?:up\s+)?(?:into|in|across|between)\s+(?:two|2|three|3|separate|multiple|several|different)\s+"
    r"(?:parcels|packages|boxes|shipments|deliveries)",
)
# goods the customer has and found short: a missing item
_ARRIVED_SHORT = any_of(r"arrived|turned\s+up|came|received\s+(?:my|the)\s+(?:order|parcel|package|box)|delivered")


# One of several orders came and another did not: "placed two orders and only one showed up", "one of my orders
# arrived but not the other". Nothing is missing from the order that came; the other one's status is asked.
_ORDERS = r"(?:orders|separate\s+orders|deliveries)"
_CAME = r"(?:came|arrived|showed\s+up|turned\s+up|was\s+delivered|got\s+here|has\s+(?:come|arrived))"
_OTHER_ORDER_AWAITED = any_of(
    rf"(?:two|2|three|3|both|a\s+couple\s+of|several|multiple)\s+{_ORDERS}\b[^.?!]{{0,40}}\bonly\s+(?:one|1|the\s+first)"
    rf"\s+(?:of\s+them\s+)?{_CAME}",
    rf"\bone\s+of\s+(?:my|the)\s+(?:two\s+|2\s+)?{_ORDERS}\s+{_CAME}\b[^.?!]{{0,30}}\b(?:but|and)\s+(?:not\s+)?the\s+other",
    r"\bthe\s+other\s+(?:order|one)\s+(?:still\s+)?(?:hasn'?t|has\s+not|never|didn'?t|did\s+not|is\s+not|isn'?t)"
    r"\s+(?:yet\s+)?(?:come|arrived|shown\s+up|turned\s+up|been\s+delivered|here)",
)


# One parcel of several came and the customer asks after the other: "I only got one of my two packages today, is the
# other still coming?" (the other's status; nothing arrived short is told).
_PARCELS = r"(?:packages|parcels|boxes|shipments|deliveries)"
_ONE_OF_THE_PARCELS = rf"\bone\s+of\s+(?:my|the)\s+(?:two|2|three|3|several)\s+{_PARCELS}\b[^?]{{0,80}}"
_OTHER_PARCEL_ASKED = any_of(
    rf"{_ONE_OF_THE_PARCELS}\b(?:is|will|when\s+(?:is|will))\s+the\s+other(?:\s+(?:one|package|parcel|box|shipment|"
    r"half))?\s+(?:still\s+)?(?:coming|come|arrive|arriving|be\s+delivered|on\s+(?:its|the)\s+way|going\s+to)",
    rf"{_ONE_OF_THE_PARCELS}\bwhere(?:'s|\s+is)\s+the\s+other",
)


def says_other_order_awaited(text: str) -> bool:
    """The message says one of several orders came and another has not, or one parcel of several came and it asks
    after the other: the other one's status, nothing missing."""
    folded = fold(text or "")
    return bool(_OTHER_ORDER_AWAITED.search(folded) or _OTHER_PARCEL_ASKED.search(folded))


def says_shipped_in_part(text: str) -> bool:
    """The message says only part of an order has shipped (or has a shipping note), not that goods arrived short."""
    folded = fold(text or "")
    return bool(_SHIPPED_IN_PART.search(folded)) and not _ARRIVED_SHORT.search(folded)


def read_partial_shipment(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the goods-problem and lost readings' mass on the status question, when only part of
    the order has shipped, or one of several orders has come and another not."""
    probs = moved_when(probs, text, says_other_order_awaited, PROBLEM_READINGS, ORDER_STATUS)
    return moved_when(probs, text, says_shipped_in_part, PROBLEM_READINGS, ORDER_STATUS)
