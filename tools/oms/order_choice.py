"""Which one of a customer's orders a question is about: a domain decision both engines share.

A person answering "where's my stuff?" looks at the orders and picks the one the message fits: the one
the customer names, else the one whose state matches the question (late for a delay, on its way for a
status question, recently delivered for a return, not yet shipped for a cancellation). Orders are the
OMS's full order dicts (status, placed_at, shipments, payments), newest first.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from core import clock
from tools.oms.item_match import goods_named, missing_items
from tools.oms.pending_refund import has_refund, refund_awaited
from tools.oms.relative_day import day_placed

MOVING = {"shipped", "in_transit"}
NOT_SHIPPED = {"pending", "processing", "processed"}
STATUS_INTENTS = {"order_status", "shipping_delay"}
AFTER_DELIVERY_INTENTS = {"return_request", "exchange", "refund_request", "damaged_item", "wrong_item", "sizing"}
BEFORE_SHIPPING_INTENTS = {"cancel_order", "change_address"}
SENDS_BACK_INTENTS = {"return_request", "exchange"}  # requests to send goods back, which only goods still held can be
RECENT_DELIVERY_DAYS = 21
# A parcel the carrier lost is settled (refunded or reshipped); a status question is about it only while recent.
RECENT_LOSS_DAYS = 30
CLOSED = {"cancelled", "returned", "lost"}
SHIPMENT_OVER = {"returned", "lost"}  # a parcel that will not be delivered any more

_GENERIC = {"the", "and", "for", "with", "order", "ordered", "item", "items", "size", "color", "colour",
            "northbound", "my", "your", "new", "pair", "one"}


def item_words(text: str) -> set[str]:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if len(w) > 2} - _GENERIC


# Parts of an address, which share words with product names ("I typed the wrong zip code" is no Half-Zip Pullover).
_ADDRESS_PARTS = re.compile(r"\b(?:zip\s*code|zip(?=\s+(?:is|was)\b)|post\s*code|postal\s*code|house\s+number|"
                            r"(?:apartment|apt|flat|unit|door|building)\s+(?:number|no|#))\b", re.IGNORECASE)


def _matches_scored(text: str, orders: list[dict]) -> list[tuple[int, dict]]:
    """(how much of what the customer names an order holds, order) for every order holding any of it, best
    first; ties keep the newest order first."""
    items = goods_named(text)  # "all except the belt" is the order with the belt
    asked = item_words(_ADDRESS_PARTS.sub(" ", text))
    scored = []
    for position, order in enumerate(orders):
        lines = order.get("items") or []
        if items:
            # each named item the order has, by how many of its words a line's name shares ("the chino shorts" is
            # the Shoreline Chino Short more than the Tempo Running Short)
            missing = missing_items(items, lines)
            best = sum(max(1, max((len(item.stems & item_words(line.get("product_name", ""))) for line in lines),
                                  default=0)) for item in items if item not in missing)
        else:
            best = max((len(asked & item_words(item.get("product_name", ""))) for item in lines), default=0)
        if best:
            scored.append((-best, position, order))
    return [(-score, order) for score, _, order in sorted(scored, key=lambda item: (item[0], item[1]))]


def match_orders_by_items(text: str, orders: list[dict]) -> list[dict]:
    """Orders whose line items the customer names ("the one with the grill", "the running short"), best
    match first; ties keep the newest order first. Goods named as the object of the request are matched
    against what each line is (tools/oms/item_match.py); otherwise any word of a product name counts."""
    return [order for _, order in _matches_scored(text, orders)]


def singled_out_by_items(text: str, orders: list[dict]) -> bool:
    """Exactly one order holds the most of what the customer names: "the chino shorts" is the order with the
    Shoreline Chino Short, not the one with a Running Short (one word of two) or the Mile Marker Chino."""
    scored = _matches_scored(text, orders)
    return bool(scored) and (len(scored) == 1 or scored[0][0] > scored[1][0])


def orders_lacking_named_items(text: str, orders: list[dict]) -> bool:
    """The customer names goods and none of these orders has anything like them: no order may be picked
    for them (an action on the wrong order is worse than asking which one)."""
    items = goods_named(text)
    return bool(items and orders) and not match_orders_by_items(text, orders)


# What the customer says of the parcel they mean, whatever the wording of the rest: the carrier has had it
# in hand (an attempt, a notice, out for delivery), or it is still awaited (not shipped, "when will it...").
_CARRIER_EVENT = re.compile(
    r"\b(delivery attempt\w*|attempted (delivery|to deliver)|(first|second|delivery) attempt|attempt (was )?made|"
    r"(left|posted|signed) (a |the )?(notice|card|note)|out for delivery|missed (the |a |my )?delivery|redeliver\w*)\b",
    re.IGNORECASE,
)
_AWAITED = re.compile(
    r"\b(hasn'?t|hasnt|has not|haven'?t|have not|not yet|still not|still no|no)\b[^.?!]{0,25}"
    r"\b(shipped|dispatched|sent out|shipping info\w*|tracking info\w*|been shipped)\b|"
    r"\bwhen will (it|they|my|the|i)\b|\b(delivery|it|they) will (be|arrive|come)\b",
    re.IGNORECASE,
)


# The customer's orders themselves: "what are my recent orders?", "show me my orders", "my order history".
MY_ORDERS = (r"\bwhat (?:are|were) (?:all )?my (?:\w+ )?orders\b|\b(?:show|list|see|view|give|find|pull up|bring up|look up)"
             r"(?: me)? (?:all )?my "
             r"(?:\w+ )?orders\b|\b(?:check|look\s+(?:at|up|through)|go\s+through)\s+(?:all\s+)?(?:the\s+|my\s+)"
             r"(?:\w+\s+)?orders\s+(?:on|in|under)\s+my\s+account\b|\border history\b|\bwhat orders (?:do i have|have i (?:placed|made)|did i (?:place|make))\b|"
             # "how many orders have I placed (and their statuses)?", "the status of all my orders"
             r"\bhow many orders (?:do i have|have i (?:placed|made)|i(?: have|'ve| ve) (?:placed|made)|did i (?:place|make)|"
    r"are)\b|"
             r"\bstatus(?:es)? of (?:all )?my orders\b|\bmy orders'? status(?:es)?\b")
# "I'm not sure which one, can you list them?": the orders, when the customer must choose one
_LIST_THEM = r"\b(?:list|show)\s+(?:me\s+)?(?:them|them\s+all|all\s+of\s+them)\b"
# "What's in each of my orders?", "list the items in my last two orders", "the details of all my orders": a question
# about several orders at once, which a list of them answers (one order picked would leave the rest unsaid).
_SEVERAL_ORDERS = re.compile(
    r"\b(?:each|all|both|every one) of (?:my|the|these|those) orders\b|\b(?:each|every) (?:of my )?orders?\b(?! number)|"
    r"\ball (?:of )?my orders\b|\b(?:my |the )?(?:last|past|recent|previous|latest) (?:two|three|four|few|couple of|"
    r"2|3|4) orders\b|\bboth (?:my |the )?orders\b|" + _LIST_THEM + "|" + MY_ORDERS,
    re.IGNORECASE,
)
_SEE_ORDERS = re.compile(_LIST_THEM + "|" + MY_ORDERS, re.IGNORECASE)


def asks_about_several_orders(text: str) -> bool:
    return bool(_SEVERAL_ORDERS.search(text or ""))


def asks_to_see_orders(text: str) -> bool:
    """"Show me all my orders", "can you list them?": the orders to look at, not an act on several ("cancel both
    orders")."""
    return bool(_SEE_ORDERS.search(text or ""))


# The customer tells of an order cancelled, by us or by itself ("my order got cancelled and I don't know why", "why
# did you cancel my order?"), rather than asking for a cancellation: a question about that order.
_WAS_CANCELLED = re.compile(
    r"\b(?:my|the|our|this|that|an?)\s+(?:\w+\s+){0,2}?order\s+(?:\w+\s+)?(?:was|got|has\s+been|had\s+been|have\s+been|"
    r"is|been|were|says|shows|showing|marked|listed)\s+(?:(?!not\b|never\b)\w+\s+){0,2}?cancell?ed\b|"
    r"\b(?:you|u|ya|they|someone|somebody|the\s+system|northbound)\s+(?:\w+\s+)?cancell?ed\s+(?:my|our|the)\s+(?:\w+\s+)?order|"
    r"\bwhy\s+(?:was|is|did|has)\s+(?:my|the|our)\s+(?:\w+\s+)?order\s+(?:get\s+|been\s+)?cancell?ed\b|"
    r"\bwhy\s+(?:did|would|have|has)\s+(?:you|u|they|northbound)\s+(?:\w+\s+)?cancel(?:led)?\s+(?:my|our|the)\b|"
    r"\border\s+(?:was\s+|got\s+)?cancell?ed\s+(?:by\s+(?:you|u|northbound)|without)\b",
    re.IGNORECASE,
)


def says_order_was_cancelled(text: str) -> bool:
    """The message tells of an order cancelled (not by the customer's asking in it): it asks about that order."""
    return bool(text and _WAS_CANCELLED.search(text))


# The customer points at their newest order in words: "the status of my most recent order", "my last order".
_LATEST_ORDER = re.compile(r"\b(?:my|the)\s+(?:most\s+recent|latest|last|newest)\s+(?:order|purchase)\b(?!s)|"
                           r"\b(?:my|the)\s+(?:most\s+recent|latest|newest)\s+one\b",  # not "the last one" (of a list)
                           re.IGNORECASE)


def names_latest_order(text: str) -> bool:
    """The message points at the customer's newest order ("my most recent order"): it is the one meant."""
    return bool(text and _LATEST_ORDER.search(text))


# The order placed before the one the conversation is about: "and the one before?", "what about my previous order?"
_ORDER_BEFORE = re.compile(
    r"\b(?:the|my)\s+(?:one|order|purchase)\s+(?:I\s+(?:placed|made)\s+)?before(?:\s+(?:that|it|this|then)(?:\s+one)?)?(?=\s*(?:[?.!,]|please\b|too\b|$))"
    r"|\b(?:the|my)\s+previous\s+(?:one|order|purchase)\b", re.IGNORECASE)


def points_at_the_order_before(text: str) -> bool:
    """The message asks about the order placed before the one in hand ("and the one before?")."""
    return bool(text and _ORDER_BEFORE.search(text))


def order_before(orders: list[dict], order_id: str) -> dict | None:
    """The customer's order placed just before `order_id`, among `orders` (None: not among them, or the first)."""
    current = next((o for o in orders if o.get("id") == order_id), None)
    if current is None:
        return None
    earlier = [o for o in orders if _placed(o) < _placed(current)]
    return max(earlier, key=_placed) if earlier else None


# The tracking says the parcel came: "order says delivered but I'm at work", "it was marked delivered today".
_SAYS_DELIVERED = re.compile(r"\b(?:says|shows|showing|marked|status(?: is)?|tracking)\s+(?:as\s+|it(?:'s| was| is)\s+)?"
                             r"delivered\b|\b(?:was|been|got)\s+delivered\b", re.IGNORECASE)


def says_it_was_delivered(text: str) -> bool:
    """The message says the tracking shows the parcel delivered: a delivered order is the one meant."""
    return bool(text and _SAYS_DELIVERED.search(text))


def carrier_has_it(text: str) -> bool:
    return bool(text and _CARRIER_EVENT.search(text))


# The order hasn't shipped or was only just placed: "can I swap it before it ships?", "I only placed it an hour ago".
_AGO = r"(?:an?\s+hour|a\s+few\s+(?:min(?:ute)?s?|hours?)|\d+\s*(?:min(?:ute)?s?|hours?|hrs?))\s+ago"
_NOT_SHIPPED_YET = re.compile(
    r"\b(?:hasn'?t|has\s+not|haven'?t|have\s+not|not)\s+(?:even\s+)?(?:shipped|dispatched|been\s+(?:shipped|sent|"
    r"dispatched)|gone\s+out|left)\b|"
    r"\b(?:just|only)\s+(?:placed|ordered|made|put\s+in|submitted)\b|"
    rf"\b(?:placed|ordered|made|submitted|bought)\s+(?:it\s+|the\s+order\s+|my\s+order\s+|this\s+)?{_AGO}\b|"
    r"\b(?:order|ordered|placed)\s+(?:\w+\s+){0,3}?(?:this\s+morning|earlier\s+today|last\s+night)\b|"
    r"\b(?:pending|unshipped|unfulfilled)\s+orders?\b|"
    # what the order page says of it: "I want to cancel but the order says processing"
    r"\b(?:order|it)\s+(?:\w+\s+){0,2}?(?:says|shows|showing|still|is|status\s+is)\s+(?:as\s+|still\s+)?(?:processing|"
    r"pending|being\s+processed|being\s+prepared|not\s+(?:yet\s+)?dispatched)\b",
    re.IGNORECASE,
)
# "Can you take it off before it goes out?": a hope that it hasn't shipped, not word that it hasn't.
_BEFORE_SHIPPING = re.compile(
    r"\bbefore\s+(?:it|they|the\s+order|my\s+order|the\s+parcel)\s+(?:ships?|is\s+shipped|goes\s+out|leaves|"
    r"dispatch(?:es)?|is\s+sent)\b",
    re.IGNORECASE,
)
# "the exchange hasn't shipped yet": the replacement of an exchange already made, awaited
_EXCHANGE_AWAITED = re.compile(
    r"\b(?:exchange|replacement|new\s+(?:one|size|item)|swap)\b[^.?!]{0,25}?(?:hasn'?t|has\s+not|not|never|still)\s+"
    r"(?:\w+\s+)?(?:shipped|dispatched|been\s+sent|arrived|come)\b",
    re.IGNORECASE,
)


def still_awaited(text: str) -> bool:
    return bool(text and _AWAITED.search(text))


# The parcel has shipped and its tracking stands still: "tracking hasn't moved in 5 days", "my parcel is stuck in
# transit". Only an order on its way (or lost) can be meant: never a cancelled one, which the newest-first fallback
# picked ("Your order ... was cancelled" answered a stalled parcel).
_TRACKING_STALLED = re.compile(
    r"\b(?:tracking|parcel|package|pkg|shipment|order|it)\b[^.?!]{0,25}?\b(?:hasn'?t|hasnt|has\s+not|isn'?t|is\s+not|"
    r"not|stopped|won'?t)\s+(?:been\s+)?(?:moved?|moving|updated?|updating|changed?|changing)\b|"
    r"\bstuck\s+(?:in\s+transit|at\s+(?:the\s+)?(?:depot|hub|sorting\s+(?:centre|center|facility)|facility))\b|"
    r"\bno\s+(?:tracking\s+)?(?:updates?|movement)\s+(?:on\s+(?:the\s+)?tracking|in\s+\d+|for\s+(?:\d+|a|days|weeks))",
    re.IGNORECASE,
)


def tracking_stalled(text: str) -> bool:
    """The message says its parcel's tracking has stopped moving: an order that shipped is meant."""
    return bool(text and _TRACKING_STALLED.search(text))


def says_not_shipped_yet(text: str) -> bool:
    """The message says the order it is about hasn't shipped, or was only just placed (not an exchange's
    replacement still awaited)."""
    return bool(text and _NOT_SHIPPED_YET.search(text) and not _EXCHANGE_AWAITED.search(text))


def wants_it_before_shipping(text: str) -> bool:
    """The message asks for something before the order ships ("can I swap it before it ships?"), or says it hasn't."""
    return says_not_shipped_yet(text) or bool(text and _BEFORE_SHIPPING.search(text)
                                              and not _EXCHANGE_AWAITED.search(text))


def day_of(value) -> date | None:
    """The date of an OMS date or timestamp (its first ten characters), None when there is none."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _placed(order: dict) -> datetime:
    try:
        return datetime.fromisoformat(str(order.get("placed_at")).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)


def is_late(order: dict, today: date) -> bool:
    """Past its promised date and not delivered, or the carrier reports a delay or an exception. A parcel the
    carrier reported lost is not late but lost: an order lost in February was answered in December as "running
    late ... if it still hasn't arrived in a few days"."""
    if order.get("status") in CLOSED:
        return False
    for shipment in order.get("shipments") or []:
        if shipment.get("delivered_at") or shipment.get("status") in SHIPMENT_OVER:
            continue
        if shipment.get("status") in {"delayed", "exception"}:
            return True
        promised = day_of(shipment.get("promised_date"))
        if promised and promised < today:
            return True
    return False


def delivered_on(order: dict) -> date | None:
    days = [day_of(s.get("delivered_at")) for s in order.get("shipments") or [] if s.get("delivered_at")]
    return max((d for d in days if d), default=None)


def recently_lost(order: dict, today: date) -> bool:
    """Reported lost by the carrier and placed in the last RECENT_LOSS_DAYS: what "where is my order?" may be
    about when nothing is on its way."""
    return order.get("status") == "lost" and (today - _placed(order).date()).days <= RECENT_LOSS_DAYS


def is_moving(order: dict) -> bool:
    if order.get("status") in CLOSED | {"delivered"}:
        return False
    undelivered = any(
        not s.get("delivered_at") and s.get("status") not in SHIPMENT_OVER for s in order.get("shipments") or []
    )
    return order.get("status") in MOVING or undelivered


REFUND_GUESS_DAYS = 60  # orders this recent are all plausible subjects of an unnumbered refund request


def refund_needs_an_order(orders: list[dict], text: str, now: datetime | None = None) -> bool:
    """A refund asked for without an order number: with more than one order placed in the last 60 days
    and no goods that single one out, picking one would move money on a guess, so the customer is asked
    which order they mean (a refund confirmed on the wrong order is money we cannot take back). "My last order"
    points at one."""
    if singled_out_by_items(text, orders) or names_latest_order(text):
        return False
    today = (now or clock.now()).date()
    recent = [o for o in orders if (today - _placed(o).date()).days <= REFUND_GUESS_DAYS]
    if singled_out_by_items(text, recent):
        return False  # the goods bought again months ago: the recent order with them is the one
    return len(recent) > 1


def waiting_to_ship(order: dict) -> bool:
    """Placed and not yet shipped: what a cancellation or a new address can still change."""
    return order.get("status") in NOT_SHIPPED


def none_unshipped_as_said(orders: list[dict], intents: set[str], text: str) -> bool:
    """A cancellation or a new address for an order the customer says has not shipped, when none of theirs is
    waiting to ship and no goods named point at one: answering about the newest (shipped, or delivered weeks ago)
    would be about an order they did not mean, so they are asked which one."""
    return bool(orders and intents & BEFORE_SHIPPING_INTENTS and (still_awaited(text) or says_not_shipped_yet(text))
                and not any(waiting_to_ship(o) for o in orders) and not match_orders_by_items(text, orders))


def fits_request(order: dict, intents: set[str]) -> bool:
    """Whether the order is in the state the request is about: on its way for a status question, not shipped for
    a cancellation or a new address, delivered for a return, an exchange or a problem with the goods."""
    if intents & STATUS_INTENTS:
        return is_moving(order)
    if intents & BEFORE_SHIPPING_INTENTS:
        return waiting_to_ship(order)
    if intents & AFTER_DELIVERY_INTENTS or "lost_package" in intents:
        return bool(delivered_on(order)) or order.get("status") == "delivered"
    return True


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|" \
         r"nov(?:ember)?|dec(?:ember)?)"
_DAY = r"(?:the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)?"
# The order said by the month it was placed, or its day: "it's the order from November", "my October order", "the one I
# placed in May", "the one from october 19", "I ordered it on the 20th of november", "placed at the start of November"
# (not a date it is due by: "will it arrive by December?").
_ORDER_OF_MONTH = re.compile(
    rf"\b(?:order(?:ed)?|purchase[ds]?|bought|placed|made|one)\s+(?:\w+\s+){{0,2}}?(?:from|in|on|during|back\s+in|"
    rf"(?:at|around|towards|near|in|from)\s+the\s+(?:start|beginning|end|middle)\s+of)\s+"
    rf"(?:{_DAY}\s+(?:of\s+)?)?(?:early\s+|mid\s+|late\s+)?{_MONTH}\b(?:\s+{_DAY}\b)?|"
    rf"\b{_MONTH}\s+(?:{_DAY}\s+)?(?:order|purchase)\b", re.IGNORECASE)


def says_when_placed(text: str) -> bool:
    """The message names its order by the month it was placed ("the order from November"), or by its day ("the one I
    placed yesterday")."""
    return _ORDER_OF_MONTH.search(text or "") is not None or day_placed(text, clock.today()) is not None


SURE_OF_THE_DAY = 3  # days back within which a customer names the day they ordered surely ("placed it yesterday")


def says_placed_just_now(text: str) -> bool:
    """The message names its order by a day of the last few ("the one I placed today", "ordered 2 days ago"): a day the
    customer is sure of, unlike a date weeks back, which may be misremembered and still mean the late order."""
    day = day_placed(text, clock.today())
    return day is not None and (clock.today() - day).days <= SURE_OF_THE_DAY


RECENT_DAY_SAID = 31  # days back within which a day said ("ordered a coat 10 days ago") rules out far older orders
NEAR_THE_DAY = 7  # ...and how far from it the order the customer means may have been placed (a day misremembered)


def none_placed_near_said_day(orders: list[dict], text: str) -> bool:
    """The message says its order was placed on a recent day ("ordered a coat 10 days ago"), and none of the orders
    it could mean (those with the goods it names, else all) was placed within a week of it: "ordered a coat 10 days ago
    and it's still processing" was answered with a coat delivered a year and a half before."""
    today = clock.today()
    day = day_placed(text, today)
    if day is None or (today - day).days > RECENT_DAY_SAID:
        return False
    pool = match_orders_by_items(text, orders) or orders
    placed = [day_of(order.get("placed_at")) for order in pool]
    return not any(abs((on - day).days) <= NEAR_THE_DAY for on in placed if on is not None)


def _date_said(text: str) -> tuple[int, int | None] | None:
    """(month, day or None) of the date the message names its order by."""
    found = _ORDER_OF_MONTH.search(text or "")
    if not found:
        relative = day_placed(text, clock.today())  # "placed it yesterday"
        return (relative.month, relative.day) if relative else None
    before, said, after, *rest = found.groups()
    if said is None:  # "my October 19 order"
        said, after = rest[0], rest[1]
    month = next(i for i, name in enumerate(_MONTHS, start=1) if name.startswith(said.lower()[:3]))
    day = before or after
    return month, int(day) if day else None


def _placed_near(orders: list[dict], month: int, day: int) -> list[dict]:
    """The orders placed on that month and day, or a day either side of it (the customer's day may be ours the day
    before or after)."""
    near = []
    for order in orders:
        placed = day_of(order.get("placed_at"))
        if placed is None:
            continue
        try:
            on_day = placed.replace(month=month, day=day)
        except ValueError:  # "February 30"
            continue
        if abs((placed - on_day).days) <= 1:
            near.append(order)
    return near


def placed_on_day_said(orders: list[dict], text: str) -> list[dict]:
    """The orders placed on the day (month and day) the message names its order by, a day either side allowed; none
    when it names no day."""
    said = _date_said(text)
    return _placed_near(orders, *said) if said and said[1] is not None else []


def placed_when_said(orders: list[dict], text: str) -> list[dict]:
    """The orders placed on the day the message names its order by, else, when it names only a month, in that month
    (in any year: the usual choice picks among them); none otherwise (a day no order was placed on is no month's
    pick: the customer's day may be another order's, or a guess)."""
    said = _date_said(text)
    if not said:
        return []
    month, day = said
    if day is not None:
        return _placed_near(orders, month, day)
    return [o for o in orders if (placed := day_of(o.get("placed_at"))) is not None and placed.month == month]


def alone_placed_when_said(orders: list[dict], text: str, order: dict) -> bool:
    """The order is the only one placed on the day, or in the month, the message names: as good as named ("I think it
    was placed at the start of November" when one order was)."""
    said = placed_when_said(orders, text)
    return len(said) == 1 and said[0].get("id") == order.get("id")


def choose_order(orders: list[dict], intents: set[str], text: str = "", now: datetime | None = None) -> dict | None:
    """The one order the question is about, or None when the customer has none."""
    if not orders:
        return None
    orders = placed_when_said(orders, text) or orders  # "the order from November": one placed then
    today = (now or clock.now()).date()
    named = match_orders_by_items(text, orders) if text else []
    if named:
        # goods in several orders ("exchange the rain shell": one on its way, one delivered): the one the request
        # can be about first (a delivered one for an exchange, an unshipped one for a cancellation)
        return min(named, key=lambda order: not fits_request(order, intents))
    newest_first = sorted(orders, key=_placed, reverse=True)
    recent_delivered = [
        o for o in newest_first if (d := delivered_on(o)) and (today - d) <= timedelta(days=RECENT_DELIVERY_DAYS)
    ]
    delivered = [o for o in newest_first if delivered_on(o) or o.get("status") == "delivered"]
    after_delivery = bool(intents & AFTER_DELIVERY_INTENTS) or "lost_package" in intents
    if names_latest_order(text):
        # "the status of my most recent order": that one; "return something from my last order": the last one that
        # came (one still on its way has nothing to send back yet)
        return ((delivered if after_delivery else []) or newest_first)[0]
    if intents & STATUS_INTENTS:
        late = [o for o in newest_first if is_late(o, today)]
        moving = [o for o in newest_first if is_moving(o)]
        waiting = [o for o in newest_first if waiting_to_ship(o)]
        lost = [o for o in newest_first if recently_lost(o, today)]
        ranked = (late + moving) if "shipping_delay" in intents else (moving + late)
        pools = [ranked, waiting, lost, recent_delivered]
        if says_it_was_delivered(text) and not still_awaited(text):  # "order says delivered but I'm at work"
            pools = [recent_delivered, lost, ranked, [o for o in newest_first if delivered_on(o)]]
        elif carrier_has_it(text):  # the carrier tried to deliver it: it has shipped
            pools = [ranked, lost, recent_delivered, [o for o in newest_first if delivered_on(o)]]
        elif still_awaited(text):  # "still no shipping info", "when will it arrive": not a delivered one
            pools = [ranked, waiting, lost]
        elif tracking_stalled(text):  # "tracking hasn't moved in 5 days": one that shipped, never a cancelled one
            pools = [ranked, lost, waiting, [o for o in newest_first if delivered_on(o)]]
        if says_order_was_cancelled(text):  # "my order got cancelled, why?": the cancelled one, newest first
            pools = [[o for o in newest_first if o.get("status") == "cancelled"], *pools]
        for pool in pools:
            if pool:
                return pool[0]
        return newest_first[0]
    if intents & BEFORE_SHIPPING_INTENTS:
        waiting = [o for o in newest_first if waiting_to_ship(o)]
        if not waiting and "change_address" in intents:
            # "I moved, can the parcel be redirected?" with nothing left to ship: the parcel on its way (its carrier
            # may redirect it), else the newest order not cancelled (a cancelled one goes nowhere)
            moving = [o for o in newest_first if is_moving(o)]
            live = [o for o in newest_first if o.get("status") != "cancelled"]
            return (moving or live or newest_first)[0]
        return waiting[0] if waiting else newest_first[0]
    if after_delivery:
        # "I want to return something": an order with goods still to send back, not the newest one already sent back
        # (a problem reported with goods is about the newest delivery, whatever was refunded since)
        still_held = [o for o in delivered if any(line.get("status") == "delivered" for line in o.get("items") or [])
                      ] if intents & SENDS_BACK_INTENTS else []
        return (still_held or delivered or newest_first)[0]
    if "refund_status" in intents:
        # "Where is my refund?" is most often about one still owed: goods on their way back or received,
        # a cancellation not refunded yet; else about the refund issued last; else about goods delivered (sent
        # back without our knowing yet), never an order still to ship.
        awaiting = [o for o in newest_first if refund_awaited(o)]
        refunded = [o for o in newest_first if has_refund(o)
                    or o.get("status") in {"returned", "cancelled"}]
        return (awaiting or refunded or delivered or newest_first)[0]
    return newest_first[0]


def other_moving_orders(orders: list[dict], chosen: dict | None) -> list[dict]:
    """Orders still on their way besides the chosen one, mentioned in one sentence of a status reply."""
    return [o for o in orders if o is not chosen and is_moving(o)]
