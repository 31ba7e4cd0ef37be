"""Credit for a late delivery: when a customer asks for it, and what an order earns under the brand's rule.

"My order came 5 days late, any credit?", "I paid for express and it took a week, refund the shipping?": the
words of a refund, so the refund tool proposed everything the order cost (a person's to approve over the limit),
or the status reply said where the parcel was, which the customer knew. The brand's rule (help center, "My order
is late"): an express order that arrives after its promised date has its express fee refunded; a standard
order's date is an estimate, so lateness alone earns nothing (a lost parcel is reshipped or refunded in full).
What an order earns is read from the OMS's own shipments (promised date, delivery), never from what the
customer says. Orders are the OMS's full order dicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from data.store_policy import DEMO, StorePolicy
from tools.oms.order_choice import day_of

ZERO = Decimal("0.00")
# a late order this recent is the one an unnumbered request for credit is about
LATE_CREDIT_DAYS = 60

_CREDIT = (
    r"(?<!store\s)credit|compensat\w*|reimburs\w*|goodwill|voucher|discount|money\s+back|make\s+(?:it|this|that)\s+up|"
    r"partial\s+refund|(?:the\s+)?difference\s+back|"
    r"(?:get|give|receive|offer)\s+(?:me\s+|us\s+)?(?:anything|something)\s+(?:back|for)|"
    r"refund(?:ed)?\s+(?:me\s+)?(?:for\s+|on\s+|of\s+)?(?:the\s+|my\s+)?(?:shipping|delivery|postage|express|difference)|"
    r"(?:shipping|delivery|postage|express)\s+(?:fee|cost|charge)?\s*(?:refunded|back)|"
    r"refund\s+(?:of\s+)?the\s+(?:express|shipping|delivery)|"
    r"refund\w*\s+(?:\w+\s+){0,3}?(?:for|because\s+of|due\s+to)\s+(?:the\s+|a\s+|my\s+|its\s+)?(?:late|delay)"
)
_LATE = (
    r"\blate\b|\blater\s+than|\bdelay(?:ed|s)?\b|took\s+(?:over\s+|more\s+than\s+)?(?:\d+|a|one|two|three|four|five|six|"
    r"seven|ten|several|many)\s+(?:more\s+)?(?:business\s+|working\s+)?(?:days?|weeks?)|"
    r"after\s+the\s+(?:promised|estimated|expected|guaranteed|delivery)\s+(?:date|day)|"
    r"(?:past|missed)\s+the\s+(?:promised|estimated|expected|guaranteed|delivery)\s+(?:date|day)|"
    r"not\s+(?:arrive|come|get\s+here|delivered)\s+on\s+time|wasn'?t\s+on\s+time|in\s+standard\s+time|"
    # express paid for, standard given: "charged for express but it came standard"
    r"(?:came|arrived|shipped|went|was\s+sent|got\s+here)\s+(?:by\s+|via\s+|with\s+|as\s+)?(?:standard|regular|normal)"
    r"(?:\s+(?:shipping|delivery|post))?\b(?!\s+(?:size|fit|length|width))|"
    r"(?:days?|weeks?)\s+(?:late|after|behind)\b|"
    r"(?:was|were)\s+(?:due|promised|supposed\s+to\s+(?:arrive|come|be\s+here))\s+(?:by\s+|on\s+)?"
    r"(?:yesterday|last|\d|mon|tue|wed|thu|fri|sat|sun)|"
    r"(?:still\s+)?(?:hasn'?t|has\s+not|haven'?t|have\s+not|didn'?t|did\s+not|never)\s+(?:arrived|come|came|shown\s+up|"
    r"turned\s+up|got\s+here|been\s+delivered)"
)
_ASKS_CREDIT = re.compile(rf"(?:{_CREDIT})", re.IGNORECASE)
_SAYS_LATE = re.compile(rf"(?:{_LATE})", re.IGNORECASE)
# "I want a refund, it came late and doesn't fit", "it came late so I don't need it anymore", "it came late, I want a
# full refund": goods sent back (or an order called off, or all of it paid back) are the return's, the
# cancellation's or the goods' refund, not a late credit
_GOODS_BACK = re.compile(
    r"\breturn(?:ed|ing)?\b|send\s+(?:it|them)\s+back|doesn'?t\s+fit|damaged|broken|wrong\s+(?:item|size)|"
    r"(?:don'?t|do\s+not|no\s+longer)\s+(?:need|want)\s+(?:it|them|the|this)|\bcancel|"
    # everything paid back is the goods' refund, not the express fee's
    r"\bfull\s+(?:refund|money\s+back)|\ball\s+(?:of\s+)?(?:my|the)\s+money\s+back|"
    r"refund\s+(?:the\s+|my\s+)?(?:whole|entire)\s+order", re.IGNORECASE)


# a lower price since the purchase: the price-adjustment rule's "difference", not lateness ("the price dropped 3 days
# after I bought it")
_PRICE_DROP = re.compile(r"\bprice\w*\s+(?:\w+\s+)?(?:dropped|drops|went\s+down|fell|reduced|cut|lower)|\bon\s+sale\b|"
                         r"\bcheaper\b|\d+\s?%\s+off\b|\bprice\s+(?:adjust|match)", re.IGNORECASE)


def asks_credit(text: str) -> bool:
    """Words that ask for money or credit ("refund the difference?", "any compensation?"), late or not."""
    return bool(_ASKS_CREDIT.search(text or ""))


def asks_credit_for_lateness(text: str) -> bool:
    """The message asks for money or credit because an order came (or is) late, not for goods sent back."""
    text = text or ""
    return bool(_ASKS_CREDIT.search(text) and _SAYS_LATE.search(text) and not _GOODS_BACK.search(text)
                and not _PRICE_DROP.search(text))


@dataclass(frozen=True)
class Lateness:
    promised: date
    delivered: date | None  # None: still on its way
    days_late: int  # calendar days past the promised date (to the delivery, or to today)


def lateness(order: dict, today: date) -> Lateness | None:
    """How late the latest of the order's shipments came (or still is), from the OMS's promised and delivery dates;
    None when every one came on time, has no promised date, or is not yet past it."""
    worst: Lateness | None = None
    for shipment in order.get("shipments") or []:
        promised = day_of(shipment.get("promised_date"))
        if promised is None:
            continue
        delivered = day_of(shipment.get("delivered_at"))
        end = delivered or today
        if end > promised and (worst is None or (end - promised).days > worst.days_late):
            worst = Lateness(promised, delivered, (end - promised).days)
    return worst


def shipping_paid(order: dict) -> Decimal:
    return Decimal(str(order.get("shipping_cost") or 0)).quantize(Decimal("0.01"))


def shipping_refunded(order: dict) -> bool:
    """A refund of exactly the shipping fee is on the order already: the late credit was given (or the fee came
    back another way), and it is never given twice."""
    fee = shipping_paid(order)
    return any(p.get("kind") == "refund" and p.get("status") != "failed"
               and Decimal(str(p.get("amount") or 0)).quantize(Decimal("0.01")) == fee
               for p in order.get("payments") or [])


def late_credit(order: dict, today: date, store: StorePolicy = DEMO) -> Decimal:
    """What the store's rule refunds for lateness on this order: the express fee of an express order past its
    promised date, once; nothing otherwise (or on a store without the rule)."""
    if not store.late_express_refund or order.get("shipping_method") != "express":
        return ZERO
    if lateness(order, today) is None or shipping_refunded(order):
        return ZERO
    return shipping_paid(order)


def _placed_on(order: dict) -> date:
    return day_of(order.get("placed_at")) or date.min


_SAYS_EXPRESS = re.compile(r"\bexpress\b|next[\s-]day|overnight|expedited|priority|\b2[\s-]day\b", re.IGNORECASE)


def late_order(orders: list[dict], today: date, text: str = "") -> dict | None:
    """The order an unnumbered request for late credit is about: the newest one placed in the last 60 days that
    came (or is) late, an express one first when the customer says they paid for speed; None when none did."""
    recent = [o for o in orders if (today - _placed_on(o)).days <= LATE_CREDIT_DAYS and o.get("status") != "cancelled"]
    late = sorted((o for o in recent if lateness(o, today) is not None), key=_placed_on, reverse=True)
    if _SAYS_EXPRESS.search(text or ""):
        late.sort(key=lambda o: o.get("shipping_method") != "express")  # stable: newest express first
    return late[0] if late else None
