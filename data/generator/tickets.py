"""Historical support tickets: real customers, their real orders, and what a human agent replied.

For each ticket an intent is drawn with a realistic, skewed volume; then a *scenario* picks an order
whose state at the ticket's date fits the intent (in transit for "where is it", past its promised
date for a delay, refunded for "where is my refund"...) and writes the human reply from the order's
facts and the policy. The wording of the customer's message is left to data/generator/messages.py.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from data.generator import details, messages, phrasing, translations
from data.generator import policy as P
from data.generator.catalog import LINES
from data.generator.customers_orders import OrderBuilder, OrderRecord, add_business_days, cents
from graph.intents import INTENTS

# Share of ticket volume per intent (sums to 100). refund_request splits into tier 1/2 by amount;
# account_help into tier 1 (login, settings) and tier 2 (locked or hacked accounts).
INTENT_WEIGHTS: dict[str, float] = {
    "order_status": 16, "shipping_delay": 12, "shipping_info": 4, "return_policy": 3.5, "return_request": 6,
    "refund_status": 4.5, "exchange": 3.5, "sizing": 4.5, "product_info": 3, "promo_code": 3,
    "payment_methods": 2, "account_help": 2.5, "cancel_order": 2.5, "change_address": 1.5, "refund_request": 5.5,
    "out_of_scope": 4.5, "damaged_item": 6.5, "wrong_item": 4.5, "lost_package": 4.5, "payment_dispute": 3,
    "complaint": 3.5,
}
# Social is where much real support now happens (and where messages are hardest to read).
CHANNELS = [("email", 34), ("chat", 33), ("contact_form", 8), ("social", 25)]
# Out-of-scope messages mostly arrive on public channels.
OUT_OF_SCOPE_CHANNELS = [("email", 15), ("chat", 25), ("contact_form", 10), ("social", 50)]
OUT_OF_SCOPE_KINDS = [("other_company", 40), ("chit_chat", 15), ("praise", 20), ("gibberish", 12), ("business", 13)]
AGENTS = ["Maya", "Jordan", "Priya", "Sam", "Elena", "Chris", "Tomás", "Aisha"]
# Of the product questions about materials and care, the share that asks a price instead (2026.8), drawn from a
# stream of their own (the ticket's product, customer and roll), so every other ticket stays as it was.
PRICE_SHARE = 0.35
# Of the price and care questions, the share that asks what the store sells of a kind ("do you sell jackets?",
# "what's your cheapest tee?") instead (2026.15): without them the history never asked about the range, and "do you
# sell hats?" read as shipping. A stream of their own, as the price questions have; taken from both kinds of question
# so the care questions keep most of their number (taken from them alone, 69 -> 44 at seed 7, and the model read
# fewer of them surely).
RANGE_SHARE = 0.25
# Of the questions about an order on its way, the share that asks what is in it (what was ordered, in which size or
# colour) instead of where it is (2026.10), drawn from a stream of its own.
CONTENTS_SHARE = 0.2
# Of the same questions, the share that asks what time the parcel comes on the day (2026.12), from the other end of
# the same stream.
TIME_SHARE = 0.15
# Of the rest, the share that says the tracking number doesn't work (2026.13), from a stream of its own.
TRACKING_SHARE = 0.15
# Of the shipping questions about rates and times, the share that asks where the driver may leave a parcel (a safe
# place, a neighbour, a signature) instead (2026.11), drawn from a stream of its own.
INSTRUCTIONS_SHARE = 0.25
# Of the rest, the share that asks how fast delivery can be (next day, overnight, same day, the order cut-off) instead
# (2026.14), drawn from a stream of its own.
SPEED_SHARE = 0.35
ANGRY_INTENTS = {"shipping_delay", "lost_package", "damaged_item", "wrong_item", "complaint", "payment_dispute",
                 "refund_status", "refund_request"}


@dataclass
class Scenario:
    """What happened: who wrote, about which order, when, and how the human resolved it."""

    customer: dict
    created_at: datetime
    reply: str
    action: str
    record: OrderRecord | None = None
    facts: dict = field(default_factory=dict)
    slots: dict = field(default_factory=dict)
    refund_amount: Decimal | None = None
    tier: int | None = None
    recheck: str = ""  # what a second reply adds if the customer follows up
    variant: str = ""  # which situation phrasing fits (e.g. refund for a 'cancelled' vs 'returned' order)
    # A clarifying exchange: the first reply asked something; (customer's answer, agent's resolving reply).
    clarify: tuple[str, str] | None = None


def _d(day: date | datetime) -> str:
    return f"{day:%A, %B} {day.day}"


def _tracking_facts(record: OrderRecord) -> dict:
    s = record.shipment
    assert s is not None
    return {"order_id": record.id, "carrier": s["carrier"], "tracking_number": s["tracking_number"],
            "tracking_url": s["tracking_url"], "promised_date": s["promised_date"].isoformat()}


def _last_event_before(record: OrderRecord, moment: datetime) -> dict | None:
    events = [e for e in record.shipment["events"] if datetime.fromisoformat(e["at"]) <= moment]
    return events[-1] if events else None


class TicketBuilder:
    def __init__(self, rng: random.Random, customers: list[dict], records: list[OrderRecord],
                 products: list[dict], builder: OrderBuilder, variants: list[dict] | None = None):
        self.rng = rng
        self.variants: dict[tuple[str, str, str], dict] = {
            (v["product_id"], v["options"]["size"], v["options"]["color"]): v for v in variants or []}
        self.by_customer: dict[str, list[OrderRecord]] = defaultdict(list)
        for r in sorted(records, key=lambda r: (r.placed_at, r.id)):
            self.by_customer[r.customer["id"]].append(r)
        self.customers = customers
        self.records = records
        self.products = products
        self.by_id = {p["id"]: p for p in products}
        self.builder = builder
        self.refunded: set[str] = {r.id for r in records if r.refund_at}
        self.refund_seq = 0
        fate = lambda *names: [r for r in records if r.fate in names]  # noqa: E731
        self.shipped = [r for r in records if r.shipment is not None and r.fate != "lost"]
        self.processing = fate("processing", "pending")
        self.late = [r for r in records if r.late]
        self.lost = fate("lost")
        self.delivered = fate("delivered", "late", "returned")
        self.returned = fate("returned")
        self.cancelled = fate("cancelled")
        self.refundable = fate("delivered", "late")
        self.scenarios: dict[str, Callable[[], Scenario | None]] = {
            name: getattr(self, f"_{name}") for name in INTENT_WEIGHTS}

    # --- helpers ----------------------------------------------------------------------------------
    def _between(self, start: datetime, end: datetime) -> datetime | None:
        end = min(end, P.DEMO_NOW - timedelta(minutes=30))
        if end <= start:
            return None
        seconds = int((end - start).total_seconds())
        return start + timedelta(seconds=self.rng.randint(0, seconds))

    def _slots(self, customer: dict, record: OrderRecord | None, line: dict | None = None) -> dict:
        rng = self.rng
        product = self.by_id[line["product_id"]] if line else rng.choice(self.products)
        region = P.REGIONS[customer["region"]]
        slots = {
            "first": customer["first_name"], "last": customer["last_name"], "city": customer["address"]["city"],
            "region": rng.choice([region.name.removeprefix("the "), customer["address"]["country"],
                                  customer["address"]["city"]]),
            "product": product["name"], "item": self._short_name(product["name"]),
            "item2": self._short_name(rng.choice(self.products)["name"]),
            "size": (line["options"]["size"] if line else rng.choice(product["attributes"]["sizes"])),
            "color": rng.choice(product["attributes"]["colors"]), "days": str(rng.randint(4, 12)),
            "code": rng.choice(P.PROMO_CODES).code, "amount": P.money(rng.randint(40, 220)),
            "date": "", "order": "", "carrier": region.standard.carrier,
            "email": customer["email"], "zip": customer["address"]["zip"], "tracking": "",
        }
        if record is not None:
            slots["order"] = messages.order_ref(rng, record.id) if rng.random() > 0.14 else ""
            slots["date"] = (f"{record.promised:%b} {record.promised.day}" if record.promised
                             else f"{record.placed_at:%b} {record.placed_at.day}")
            if record.shipment:
                slots["carrier"] = record.shipment["carrier"]
                if rng.random() < 0.5:
                    slots["tracking"] = record.shipment["tracking_number"]
            slots["amount"] = P.money(record.order["total"])
        return slots

    def _short_name(self, name: str, rng: random.Random | None = None) -> str:
        """Customers say 'the parka', not 'the Glacier Down Parka'."""
        words = name.split()
        roll = (rng or self.rng).random()
        if roll < 0.35:
            return name
        if roll < 0.7:
            return " ".join(words[-2:]).lower()
        return words[-1].lower()

    def _customer_any(self) -> tuple[dict, datetime]:
        start = datetime.combine(P.HISTORY_START, datetime.min.time(), tzinfo=P.DEMO_NOW.tzinfo)
        while True:
            customer = self.rng.choice(self.customers)
            moment = self._between(max(start, customer["created_at"]), P.DEMO_NOW)
            if moment:
                return customer, moment

    def _line(self, record: OrderRecord, returnable: bool = False) -> dict:
        lines = record.items
        if returnable:
            lines = [x for x in lines if not self.by_id[x["product_id"]]["attributes"]["final_sale"]] or lines
        return self.rng.choice(lines)

    def _pick(self, pool: list[OrderRecord], window: Callable[[OrderRecord], tuple[datetime, datetime] | None],
              tries: int = 40) -> tuple[OrderRecord, datetime] | None:
        for _ in range(tries):
            if not pool:
                return None
            record = self.rng.choice(pool)
            bounds = window(record)
            if bounds:
                moment = self._between(*bounds)
                if moment:
                    return record, moment
        return None

    def _refund(self, record: OrderRecord, amount: Decimal, moment: datetime) -> None:
        self.refund_seq += 1
        self.builder.refund(record, amount, moment, f"ticket-refund-{self.refund_seq:05d}")
        self.refunded.add(record.id)

    def _line_refund(self, record: OrderRecord, line: dict) -> Decimal:
        """What a line cost the customer: its price less its share of the order discount."""
        order = record.order
        share = (order["subtotal"] - order["discount"]) / order["subtotal"] if order["subtotal"] else Decimal(1)
        return min(cents(line["unit_price"] * line["quantity"] * share), order["total"])

    def _timing(self, record: OrderRecord) -> str:
        label, when = P.REFUND_TIMING[record.payment_method]
        return f"to your {label}; it usually shows up {when}" if not when.startswith("within") else \
            f"to your {label}; it is available {when}"

    # --- tier-1 order scenarios -----------------------------------------------------------------
    def _order_status(self) -> Scenario | None:
        rng = self.rng
        if rng.random() < 0.12 and self.processing:
            record = rng.choice(self.processing)
            moment = self._between(record.placed_at + timedelta(hours=1), P.DEMO_NOW)
            if moment is None:
                return None
            reply = (f"Your order {record.id} is being packed in our {P.WAREHOUSE} warehouse. Orders ship within "
                     f"{P.PROCESSING_BUSINESS_DAYS} business days and you'll get an email with the tracking link "
                     "as soon as it leaves us.")
            return Scenario(record.customer, moment, reply, "share_order_status", record,
                            {"order_id": record.id, "help_article_id": "order-processing-times"},
                            recheck="it is still being packed; the tracking email goes out the moment it ships.")

        def window(r: OrderRecord):
            end = (r.delivered_at - timedelta(hours=3)) if r.delivered_at else P.DEMO_NOW
            end = min(end, datetime.combine(r.promised, datetime.max.time(), tzinfo=P.DEMO_NOW.tzinfo))
            return r.shipped_at + timedelta(hours=8), end

        picked = self._pick(self.shipped, window)
        if not picked:
            return None
        record, moment = picked
        s = record.shipment
        event = _last_event_before(record, moment)
        where = (f"The latest scan is \"{event['description']}\" in {event['location']}." if event and
                 event["status"] != "label_created" else "The carrier hasn't scanned it yet, which is normal for "
                                                         "the first 24 hours.")
        reply = (f"Good news: your order {record.id} shipped on {_d(record.shipped_at)} with {s['carrier']}, "
                 f"tracking number {s['tracking_number']}. You can follow it here: {s['tracking_url']}\n\n"
                 f"{where} It's due to arrive by {_d(record.promised)}.")
        scenario = Scenario(record.customer, moment, reply, "share_tracking", record,
                            {**_tracking_facts(record), "help_article_id": "track-your-order"},
                            recheck=f"it is moving with {s['carrier']} ({s['tracking_url']}) and still due by "
                                    f"{_d(record.promised)}.")
        if rng.random() < 0.15:
            return self._vague(scenario)
        roll = random.Random(f"contents|{record.id}|{moment.isoformat()}").random()
        if roll < CONTENTS_SHARE:
            return self._contents(scenario)
        if roll >= 1 - TIME_SHARE:
            return self._delivery_time(scenario)
        stuck = random.Random(f"tracking|{record.id}|{moment.isoformat()}").random() < TRACKING_SHARE
        return self._tracking_not_found(scenario) if stuck else scenario

    @staticmethod
    def _shipped(sc: Scenario) -> tuple[OrderRecord, dict]:
        """The order a status variant is about, and its shipment (those variants are built on shipped orders)."""
        assert sc.record is not None and sc.record.shipment is not None
        return sc.record, sc.record.shipment

    def _tracking_not_found(self, sc: Scenario) -> Scenario:
        """'The tracking number doesn't work': where the order is, and why a carrier's page can say 'not found' for a
        day (a later variant, phrasing.LATER_VARIANTS: no draw from the main stream)."""
        record, s = self._shipped(sc)
        reply = (f"Your order {record.id} shipped with {s['carrier']} on {_d(record.shipped_at)}, tracking number "
                 f"{s['tracking_number']}. A carrier's page can say 'not found' for up to 24 hours after the label is "
                 f"created, until the first scan; after that it shows here: {s['tracking_url']}. It's due by "
                 f"{_d(record.promised)}. If it still shows nothing tomorrow, reply here and we'll check with "
                 f"{s['carrier']}.")
        return replace(sc, reply=reply, variant="tracking")

    def _delivery_time(self, sc: Scenario) -> Scenario:
        """'What time will it come?': the order's due date and the carrier's window on the day (a later variant,
        phrasing.LATER_VARIANTS: no draw from the main stream)."""
        record, s = self._shipped(sc)
        reply = (f"Your order {record.id} is with {s['carrier']} and due by {_d(record.promised)}. {s['carrier']} "
                 f"delivers between {P.CARRIER_HOURS[0]} and {P.CARRIER_HOURS[1]}; on the day, the tracking link "
                 f"shows your time window once the driver's route is planned: {s['tracking_url']} (tracking number "
                 f"{s['tracking_number']}).")
        return replace(sc, reply=reply, variant="time")

    def _contents(self, sc: Scenario) -> Scenario:
        """'What was in that order?', 'what size did I get the parka in?': answered from the order's lines (a later
        variant, phrasing.LATER_VARIANTS: no draw from the main stream, so no other ticket moves)."""
        record, s = self._shipped(sc)
        lines = "; ".join(
            f"{line['quantity']} × {line['product_name']} ({line['options']['size']}, {line['options']['color']}) "
            f"at {P.money(line['unit_price'])}" for line in record.items)
        reply = (f"Here's what's in order {record.id}, placed on {_d(record.placed_at)}: {lines}. It came to "
                 f"{P.money(record.order['total'])}. It shipped with {s['carrier']} on "
                 f"{_d(record.shipped_at)} (tracking {s['tracking_number']}) and is due by "
                 f"{_d(record.promised)}.")
        facts = {**sc.facts, "items": [line["product_name"] for line in record.items],
                 "total": str(record.order["total"])}
        return replace(sc, reply=reply, facts=facts, variant="contents")

    def _vague(self, sc: Scenario) -> Scenario:
        """'I need some help with an order I placed': the agent lists the recent orders and asks which one;
        the customer names it and then gets the answer the order needs."""
        record = sc.record
        assert record is not None
        others = [r for r in self.by_customer[sc.customer["id"]] if r.placed_at <= sc.created_at and r is not record]
        recent = sorted([*others[-2:], record], key=lambda r: (r.placed_at, r.id))
        listing = "; ".join(
            f"{r.id} from {_d(r.placed_at)} ({r.items[0]['product_name']}{' and more' if len(r.items) > 1 else ''})"
            for r in reversed(recent))
        ask = ("Happy to help! Which order is it about? I can see these recent ones on your account: "
               f"{listing}. Just tell me the order number or what's in it.")
        item = self._short_name(record.items[0]["product_name"])
        answer = self.rng.choice([record.id, f"the {item} one", f"{record.id}, the {item}", f"it's {record.id}",
                                  f"the one with the {item} in it", f"{record.id} pls"])
        if recent and recent[-1] is record and self.rng.random() < 0.4:
            answer = self.rng.choice(["the most recent one", "the last one", "the newest one, thanks"])
        slots = {**self._slots(sc.customer, record), "order": "", "tracking": ""}  # the opener names no order
        return replace(sc, reply=ask, clarify=(answer, sc.reply), variant="vague", slots=slots)

    def _shipping_delay(self) -> Scenario | None:
        def window(r: OrderRecord):
            start = datetime.combine(r.promised + timedelta(days=1), datetime.min.time(), tzinfo=P.DEMO_NOW.tzinfo)
            end = r.delivered_at - timedelta(hours=2) if r.delivered_at else P.DEMO_NOW
            return start + timedelta(hours=13), end

        picked = self._pick(self.late, window)
        if not picked:
            return None
        record, moment = picked
        s, region = record.shipment, P.REGIONS[record.customer["region"]]
        event = _last_event_before(record, moment)
        lost_by = add_business_days(record.promised, region.lost_after_days)
        scan = (f"The last scan from {s['carrier']} was \"{event['description']}\" at {event['location']}. "
                if event else "")
        reply = (f"I'm sorry your order {record.id} is late: it was due by {_d(record.promised)}. {scan}"
                 f"I've opened a trace with {s['carrier']} (tracking {s['tracking_number']}, {s['tracking_url']}).\n\n"
                 f"If it hasn't arrived by {_d(lost_by)} we'll treat it as lost and reship it or refund you in full, "
                 "whichever you prefer.")
        return Scenario(record.customer, moment, reply, "share_tracking_and_delay_info", record,
                        {**_tracking_facts(record), "help_article_id": "shipping-delays",
                         "lost_after": lost_by.isoformat()},
                        recheck=f"the trace with {s['carrier']} is open; if it hasn't arrived by {_d(lost_by)} we "
                                "reship or refund.")

    def _return_request(self) -> Scenario | None:
        def window(r: OrderRecord):
            end = r.return_started if r.return_started else r.delivered_at + timedelta(days=P.RETURN_WINDOW_DAYS - 2)
            return r.delivered_at + timedelta(hours=20), end

        picked = self._pick(self.delivered, window)
        if not picked:
            return None
        record, moment = picked
        line = self._line(record, returnable=True)
        product = self.by_id[line["product_id"]]
        region = P.REGIONS[record.customer["region"]]
        facts = {"order_id": record.id, "help_article_id": "how-to-return", "product_id": product["id"]}
        if product["attributes"]["final_sale"]:
            reply = (f"I checked your order {record.id}: the {product['name']} was an Archive Sale item, which is "
                     "Final Sale, so unfortunately it can't be returned or exchanged. If it's faulty, let us know "
                     "and we'll make it right.")
            facts["help_article_id"] = "final-sale-items"
            return Scenario(record.customer, moment, reply, "explain_final_sale", record, facts,
                            slots=self._slots(record.customer, record, line))
        deadline = (record.delivered_at + timedelta(days=P.RETURN_WINDOW_DAYS)).date()
        label = ("The return label is free." if region.free_returns else
                 f"The prepaid label costs {P.money(region.return_label_fee)}, deducted from your refund.")
        reply = (f"Of course! Your order {record.id} was delivered on {_d(record.delivered_at)}, so you can return "
                 f"it until {_d(deadline)}. Start at {P.RETURNS_PORTAL_URL} with your order number and email, pick "
                 f"the {product['name']}, and print the label. {label} Items need to be unworn with tags attached.\n\n"
                 f"Once it reaches us we refund within {P.REFUND_PROCESSING_DAYS} business days "
                 f"{self._timing(record)}.")
        facts["return_deadline"] = deadline.isoformat()
        return Scenario(record.customer, moment, reply, "explain_return_steps", record, facts,
                        slots=self._slots(record.customer, record, line),
                        recheck=f"the returns portal is {P.RETURNS_PORTAL_URL}; your window runs until {_d(deadline)}.")

    def _refund_status(self) -> Scenario | None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.7:
            pool, start = self.returned, (lambda r: r.return_started + timedelta(days=4))
        elif roll < 0.88:
            pool, start = self.cancelled, (lambda r: r.cancelled_at + timedelta(hours=20))
        else:
            pool, start = self.lost, (lambda r: r.refund_at - timedelta(days=3))
        picked = self._pick(pool, lambda r: (start(r), r.refund_at + timedelta(days=9)))
        if not picked:
            return None
        record, moment = picked
        refund = next(p for p in record.payments if p["kind"] == "refund")
        amount = refund["amount"]
        if moment < record.refund_at:
            arrived = record.extra.get("return_arrived")
            got = (f"Your return reached our warehouse on {_d(arrived)}. " if arrived and arrived <= moment else
                   "Your return is on its way back to us. ")
            reply = (f"{got}Refunds are issued within {P.REFUND_PROCESSING_DAYS} business days of arrival; yours "
                     f"({P.money(amount)} for order {record.id}) is scheduled for {_d(record.refund_at)}, "
                     f"{self._timing(record)}.")
        else:
            why = {"returned": "for your return", "cancelled": "for the cancelled order",
                   "lost": "because the parcel was lost"}[record.fate]
            reply = (f"I can see a refund of {P.money(amount)} {why} on order {record.id}, issued on "
                     f"{_d(record.refund_at)} {self._timing(record)}. If it's not there after that, your bank can "
                     f"trace it with reference {refund['id']}.")
        return Scenario(record.customer, moment, reply, "check_refund_status", record,
                        {"order_id": record.id, "refund_amount": str(amount), "help_article_id": "refund-timing",
                         "refund_date": record.refund_at.date().isoformat()},
                        refund_amount=amount, variant=record.fate,
                        recheck=f"the refund of {P.money(amount)} is {refund['status']} on our side.")

    def _refund_request(self) -> Scenario | None:
        picked = self._pick([r for r in self.refundable if r.id not in self.refunded],
                            lambda r: (r.delivered_at + timedelta(days=1), r.delivered_at + timedelta(days=45)))
        if not picked:
            return None
        record, moment = picked
        line = self._line(record, returnable=True)
        amount = self._line_refund(record, line) if self.rng.random() < 0.8 else record.order["total"]
        when = moment + timedelta(hours=self.rng.randint(1, 30))
        self._refund(record, amount, when)
        line["status"] = "refunded"
        record.note(when, record.order["status"], lines={line["line_no"]: "refunded"})
        facts = {"order_id": record.id, "refund_amount": str(amount), "help_article_id": "refund-policy"}
        if amount <= P.REFUND_LIMIT:
            reply = (f"I'm sorry the {line['product_name']} didn't work out. I've refunded {P.money(amount)} on "
                     f"order {record.id} {self._timing(record)}. No need to send it back.")
            return Scenario(record.customer, moment, reply, "issue_refund", record, facts,
                            slots=self._slots(record.customer, record, line), refund_amount=amount, tier=1)
        reply = (f"Thanks for explaining. A refund of {P.money(amount)} on order {record.id} is above what I can "
                 "approve myself, so I've passed it to our returns team lead with your details. They'll review it "
                 "and email you within 1 business day.")
        return Scenario(record.customer, moment, reply, "issue_refund", record, facts,
                        slots=self._slots(record.customer, record, line), refund_amount=amount, tier=2)

    def _cancel_order(self) -> Scenario | None:
        """Cancel a pending order, or change items in it (the labelling guide files both under cancel_order:
        a placed order's items can't be edited, so a change is a cancel-and-reorder before it ships)."""
        modify = self.rng.random() < 0.35
        if self.rng.random() < 0.6:
            picked = self._pick(self.cancelled, lambda r: (r.placed_at + timedelta(minutes=2),
                                                           r.cancelled_at - timedelta(minutes=1)))
            if not picked:
                return None
            record, moment = picked
            total = P.money(record.order["total"])
            facts = {"order_id": record.id, "refund_amount": str(record.order["total"]), "help_article_id": "cancel-order"}
            if modify:
                line = self._line(record)
                reply = (f"Good timing: order {record.id} hadn't been packed yet. We can't edit the items on a placed "
                         f"order, so I've cancelled it and refunded the full {total} {self._timing(record)}. Please "
                         f"place a new order with the {line['product_name']} in the size or colour you want.")
                return Scenario(record.customer, moment, reply, "cancel_order", record,
                                {**facts, "help_article_id": "edit-order"}, refund_amount=record.order["total"],
                                slots=self._slots(record.customer, record, line), variant="modify")
            reply = (f"Done: order {record.id} is cancelled and nothing will ship. The full {total} "
                     f"is refunded {self._timing(record)}.")
            return Scenario(record.customer, moment, reply, "cancel_order", record, facts,
                            refund_amount=record.order["total"])
        picked = self._pick(self.shipped, lambda r: (r.shipped_at + timedelta(hours=1), r.shipped_at + timedelta(days=2)))
        if not picked:
            return None
        record, moment = picked
        s = record.shipment
        if modify:
            line = self._line(record)
            free = record.customer["region"] in P.FREE_EXCHANGE_REGIONS
            reply = (f"I'm sorry, order {record.id} already shipped with {s['carrier']} on {_d(record.shipped_at)} "
                     f"(tracking {s['tracking_number']}), so its items can't be changed any more. Once it arrives you "
                     f"can exchange the {line['product_name']} for another size or colour within "
                     f"{P.EXCHANGE_WINDOW_DAYS} days at {P.RETURNS_PORTAL_URL}"
                     f"{' at no cost' if free else ''}.")
            return Scenario(record.customer, moment, reply, "explain_exchange", record,
                            {**_tracking_facts(record), "help_article_id": "edit-order"},
                            slots=self._slots(record.customer, record, line), variant="modify")
        reply = (f"I'm sorry, order {record.id} already shipped with {s['carrier']} on {_d(record.shipped_at)} "
                 f"(tracking {s['tracking_number']}), so it can no longer be cancelled. Once it arrives you can return "
                 f"it within {P.RETURN_WINDOW_DAYS} days at {P.RETURNS_PORTAL_URL}.")
        return Scenario(record.customer, moment, reply, "explain_return_steps", record,
                        {**_tracking_facts(record), "help_article_id": "cancel-order"})

    def _change_address(self) -> Scenario | None:
        picked = self._pick(self.shipped, lambda r: (r.placed_at + timedelta(minutes=5), r.shipped_at + timedelta(days=1)))
        if not picked:
            return None
        record, moment = picked
        a = record.order["shipping_address"]
        pretty = ", ".join(x for x in (a["address1"], a["address2"], a["city"], a["state"], a["zip"]) if x)
        if moment < record.shipped_at:
            reply = (f"No problem, I caught it before it shipped: order {record.id} will now go to {pretty}. "
                     "You'll get the tracking link once it leaves the warehouse.")
            return Scenario(record.customer, moment, reply, "update_address", record,
                            {"order_id": record.id, "help_article_id": "change-shipping-address", "address": a})
        s = record.shipment
        tool = {"USPS": "USPS Package Intercept", "UPS": "UPS My Choice", "FedEx": "FedEx Delivery Manager"}.get(
            s["carrier"], f"the {s['carrier']} website")
        reply = (f"Order {record.id} has already shipped with {s['carrier']}, so we can't change the address any more. "
                 f"You may be able to redirect it with {tool} using tracking number {s['tracking_number']} "
                 f"({s['tracking_url']}).")
        return Scenario(record.customer, moment, reply, "explain_carrier_redirect", record,
                        {**_tracking_facts(record), "help_article_id": "change-shipping-address"})

    # --- tier-2 order scenarios -----------------------------------------------------------------
    def _damaged_item(self) -> Scenario | None:
        picked = self._pick(self.delivered, lambda r: (r.delivered_at + timedelta(hours=3),
                                                       r.delivered_at + timedelta(days=20)))
        if not picked:
            return None
        record, moment = picked
        line = self._line(record)
        facts = {"order_id": record.id, "help_article_id": "damaged-or-defective-items", "line_no": line["line_no"]}
        if self.rng.random() < 0.45 and record.id not in self.refunded:
            amount = self._line_refund(record, line)
            self._refund(record, amount, moment + timedelta(hours=self.rng.randint(2, 30)))
            reply = (f"I'm so sorry the {line['product_name']} arrived like that. Our quality team has approved a full "
                     f"refund of {P.money(amount)} on order {record.id} {self._timing(record)}. No need to send it back.")
            return Scenario(record.customer, moment, reply, "replace_or_refund", record,
                            {**facts, "refund_amount": str(amount)}, slots=self._slots(record.customer, record, line),
                            refund_amount=amount)
        reply = (f"I'm so sorry the {line['product_name']} ({line['options']['size']}, {line['options']['color']}) "
                 f"arrived damaged. Could you reply with a photo of the damage? I've flagged order {record.id} for our "
                 "quality team: they'll send a free replacement as soon as they've seen it, and a prepaid label for the "
                 "faulty one.")
        return Scenario(record.customer, moment, reply, "replace_or_refund", record, facts,
                        slots=self._slots(record.customer, record, line))

    def _wrong_item(self) -> Scenario | None:
        picked = self._pick(self.delivered, lambda r: (r.delivered_at + timedelta(hours=2),
                                                       r.delivered_at + timedelta(days=14)))
        if not picked:
            return None
        record, moment = picked
        line = self._line(record)
        reply = (f"I'm sorry about the mix-up on order {record.id}. I've asked our warehouse to send the correct "
                 f"{line['product_name']} in {line['options']['size']} / {line['options']['color']} by express at no "
                 "cost, and emailed you a prepaid label for the wrong item. You'll get the new tracking number by email.")
        return Scenario(record.customer, moment, reply, "reship_correct_item", record,
                        {"order_id": record.id, "help_article_id": "wrong-or-missing-items", "line_no": line["line_no"]},
                        slots=self._slots(record.customer, record, line))

    def _lost_package(self) -> Scenario | None:
        if self.rng.random() < 0.35:
            picked = self._pick(self.lost, lambda r: (
                datetime.combine(r.promised, datetime.min.time(), tzinfo=P.DEMO_NOW.tzinfo) + timedelta(days=3),
                r.refund_at + timedelta(days=6)))
            if picked:
                record, moment = picked
                s, amount = record.shipment, record.order["total"]
                if moment >= record.refund_at:
                    reply = (f"I'm really sorry: {s['carrier']} has confirmed that order {record.id} (tracking "
                             f"{s['tracking_number']}) is lost. We've refunded the full {P.money(amount)} "
                             f"{self._timing(record)}.")
                else:
                    reply = (f"I'm sorry, order {record.id} hasn't moved since its last scan with {s['carrier']} "
                             f"(tracking {s['tracking_number']}, {s['tracking_url']}). I've opened a claim; if it isn't "
                             f"found by {_d(record.lost_declared)} we'll refund the full {P.money(amount)} or reship, "
                             "your choice.")
                return Scenario(record.customer, moment, reply, "reship_or_refund", record,
                                {**_tracking_facts(record), "help_article_id": "lost-packages",
                                 "refund_amount": str(amount)}, refund_amount=amount, variant="lost")
        picked = self._pick([r for r in self.delivered if r.fate != "returned"],
                            lambda r: (r.delivered_at + timedelta(hours=2), r.delivered_at + timedelta(days=5)))
        if not picked:
            return None
        record, moment = picked
        s = record.shipment
        event = s["events"][-1]
        reply = (f"I'm sorry! {s['carrier']} shows order {record.id} as \"{event['description']}\" in "
                 f"{event['location']} on {_d(record.delivered_at)} (tracking {s['tracking_number']}). Sometimes parcels "
                 f"turn up within {P.DELIVERED_NOT_RECEIVED_WAIT_HOURS} hours or with a neighbour. I've opened a claim "
                 "with the carrier; if it doesn't turn up we'll reship your order at no cost.")
        return Scenario(record.customer, moment, reply, "reship_or_refund", record,
                        {**_tracking_facts(record), "help_article_id": "delivered-not-received",
                         "delivered_at": record.delivered_at.isoformat()}, variant="delivered")

    def _payment_dispute(self) -> Scenario | None:
        if self.rng.random() < 0.8:
            picked = self._pick(self.records, lambda r: (r.placed_at + timedelta(hours=2), r.placed_at + timedelta(days=30)))
            if picked:
                record, moment = picked
                pay = record.payments[0]
                reply = (f"Thanks for flagging this. On our side order {record.id} has one payment of "
                         f"{P.money(pay['amount'])} ({pay['method'].split(':')[0].replace('_', ' ')}) on "
                         f"{_d(pay['created_at'])}. A second line is often a pending authorisation that drops off in "
                         f"{P.PENDING_AUTH_RELEASE_DAYS}, but I've passed this to our billing team to check with the "
                         "processor; they'll email you within 2 business days.")
                return Scenario(record.customer, moment, reply, "billing_review", record,
                                {"order_id": record.id, "help_article_id": "double-charges-and-pending-authorisations",
                                 "payment_id": pay["id"]})
        customer, moment = self._customer_any()
        reply = ("I'm sorry for the worry. I couldn't match that charge to an order on your account, so I've passed it "
                 "to our billing team with your details. Please don't share full card numbers here; they'll email you "
                 "within 2 business days.")
        return Scenario(customer, moment, reply, "billing_review", None,
                        {"help_article_id": "double-charges-and-pending-authorisations"})

    def _complaint(self) -> Scenario | None:
        record = None
        if self.rng.random() < 0.55:
            picked = self._pick(self.delivered + self.late, lambda r: (r.placed_at + timedelta(days=3),
                                                                       r.placed_at + timedelta(days=60)))
            if picked:
                record, moment = picked
        if record is None:
            customer, moment = self._customer_any()
        else:
            customer = record.customer
        ref = f" about order {record.id}" if record else ""
        reply = (f"I'm really sorry{ref}; that's not the experience we want anyone to have. I've passed your message "
                 "to our customer care lead, who will personally get back to you within 1 business day.")
        return Scenario(customer, moment, reply, "human_review", record,
                        {"order_id": record.id} if record else {})

    # --- knowledge scenarios (no order needed) ---------------------------------------------------
    def _shipping_info(self) -> Scenario | None:
        customer, moment = self._customer_any()
        code = customer["region"] if self.rng.random() < 0.8 else self.rng.choice(list(P.REGIONS))
        r = P.REGIONS[code]
        reply = (f"We ship to {r.name} with {r.standard.carrier}: standard is {P.money(r.standard.cost)} "
                 f"({r.standard.min_days}-{r.standard.max_days} business days) and free from "
                 f"{P.money(r.free_shipping_threshold)}; express with {r.express.carrier} is {P.money(r.express.cost)} "
                 f"({r.express.min_days}-{r.express.max_days} business days). Orders leave our warehouse within "
                 f"{P.PROCESSING_BUSINESS_DAYS} business days.")
        if not r.duties_included:
            reply += " Orders to Australia over AUD 1,000 may be charged duties on delivery."
        elif code != "US":
            reply += " Duties and taxes are included, so there's nothing to pay on delivery."
        slots = self._slots(customer, None)
        slots["region"] = r.name.removeprefix("the ")
        facts = {"help_article_id": f"shipping-{code.lower()}", "region": code}
        roll = self.rng.random()
        if roll < 0.12:
            reply = ("We sell online only, so there's no store, click-and-collect or pickup point, sorry! We deliver to "
                     "the address you choose at checkout, and that can be your workplace. " + reply)
            return Scenario(customer, moment, reply, "answer_from_help_center", None,
                            {**facts, "help_article_id": "shipping-overview"}, slots=slots, variant="pickup")
        if roll < 0.24:
            reply = ("Thanks for letting us know, and sorry for the trouble! Please don't open it. Reply with a photo "
                     "of the label (or the name and address on it) and we'll email you a prepaid label to send it "
                     "back. If it's for a neighbour, you're welcome to pass it on instead.")
            return Scenario(customer, moment, reply, "answer_from_help_center", None,
                            {"help_article_id": "parcel-not-for-you"}, slots=slots, variant="misdelivered")
        side = random.Random(f"instructions|{customer['id']}|{moment.isoformat()}")
        if side.random() < INSTRUCTIONS_SHARE:
            return self._instructions(customer, moment, slots)
        if random.Random(f"speed|{customer['id']}|{moment.isoformat()}").random() < SPEED_SHARE:
            return self._speed(customer, moment, slots, r, code)
        return Scenario(customer, moment, reply, "answer_from_help_center", None, facts, slots=slots)

    def _speed(self, customer: dict, moment: datetime, slots: dict, r: P.Region, code: str) -> Scenario:
        """'How much is next day delivery?': the fastest option to the region and the order cut-off, from the
        shipping overview (a later variant, phrasing.LATER_VARIANTS: no draw from the main stream)."""
        exp = r.express
        reply = (f"Our fastest option to {r.name} is express with {exp.carrier}: {P.money(exp.cost)}, "
                 f"{exp.min_days}-{exp.max_days} business days once it ships. We don't offer same-day or guaranteed "
                 f"next-day delivery. Orders placed before {P.SAME_DAY_CUTOFF} on a business day usually leave the "
                 "same day.")
        if exp.min_days == 1:
            reply += " So an express order placed by then often arrives the next business day."
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {"help_article_id": "shipping-overview", "region": code}, slots=slots, variant="speed")

    def _instructions(self, customer: dict, moment: datetime, slots: dict) -> Scenario:
        """'Can the driver leave it with a neighbour?': answered from the delivery-instructions article (a later
        variant, phrasing.LATER_VARIANTS: no draw from the main stream)."""
        reply = ("You can tell the driver where to leave your parcel in the delivery instructions at checkout: a safe "
                 "place, a neighbour who can take it in, or a gate code. Once your order has shipped, change where "
                 "they leave it through the carrier's tracking link in your shipping email, where you can also pick "
                 "another delivery day. Standard deliveries need no signature.")
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {"help_article_id": "delivery-instructions"}, slots=slots, variant="instructions")

    def _return_policy(self) -> Scenario | None:
        customer, moment = self._customer_any()
        r = P.REGIONS[customer["region"]]
        label = "free" if r.free_returns else f"{P.money(r.return_label_fee)} (deducted from your refund)"
        reply = (f"You have {P.RETURN_WINDOW_DAYS} days from delivery to return items that are "
                 f"{P.RETURN_CONDITIONS[0]} {P.RETURN_CONDITIONS[1]}. Archive Sale (Final Sale) items, underwear, socks "
                 f"and swimwear bottoms can't be returned. Our return label to you is {label}, and refunds go back to "
                 f"your original payment method within {P.REFUND_PROCESSING_DAYS} business days of the return arriving.")
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {"help_article_id": "return-policy"})

    def _exchange(self) -> Scenario | None:
        record, line = None, None
        if self.rng.random() < 0.7:
            picked = self._pick(self.delivered, lambda r: (r.delivered_at + timedelta(days=1),
                                                           r.delivered_at + timedelta(days=P.EXCHANGE_WINDOW_DAYS - 2)))
            if picked:
                record, moment = picked
                line = self._line(record, returnable=True)
        if record is None:
            customer, moment = self._customer_any()
        else:
            customer = record.customer
        free = customer["region"] in P.FREE_EXCHANGE_REGIONS
        cost = "free" if free else f"{P.money(P.REGIONS[customer['region']].return_label_fee)} for the label"
        what = f"the {line['product_name']} from order {record.id}" if line else "an item"
        reply = (f"Yes, you can exchange {what} for another size or colour within {P.EXCHANGE_WINDOW_DAYS} days of "
                 f"delivery. Start at {P.RETURNS_PORTAL_URL} and choose Exchange: it's {cost}, and we ship the new "
                 "one as soon as your return is scanned. If your size sells out in the meantime we refund it instead.")
        slots = self._slots(customer, record, line)
        return Scenario(customer, moment, reply, "explain_exchange", record,
                        {"help_article_id": "exchanges", **({"order_id": record.id} if record else {})}, slots=slots)

    def _sizing(self) -> Scenario | None:
        customer, moment = self._customer_any()
        product = self.rng.choice(self.products)
        line = LINES[product["product_line"]]
        size = self.rng.choice(product["attributes"]["sizes"])
        row = product["size_chart"]["rows"][size]
        measures = ", ".join(f"{k.upper()} {v}" if k in ("eu", "uk") else f"{k.replace('_', ' ')} {v} in"
                             for k, v in row.items() if v != "-")
        reply = (f"For the {product['name']}, size {size} measures {measures}. {line.fit_note} The full chart is here: "
                 f"{P.article_url('size-guide-' + line.code)}")
        slots = self._slots(customer, None)
        slots.update(product=product["name"], size=size)
        return Scenario(customer, moment, reply, "share_size_chart", None,
                        {"help_article_id": f"size-guide-{line.code}", "product_id": product["id"], "size": size},
                        slots=slots)

    def _product_info(self) -> Scenario | None:
        customer, moment = self._customer_any()
        product = self.rng.choice(self.products)
        a = product["attributes"]
        roll = self.rng.random()
        if roll < 0.3 and self.variants:
            return self._stock(customer, moment, product)
        if roll < 0.42:
            slots = self._slots(customer, None)
            slots.update(product=product["name"], item=self._short_name(product["name"]))
            reply = (f"Everything we sell is covered against manufacturing defects: if the {product['name']} "
                     "develops a fault, send us your order number and a photo within 30 days of delivery and we'll "
                     "replace it or refund it in full, including shipping. Normal wear and tear isn't covered.")
            return Scenario(customer, moment, reply, "answer_from_help_center", None,
                            {"help_article_id": "damaged-or-defective-items", "product_id": product["id"]},
                            slots=slots, variant="warranty")
        # a range question takes the place of a price or a care question: both draw the same from the main stream
        kind = random.Random(f"range|{product['id']}|{customer['id']}|{roll}")
        if kind.random() < RANGE_SHARE:
            return self._range(customer, moment, product, kind)
        side = random.Random(f"price|{product['id']}|{customer['id']}|{roll}")
        if side.random() < PRICE_SHARE:
            return self._price(customer, moment, product, side)
        reply = (f"The {product['name']} is made of {a['material']}. Care: {product['care']}")
        if a["final_sale"]:
            reply += " Note it's an Archive Sale item, so it's Final Sale."
        care_lines = ("denim", "outerwear", "footwear", "activewear", "tops")
        article = f"care-{product['product_line']}" if product["product_line"] in care_lines else \
            "materials-and-sustainability"
        slots = self._slots(customer, None)
        slots["product"] = product["name"]
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {"help_article_id": article, "product_id": product["id"]}, slots=slots)

    def _price(self, customer: dict, moment: datetime, product: dict, side: random.Random) -> Scenario:
        """'How much is it?': answered from the catalogue's prices (no draw from the main stream: a later variant,
        phrasing.LATER_VARIANTS)."""
        prices = sorted({v["price"] for (pid, _, _), v in self.variants.items() if pid == product["id"]})
        cost = P.money(prices[0]) if len(prices) == 1 else f"{P.money(prices[0])} to {P.money(prices[-1])}, by size"
        reply = f"The {product['name']} is {cost} right now."
        if product["attributes"]["final_sale"]:
            reply += " It's an Archive Sale item, so it's Final Sale."
        slots = self._slots(customer, None)
        slots.update(product=product["name"], item=self._short_name(product["name"], side),
                     size=side.choice(product["attributes"]["sizes"]))
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {"product_id": product["id"], "price_from": str(prices[0]), "price_to": str(prices[-1])},
                        slots=slots, variant="price")

    def _range(self, customer: dict, moment: datetime, product: dict, side: random.Random) -> Scenario:
        """'Do you sell jackets?': answered with the catalogue's products of that kind and their prices, cheapest
        first (a later variant, phrasing.LATER_VARIANTS: no draw from the main stream)."""
        category = product["category"]
        prices: dict[str, list] = {}
        for (pid, _, _), variant in self.variants.items():
            prices.setdefault(pid, []).append(variant["price"])
        kind = sorted((p for p in self.products if p["category"] == category and p["id"] in prices),
                      key=lambda p: (min(prices[p["id"]]), p["name"]))
        listed = "; ".join(f"{p['name']} ({P.money(min(prices[p['id']]))})" for p in kind)
        reply = f"Here's what we have in {category} right now, cheapest first: {listed}."
        slots = self._slots(customer, None)
        # the care question's slots, as it would have drawn them (the stream moves as it did), and the kind's own
        slots.update(product=product["name"], kinds=category, kind_colour=side.choice(product["attributes"]["colors"]))
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {"category": category, "product_ids": [p["id"] for p in kind]}, slots=slots, variant="range")

    def _stock(self, customer: dict, moment: datetime, product: dict) -> Scenario:
        """'Is it in stock in my size?': answered from the variant's availability."""
        a = product["attributes"]
        size, colour = self.rng.choice(a["sizes"]), self.rng.choice(a["colors"])
        variant = self.variants[(product["id"], size, colour)]
        slots = self._slots(customer, None)
        slots.update(product=product["name"], item=self._short_name(product["name"]), size=size, color=colour)
        facts = {"product_id": product["id"], "variant_id": variant["id"], "available": variant["available"]}
        if variant["available"]:
            reply = (f"Good news: the {product['name']} in {size} / {colour} is in stock right now, so you can order "
                     "it straight from the product page.")
            return Scenario(customer, moment, reply, "answer_from_help_center", None, facts, slots=slots,
                            variant="stock")
        reply = (f"The {product['name']} in {size} / {colour} is sold out at the moment and we don't have a restock "
                 "date yet. Tap 'Notify me' on the product page and we'll email you as soon as it's back.")
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {**facts, "help_article_id": "exchange-out-of-stock"}, slots=slots, variant="stock")

    def _promo_code(self) -> Scenario | None:
        customer, moment = self._customer_any()
        rng = self.rng
        if rng.random() < 0.22:
            reply = ("If something you bought drops in price within 7 days of your order, we refund the difference "
                     "once per order (Final Sale and Archive Sale prices excluded). Reply with your order number and "
                     "the item and I'll check the dates for you.")
            return Scenario(customer, moment, reply, "answer_from_help_center", None,
                            {"help_article_id": "sales-and-price-adjustments"}, variant="price")
        code = rng.choice(P.PROMO_CODES)
        day = moment.date()
        if code.valid_until and day > code.valid_until:
            why = f"{code.code} was a seasonal code that ended on {code.valid_until:%B} {code.valid_until.day}, {code.valid_until.year}"
        elif code.valid_until and day < code.valid_from:
            why = f"{code.code} only starts on {code.valid_from:%B} {code.valid_from.day}"
        elif code.first_order_only:
            why = f"{code.code} is for a first order only and your account already has an order on it"
        elif code.free_shipping and customer["region"] != "US":
            why = f"{code.code} is for US orders only"
        elif code.min_subtotal:
            why = f"{code.code} needs a subtotal of {P.money(code.min_subtotal)} or more, before shipping"
        else:
            why = f"{code.code} can't be used on Final Sale items or combined with another code"
        reply = (f"I checked: {why}. Only one code can be used per order and codes don't apply to "
                 "Final Sale items or gift cards. Current codes: "
                 + "; ".join(f"{p.code} ({p.description})" for p in P.PROMO_CODES if p.valid_until is None) + ".")
        slots = self._slots(customer, None)
        slots["code"] = code.code if rng.random() < 0.8 else code.code.lower()
        return Scenario(customer, moment, reply, "answer_from_help_center", None,
                        {"help_article_id": "promo-code-not-working", "promo_code": code.code}, slots=slots)

    def _payment_methods(self) -> Scenario | None:
        customer, moment = self._customer_any()
        topic = self.rng.choice(["methods", "klarna", "gift", "declined"])
        if topic == "declined":
            reply = ("I'm sorry checkout is giving you trouble. A declined payment isn't charged: at most your bank "
                     f"shows a pending hold that drops off in {P.PENDING_AUTH_RELEASE_DAYS}. Check that the billing "
                     "address matches your card's, or use another method: we accept "
                     + "; ".join(P.PAYMENT_METHODS) + ".")
            return Scenario(customer, moment, reply, "answer_from_help_center", None,
                            {"help_article_id": "payment-methods"}, variant="declined")
        if topic == "klarna":
            reply = (f"Yes! Choose Klarna at checkout to split orders between {P.money(P.KLARNA_MIN)} and "
                     f"{P.money(P.KLARNA_MAX)} into {P.KLARNA_INSTALMENTS} interest-free payments.")
            article = "klarna-instalments"
        elif topic == "gift":
            reply = ("Gift cards never expire and can be combined with one promo code; enter the 16-digit code at "
                     "checkout. You can check the balance on our gift card page.")
            article = "gift-cards"
        else:
            reply = "We accept " + "; ".join(P.PAYMENT_METHODS) + f". Everything is charged in {P.CURRENCY}."
            article = "payment-methods"
        return Scenario(customer, moment, reply, "answer_from_help_center", None, {"help_article_id": article},
                        variant=topic)

    def _account_help(self) -> Scenario | None:
        customer, moment = self._customer_any()
        if self.rng.random() < 0.2:  # locked or hacked: still account_help, but a person handles it (tier 2)
            reply = (f"I'm sorry, that sounds worrying. I've locked the account for {customer['email']} so nobody can "
                     "use it, and passed it to our security team: they'll email you within 1 business day to check "
                     "it's you, restore access and cancel any order you didn't place before it ships. We'll never "
                     "ask for your password.")
            return Scenario(customer, moment, reply, "human_review", None, {"help_article_id": "account-security"},
                            tier=2, variant="locked")
        topic = self.rng.choice(["password-reset", "password-reset", "change-email", "newsletter-preferences",
                                 "guest-checkout", "delete-account"])
        reply = {
            "password-reset": f"Use 'Forgot password' on the sign-in page with {customer['email']}. The link is valid "
                              f"for {P.PASSWORD_RESET_LINK_MINUTES} minutes, so request a fresh one if it expired, "
                              "and check your spam folder.",
            "change-email": "Sign in, go to Account > Profile and enter the new email; the change applies once you "
                            "click the confirmation link we send to it.",
            "newsletter-preferences": f"I've unsubscribed {customer['email']}; it can take up to "
                                      f"{P.NEWSLETTER_UNSUBSCRIBE_HOURS} hours. Order and shipping emails will still "
                                      "come through.",
            "guest-checkout": f"Create an account with {customer['email']} and your past guest orders will appear "
                              "automatically.",
            "delete-account": f"I've logged your deletion request; your account and data are removed within "
                              f"{P.ACCOUNT_DELETION_DAYS} days (order records we must keep for tax are retained).",
        }[topic]
        return Scenario(customer, moment, reply, "answer_from_help_center", None, {"help_article_id": topic},
                        variant=topic)

    def _out_of_scope(self) -> Scenario | None:
        """Not a request for this store (another company's service, chit-chat, praise, gibberish, business):
        the agent answers politely, says what it can help with and offers a person. Never escalated."""
        customer, moment = self._customer_any()
        names, weights = zip(*OUT_OF_SCOPE_KINDS, strict=True)
        kind = self.rng.choices(names, weights)[0]
        offer = "If you'd like to talk to a person on our team about anything, just say so."
        scope = "orders, deliveries, returns, exchanges, sizing, products and your account"
        reply = {
            "other_company": ("Sorry to hear about the trouble! That's a service from another company, so it's not "
                              f"something we at {P.BRAND} can see or fix: please contact them directly. We can help "
                              f"with your {P.BRAND_SHORT} {scope}. {offer}"),
            "chit_chat": (f"Ha, I wish I could help with that one! This is {P.BRAND} customer care, so I'm best at "
                          f"{scope}. Anything like that I can do for you? {offer}"),
            "praise": ("Thank you so much, that really made our day! I'll pass it on to the team. If there's ever "
                       f"anything you need help with ({scope}), we're here."),
            "gibberish": (f"Hi! I'm not sure I understood your message. I can help with {scope}: what can I do for "
                          f"you? {offer}"),
            "business": ("Thanks for thinking of us! This is customer care for orders, so I can't help with that "
                         f"here: for jobs, wholesale, press and partnerships please write to {P.BUSINESS_EMAIL} and "
                         "the right team will get back to you."),
        }[kind]
        return Scenario(customer, moment, reply, "explain_scope", None,
                        {"help_article_id": "contact-us", "scope": kind}, variant=kind)

    # --- assembly -------------------------------------------------------------------------------
    def build(self, count: int) -> list[dict]:
        rng = self.rng
        names, weights = zip(*INTENT_WEIGHTS.items(), strict=True)
        rows: list[dict] = []
        while len(rows) < count:
            intent = rng.choices(names, weights)[0]
            scenario = self.scenarios[intent]()
            if scenario is None:
                continue
            rows.append(self._row(intent, scenario))
        return rows

    def _ask_details(self, intent: str, sc: Scenario, slots: dict, language: str) -> tuple[str, str] | None:
        """The agent's ask and the customer's answer when the first message named no order (details.py)."""
        if language != "en" or sc.clarify is not None or sc.record is None or slots.get("order"):
            return None
        item = self._item_word(sc.record)
        return details.detail_exchange(f"details:{sc.customer['id']}:{sc.created_at.isoformat()}", sc.customer,
                                       sc.record.id, item)

    @staticmethod
    def _item_word(record: OrderRecord) -> str:
        """How a customer names an item of the order without the main stream's randomness: its last word."""
        return record.items[0]["product_name"].split()[-1].lower()

    @staticmethod
    def _after(moment: datetime, created: datetime, step: int = 0) -> datetime:
        """A moment a few minutes after `moment`, never past the demo's now (deterministic, no draw)."""
        return min(max(moment, created) + timedelta(minutes=7 * step), P.DEMO_NOW)

    def _row(self, intent: str, sc: Scenario) -> dict:
        rng = self.rng
        customer = sc.customer
        channels = OUT_OF_SCOPE_CHANNELS if intent == "out_of_scope" else CHANNELS
        channel = rng.choices([c for c, _ in channels], [w for _, w in channels])[0]
        language = "en"
        translated = translations.TRANSLATED.get(customer["language"], {})
        if intent in translated and sc.variant != "vague" and rng.random() < 0.85:
            language = customer["language"]
        slots = sc.slots or self._slots(customer, sc.record)
        if sc.variant == "contents" and sc.record is not None:  # asked about one of the order's own items (no draw)
            first = sc.record.items[0]["options"]
            slots = {**slots, "item": self._item_word(sc.record), "size": first["size"], "color": first["color"]}
        secondary: list[str] = []
        if language == "en" and intent != "out_of_scope" and sc.variant != "vague" and rng.random() < 0.13:
            options = [s for s in phrasing.SECONDARY_ASKS if s != intent]
            secondary.append(rng.choice(options))
        if intent == "out_of_scope":  # only another company's failures make people angry here
            angry = sc.variant == "other_company" and rng.random() < 0.15
        else:
            angry = rng.random() < (0.32 if intent in ANGRY_INTENTS else 0.06)
        if language != "en":  # no English words inside a translated message
            if sc.record is not None and slots.get("order"):
                slots = {**slots, "order": rng.choice([sc.record.id, f"#{sc.record.id}", sc.record.id[2:]])}
            if sc.record is not None and sc.record.promised:
                slots = {**slots, "date": f"{sc.record.promised.day}/{sc.record.promised.month}"}
        text = messages.compose(rng, intent, slots, angry=angry, secondary=secondary[0] if secondary else None,
                                channel=channel, language=language, variant=sc.variant)
        tier = sc.tier or INTENTS[intent].tier
        agent = rng.choice(AGENTS)
        greeting = phrasing.GREETINGS[language].format(first=customer["first_name"])
        opener = rng.choice(["Thanks for reaching out!", "Thanks for getting in touch.", "Happy to help!",
                             "Sorry for the wait.", "Thanks for your message.", ""])
        if sc.reply.startswith(("Thank", "Happy", "Sorry", "Ha,", "Hi!")):
            opener = ""
        extra = ""
        if secondary:
            extra = "\n\n" + _secondary_answer(secondary[0], customer)
        reply = f"{greeting},\n\n{(opener + ' ') if opener else ''}{sc.reply}{extra}\n\nBest,\n{agent}\n{P.BRAND} Customer Care"
        delay = {"chat": (1, 12), "social": (15, 240), "email": (40, 1300), "contact_form": (40, 1300)}[channel]
        reply_at = min(sc.created_at + timedelta(minutes=rng.randint(*delay)), P.DEMO_NOW)
        msgs = [{"role": "customer", "text": text, "at": sc.created_at.isoformat()},
                {"role": "agent", "text": reply, "at": reply_at.isoformat()}]
        first_reply_ok = tier == 1 and sc.clarify is None
        asked = self._ask_details(intent, sc, slots, language)
        if asked is not None:  # the first reply asked for the order; the customer answers, the agent resolves
            ask, answer, reply_at = asked[0], asked[1], self._after(reply_at, sc.created_at)
            msgs = [msgs[0], {"role": "agent", "text": f"{greeting},\n\n{ask}\n\n{agent}", "at": reply_at.isoformat()},
                    {"role": "customer", "text": answer, "at": self._after(reply_at, reply_at, 1).isoformat()},
                    {**msgs[1], "at": self._after(reply_at, reply_at, 2).isoformat()}]
            reply_at = self._after(reply_at, reply_at, 2)
        roll = rng.random()
        if sc.clarify is not None:  # the first reply asked which order; the customer answers, the agent resolves
            answer, resolving = sc.clarify
            answer_at = min(reply_at + timedelta(minutes=rng.randint(1, 90)), P.DEMO_NOW)
            msgs.append({"role": "customer", "text": answer, "at": answer_at.isoformat()})
            msgs.append({"role": "agent", "text": f"Thanks, {customer['first_name']}! {resolving}\n\n{agent}",
                         "at": min(answer_at + timedelta(minutes=rng.randint(1, 30)), P.DEMO_NOW).isoformat()})
        elif intent == "out_of_scope":
            if roll < 0.15:
                follow_at = min(reply_at + timedelta(minutes=rng.randint(1, 600)), P.DEMO_NOW)
                msgs.append({"role": "customer", "text": rng.choice(phrasing.FOLLOW_UPS["thanks"]),
                             "at": follow_at.isoformat()})
        elif roll < 0.22:
            kind = "thanks" if roll < 0.1 else "more"
            follow_at = min(reply_at + timedelta(minutes=rng.randint(3, 2000)), P.DEMO_NOW)
            msgs.append({"role": "customer", "text": rng.choice(phrasing.FOLLOW_UPS[kind]), "at": follow_at.isoformat()})
            if kind == "more":
                first_reply_ok = False
                again = sc.recheck or "I've passed your message on and we'll update you by email."
                msgs.append({"role": "agent", "text": f"Thanks for your patience, {customer['first_name']}. I've checked "
                                                      f"again: {again}\n\n{agent}",
                             "at": min(follow_at + timedelta(minutes=rng.randint(2, 600)), P.DEMO_NOW).isoformat()})
        resolved = not (tier == 2 and rng.random() < (0.1 if intent == "complaint" else 0.04))
        # The ask exchange draws nothing from the main stream, and the CSAT below is drawn as before it, so
        # every other row stays as it was; the ticket was still not resolved by its first reply.
        if tier == 2:
            csat_pool = [5, 4, 4, 3, 2, 1]
        elif intent == "shipping_delay" or not first_reply_ok:
            csat_pool = [5, 4, 4, 3, 3, 2, 1]
        else:
            csat_pool = [5, 5, 5, 4, 4, 3]
        facts = dict(sc.facts)
        if sc.refund_amount is not None:
            facts["refund_amount"] = str(sc.refund_amount)
        subject = None
        if channel in ("email", "contact_form"):
            subject = messages.fill(rng.choice(phrasing.SUBJECTS[intent]), {**slots, "order": sc.record.id if sc.record
                                                                             else ""}).replace("my order", "").strip()
        return {
            "id": "", "created_at": sc.created_at.replace(microsecond=0), "channel": channel, "language": language,
            "customer_id": customer["id"], "customer_email": customer["email"],
            "order_id": sc.record.id if sc.record else None, "subject": subject or None, "messages": msgs,
            "intent": intent, "secondary_intents": secondary, "tier": tier, "resolution_action": sc.action,
            "resolved": resolved, "resolved_first_reply": first_reply_ok and resolved and asked is None, "escalated": tier == 2,
            "refund_amount": sc.refund_amount, "csat": rng.choice(csat_pool) if rng.random() < 0.55 else None,
            "facts": facts, "source": "demo", "split": "learn",
        }


def _secondary_answer(intent: str, customer: dict) -> str:
    r = P.REGIONS[customer["region"]]
    return {
        "shipping_info": f"On shipping: standard to {r.name} is {P.money(r.standard.cost)}, free from "
                         f"{P.money(r.free_shipping_threshold)}; express is {P.money(r.express.cost)}.",
        "return_policy": f"And on returns: you have {P.RETURN_WINDOW_DAYS} days from delivery; Final Sale items "
                         "can't be returned.",
        "sizing": f"For sizing, our size guides are at {P.HELP_CENTER_URL} (search 'size guide').",
        "promo_code": f"About the code: only {P.CODES_PER_ORDER} code per order, and it can't be added after the "
                      "order is placed.",
        "payment_methods": "We accept cards, PayPal, Apple Pay, Google Pay and Klarna.",
        "account_help": f"For your login, use 'Forgot password'; the link lasts {P.PASSWORD_RESET_LINK_MINUTES} minutes.",
        "product_info": f"Care instructions are on each product page and at {P.HELP_CENTER_URL}.",
        "exchange": f"An exchange works too: choose Exchange at {P.RETURNS_PORTAL_URL}.",
        "order_status": "I've also checked your other orders: you'll find their tracking links under Account > Orders.",
        "refund_status": "Refunds go back to the original payment method within "
                         f"{P.REFUND_PROCESSING_DAYS} business days of the return arriving.",
    }[intent]
