"""An order that has not arrived yet is a question for its live status, never a damaged or wrong item.

"The parcel has not arrived", "my package still hasn't turned up, what now?", "no sign of my order": the most
common ticket there is. The intent model reads the words it shares with the goods problems ("arrived", "the
parcel") and spreads its mass over damaged and wrong items and lost parcels; the reply was then a hand-over for
low confidence on the first message (the issue's "hi, my order hasn't arrived yet" read as `damaged_item`).
Goods that never came cannot be damaged or wrong, and whether a parcel that has not come is late or lost is
for its tracking to say (the status reply looks it up and says what happens next), not for the words.

A delivery missed and to be tried again ("the courier left a card", "how do I get it redelivered") is the same:
the parcel has not come, and its tracking says what happens next.

So when the message says, in so many words, that the order itself has not come, the mass of those three
readings goes to the order-status answer family, in the proportion the model gave its members. Not when the
message says more than that: tracking that says delivered, a parcel lost, stolen, damaged, empty or opened,
part of an order (one item, the second parcel: a missing item is a person's), or goods of another store; nor for
an e-mail, a confirmation, a refund or a code that has not come. Text is folded first (text_norm.fold).
"""

from __future__ import annotations

from graph.reasoning.readings import spread_over
from graph.reasoning.text_norm import any_of, fold

STATUS_FAMILY = ("order_status", "shipping_delay")
UNARRIVED_CANNOT_BE = ("damaged_item", "wrong_item", "lost_package")

_THE_ORDER = (r"(?:my|the|our|this|that|me)\s+(?:\w+\s+){0,2}?(?:order|parcel|package|pkg|delivery|shipment|"
              r"stuff|purchase|items?|things|clothes|goods)|(?:my|the)\s+\w+|(?:it|they|order|parcel|package|delivery|shipment)")
_NOT_COME = (r"(?:still\s+)?(?:has\s*n'?o?t|have\s*n'?o?t|hasnt|havent|did\s*n'?o?t|didnt|has\s+not|have\s+not|"
             r"did\s+not|never|still\s+not|not|is\s+still\s+not|yet\s+to)\s+(?:yet\s+|even\s+|actually\s+|been\s+)?"
             r"(?:arrived?|come|came|turned\s+up|turn\s+up|shown\s+up|show\s+up|showed\s+up|got\s+here|"
             r"get\s+here|been\s+delivered|delivered|reached\s+me|landed|here)")
_SAYS_NOT_ARRIVED = any_of(
    rf"(?:{_THE_ORDER})\s+(?:\w+\s+){{0,2}}?{_NOT_COME}",
    r"no\s+sign\s+of\s+(?:(?:it|them)\s+yet|(?:my|the|our)\s+(?:\w+\s+)?(?:order|parcel|package|delivery|shipment))",
    r"(?:still\s+)?waiting\s+(?:for|on)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:order|parcel|package|delivery|shipment)"
    r"\s+(?:to\s+(?:arrive|come|turn\s+up|show\s+up)|that\s+(?:never|still|has|hasn't))",
    # the day it was due has passed: "the delivery window came and went and nothing", "the estimated date has passed"
    r"(?:delivery\s+(?:window|date|slot|day)|estimated\s+(?:delivery|date|arrival)|expected\s+(?:delivery|date)|"
    r"promised\s+date|due\s+date|eta)\s+(?:has\s+)?(?:came\s+and\s+went|come\s+and\s+gone|(?:has\s+|have\s+)?passed)",
    # a delivery missed, to be tried again: "the courier left a card but I was in", "how do I get it redelivered"
    r"re-?deliver\w*|missed\s+(?:the|my|a|their)\s+(?:delivery|driver|courier)|"
    r"left\s+(?:me\s+)?(?:a|another)\s+(?:card|note|slip|calling\s+card)|(?:tried|attempted|tries)\s+to\s+deliver|"
    r"(?:attempted|failed|missed)\s+delivery|delivery\s+attempt",
)
# Whatever else the message says that makes it more than a late order, or about something else than the goods.
_MORE_THAN_LATE = any_of(
    r"(?:says?|said|shows?|showing|marked|claims?|status|tracking|app|website|email)\b[^.!?]{0,40}\bdelivered",
    r"lost|stolen|stole|missing|empty|damaged|broken|smashed|wrong|torn|ripped|opened|tampered",
    r"(?:one|part|some|rest|half|two|three|second|other|another|an?)\s+(?:of\s+(?:my|the)\s+)?(?:items?|things?|"
    r"pieces?|parts?|parcels?|packages?|boxes?|bags?)\s+(?:\w+\s+){0,2}?(?:has|have|is|are|did|never|still|not)\w*",
    r"only\s+(?:one|part|some|half|got|received)",
    r"(?:another|other|different)\s+(?:store|shop|company|website|site|retailer|seller)",
    r"(?:confirmation|e-?mail|text|refund|money|code|voucher|label|reply|response|call\s*back|invoice|receipt|"
    r"card|link|password|reset|notification|update|message|sms)s?\s+(?:\w+\s+){0,2}?(?:has|hasnt|never|did|didnt|still\s+not|not)\w*",
)


def says_not_arrived(text: str) -> bool:
    """The customer says their order has not come (yet), and nothing that makes it more than that."""
    folded = fold(text)
    return bool(_SAYS_NOT_ARRIVED.search(folded)) and not _MORE_THAN_LATE.search(folded)


def read_not_arrived(probs: dict[str, float], text: str) -> dict[str, float]:
    """The distribution with the damaged, wrong and lost readings' mass on the order-status family (split as the
    model split it between its members, all on the delay reading when it gave them nothing) when the message
    says the order has not come."""
    if not says_not_arrived(text):
        return probs
    return spread_over(probs, UNARRIVED_CANNOT_BE, STATUS_FAMILY, "shipping_delay")
