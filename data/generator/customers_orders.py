"""Customers and ~18 months of their orders, with line items, payments and shipments.

Each order is simulated along a timeline (placed -> shipped -> scanned -> delivered, late, lost,
returned or cancelled) measured against policy.DEMO_NOW, and the simulation is kept in an
`OrderRecord` so that tickets can pick an order whose state at the ticket's date fits the intent.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from data.generator import carriers, people
from data.generator import policy as P

CENT = Decimal("0.01")
PENDING_HOURS = 3  # an order not shipped yet is 'pending' this long after it was placed, then 'processing'
REGION_WEIGHTS = [("US", 0.60), ("CA", 0.12), ("UK", 0.12), ("EU", 0.10), ("AU", 0.06)]


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def add_business_days(start: date, days: int) -> date:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def at(day: date, hour: float) -> datetime:
    """A UTC instant on `day` at a fractional hour."""
    moment = datetime.combine(day, time(0), tzinfo=P.DEMO_NOW.tzinfo) + timedelta(hours=hour)
    return moment.replace(microsecond=0)


@dataclass
class OrderRecord:
    """An order row plus the simulated facts tickets need (none of this is hidden from the OMS)."""

    order: dict
    items: list[dict]
    payments: list[dict]
    shipment: dict | None
    customer: dict
    payment_method: str  # refund timing key: card|paypal|gift_card|klarna|apple_pay
    fate: str  # pending|processing|in_transit|delivered|late|lost|returned|cancelled
    shipped_at: datetime | None = None
    promised: date | None = None
    delivered_at: datetime | None = None
    late: bool = False
    lost_declared: date | None = None
    cancelled_at: datetime | None = None
    return_started: datetime | None = None
    refund_at: datetime | None = None
    refund_amount: Decimal = Decimal("0")
    extra: dict = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)  # order_history rows: every state and when it began

    def note(self, moment: datetime, status: str, line_status: str | None = None,
             lines: dict[int, str] | None = None) -> None:
        """Record the order's state from `moment` on (capped at DEMO_NOW: the generator applies an event
        the day it is due; never earlier than the previous state). `line_status` sets every line, `lines` some of them; other lines keep theirs.
        Uses no randomness, so the rest of the store stays byte-identical per seed."""
        before = self.history[-1]["item_statuses"] if self.history else {}
        items = {str(i["line_no"]): line_status or before.get(str(i["line_no"]), "ordered") for i in self.items}
        items.update({str(n): s for n, s in (lines or {}).items()})
        # Never before the state it follows (a same-day shipment can carry a time before the order's own).
        moment = max(min(moment, P.DEMO_NOW), self.history[-1]["at"]) if self.history else min(moment, P.DEMO_NOW)
        self.history.append({"order_id": self.id, "at": moment, "status": status,
                             "item_statuses": items, "shipping_address": self.order["shipping_address"],
                             "source": "demo"})

    def catch_up(self, moment: datetime) -> None:
        """A status set from the carrier's latest scan (e.g. delayed before any scan) starts at that scan."""
        if self.history[-1]["status"] != self.order["status"]:
            self.note(moment, self.order["status"])

    @property
    def id(self) -> str:
        return self.order["id"]

    @property
    def placed_at(self) -> datetime:
        return self.order["placed_at"]


# --- customers ----------------------------------------------------------------------------------
def build_customers(rng: random.Random, count: int) -> list[dict]:
    customers: list[dict] = []
    taken: set[str] = set()
    regions, weights = zip(*REGION_WEIGHTS, strict=True)
    for index in range(1, count + 1):
        region = rng.choices(regions, weights)[0]
        addr, country = people.address(rng, region)
        language = people.pick_language(rng, region, country)
        first, last = people.pick_name(rng, language, country)
        created = P.HISTORY_START - timedelta(days=400) + timedelta(days=rng.randint(0, 900))
        phone = None if rng.random() < 0.3 else people.phone(rng, country)
        customers.append({
            "id": f"C{index:06d}", "email": people.email_for(rng, first, last, country, taken),
            "first_name": first, "last_name": last, "phone": phone, "address": addr, "region": region,
            "language": language, "created_at": at(min(created, P.DEMO_NOW.date() - timedelta(days=20)),
                                                    rng.uniform(0, 24)),
        })
    return customers


# --- orders ---------------------------------------------------------------------------------------
def _placed_at(rng: random.Random, customer: dict) -> datetime:
    """A time after the customer signed up, with a November/December peak and daytime bias."""
    start = max(customer["created_at"].date(), P.HISTORY_START)
    span = (P.DEMO_NOW.date() - start).days
    while True:
        day = start + timedelta(days=rng.randint(0, span))
        if rng.random() < (1.0 if day.month in (11, 12) else 0.62):
            break
    moment = at(day, rng.triangular(0, 24, 15))
    return min(moment, (P.DEMO_NOW - timedelta(minutes=rng.randint(5, 600))).replace(microsecond=0))


def _payment_method(rng: random.Random, total: Decimal) -> tuple[str, str]:
    """(payments.method, refund-timing key)."""
    roll = rng.random()
    if roll < 0.56:
        brand = rng.choices(["visa", "mastercard", "amex", "discover"], [50, 30, 14, 6])[0]
        return f"card:{brand}:{rng.randint(1000, 9999)}", "card"
    if roll < 0.76:
        return "paypal", "paypal"
    if roll < 0.86:
        return f"apple_pay:visa:{rng.randint(1000, 9999)}", "apple_pay"
    if roll < 0.95 and P.KLARNA_MIN <= total <= P.KLARNA_MAX:
        return "klarna", "klarna"
    return f"gift_card:{rng.randint(1000, 9999)}", "gift_card"


def _pick_promo(rng: random.Random, placed: datetime, first_order: bool, region: str) -> P.PromoCode | None:
    day = placed.date()
    live = [p for p in P.PROMO_CODES
            if p.valid_from <= day and (p.valid_until is None or day <= p.valid_until)
            and (not p.first_order_only or first_order) and (not p.free_shipping or region == "US")]
    seasonal = [p for p in live if p.valid_until is not None]
    if seasonal and rng.random() < 0.6:
        return rng.choice(seasonal)
    if first_order and rng.random() < 0.45:
        return P.promo("WELCOME10")
    if rng.random() < 0.16 and live:
        return rng.choice(live)
    return None


def _events(rng: random.Random, carrier: str, region: str, city: str, shipped: datetime,
            end: datetime, outcome: str) -> list[dict]:
    """Carrier scan history from label creation until `end` (capped at DEMO_NOW)."""
    hubs = carriers.HUBS[carrier]
    path = [hubs[0]] + rng.sample(hubs[1:], k=min(2, len(hubs) - 1))
    if region != "US":
        path.insert(1, f"{carriers.CUSTOMS[region]} (customs)")
    events = [{"at": shipped, "status": "label_created", "location": "Columbus, OH",
               "description": "Shipping label created, carrier awaiting item"}]
    first_scan = shipped + timedelta(hours=rng.randint(3, 20), minutes=rng.randint(0, 59))
    span = max((end - first_scan).total_seconds() / 3600, 4.0)
    steps = len(path) + (0 if outcome == "lost" else 1)
    for i, hub in enumerate(path):
        moment = first_scan + timedelta(hours=span * i / steps)
        events.append({"at": moment, "status": "in_transit", "location": hub,
                       "description": "Accepted by carrier" if i == 0 else
                       ("Cleared customs" if "customs" in hub else "Arrived at facility")})
    if outcome in ("late", "delayed"):
        reason = rng.choice(["Weather delay", "Delayed: high volume at facility", "Delivery attempted - "
                             "no access to delivery location", "Held at customs for inspection",
                             "Incorrect routing, redirected"])
        events.append({"at": first_scan + timedelta(hours=span * (len(path) - 0.5) / steps),
                       "status": "delayed", "location": path[-1], "description": reason})
    if outcome in ("delivered", "late"):
        events.append({"at": end - timedelta(hours=rng.uniform(2, 6)), "status": "out_for_delivery",
                       "location": city, "description": "Out for delivery"})
        events.append({"at": end, "status": "delivered", "location": city,
                       "description": rng.choice(["Delivered, front door/porch", "Delivered, in/at mailbox",
                                                  "Delivered, left with individual", "Delivered to parcel locker",
                                                  "Delivered, front desk/reception/mail room"])})
    events = [e for e in events if e["at"] <= P.DEMO_NOW]
    events.sort(key=lambda e: e["at"])
    return [{**e, "at": e["at"].replace(microsecond=0).isoformat()} for e in events]


class OrderBuilder:
    """Builds orders one at a time; holds the catalog and counters that make ids unique."""

    def __init__(self, rng: random.Random, products: list[dict], variants: list[dict]):
        self.rng = rng
        self.products = {p["id"]: p for p in products}
        self.variants = variants
        self.payment_seq = 0
        self.shipment_seq = 0

    def _payment(self, order_id: str, kind: str, method: str, amount: Decimal, moment: datetime,
                 status: str = "succeeded", reference: str | None = None) -> dict:
        self.payment_seq += 1
        return {"id": f"PAY{self.payment_seq:07d}", "order_id": order_id, "kind": kind, "method": method,
                "amount": cents(amount), "status": status, "created_at": moment, "reference": reference}

    def refund(self, record: OrderRecord, amount: Decimal, moment: datetime, reference: str) -> dict:
        """Add a refund row to an order (used by the ticket history too) and return it."""
        method = record.payments[0]["method"]
        status = "succeeded" if moment <= P.DEMO_NOW else "pending"
        row = self._payment(record.id, "refund", method, amount, min(moment, P.DEMO_NOW), status, reference)
        record.payments.append(row)
        return row

    def build(self, number: int, customer: dict, placed: datetime, first_order: bool) -> OrderRecord:
        rng = self.rng
        order_id = f"{P.ORDER_PREFIX}{number:06d}"
        region = P.REGIONS[customer["region"]]
        # --- lines ---
        lines: list[dict] = []
        chosen = rng.sample(self.variants, k=rng.choices([1, 2, 3, 4], [46, 32, 15, 7])[0])
        for line_no, variant in enumerate(chosen, start=1):
            product = self.products[variant["product_id"]]
            lines.append({"order_id": order_id, "line_no": line_no, "variant_id": variant["id"],
                          "product_id": product["id"], "product_name": product["name"],
                          "options": variant["options"], "quantity": rng.choices([1, 2, 3], [88, 10, 2])[0],
                          "unit_price": variant["price"], "status": "ordered"})
        subtotal = cents(sum((line["unit_price"] * line["quantity"] for line in lines), Decimal("0")))
        eligible = cents(sum((line["unit_price"] * line["quantity"] for line in lines
                              if not self.products[line["product_id"]]["attributes"]["final_sale"]),
                             Decimal("0")))
        # --- promo, shipping, total ---
        code = _pick_promo(rng, placed, first_order, customer["region"])
        if code and (subtotal < code.min_subtotal or (code.percent and eligible == 0)):
            code = None
        discount = cents(eligible * code.percent / 100) if code and code.percent else Decimal("0.00")
        method = "express" if rng.random() < 0.14 else "standard"
        option = region.express if method == "express" else region.standard
        free = method == "standard" and (subtotal - discount >= region.free_shipping_threshold
                                         or (code is not None and code.free_shipping))
        shipping_cost = Decimal("0.00") if free else option.cost
        total = subtotal + shipping_cost - discount
        pay_method, refund_key = _payment_method(rng, total)
        order = {"id": order_id, "customer_id": customer["id"], "status": "pending", "placed_at": placed,
                 "currency": P.CURRENCY, "subtotal": subtotal, "shipping_cost": shipping_cost,
                 "discount": discount, "total": total, "promo_code": code.code if code else None,
                 "shipping_method": method, "shipping_address": customer["address"], "updated_at": placed}
        record = OrderRecord(order, lines, [], None, customer, refund_key, "pending")
        record.payments.append(self._payment(order_id, "payment", pay_method, total, placed))
        record.note(placed, "pending", "ordered")
        self._simulate(record, option, region)
        return record

    def _simulate(self, record: OrderRecord, option: P.ShippingOption, region: P.Region) -> None:
        """Move the order along its timeline up to DEMO_NOW and set every status accordingly."""
        rng, order, placed = self.rng, record.order, record.placed_at
        age_hours = (P.DEMO_NOW - placed).total_seconds() / 3600
        # Cancelled within the window, before fulfilment.
        if rng.random() < 0.035:
            cancelled = placed + timedelta(minutes=rng.randint(4, P.CANCEL_WINDOW_MINUTES - 1))
            if cancelled <= P.DEMO_NOW:
                record.fate, record.cancelled_at = "cancelled", cancelled
                order["status"], order["updated_at"] = "cancelled", cancelled
                for line in record.items:
                    line["status"] = "cancelled"
                record.refund_amount = order["total"]
                record.refund_at = cancelled
                self.refund(record, order["total"], cancelled, f"cancel-{order['id']}")
                record.note(cancelled, "cancelled", "cancelled")
                return
        ship_day = add_business_days(placed.date(), rng.choice([0, 1, 1, 2]) if placed.hour >= 16 else
                                     rng.choice([0, 0, 1, 2]))
        shipped = at(ship_day, rng.uniform(17, 22))
        processing_from = placed + timedelta(hours=PENDING_HOURS)
        if processing_from < min(shipped, P.DEMO_NOW):
            record.note(processing_from, "processing")
        if shipped > P.DEMO_NOW:
            record.fate = "pending" if age_hours < PENDING_HOURS else "processing"
            order["status"] = record.fate
            return
        promised = add_business_days(ship_day, option.max_days)
        roll = rng.random()
        outcome = "lost" if roll < 0.025 else ("late" if roll < 0.25 else "delivered")
        if outcome == "lost":
            delivered = None
            declared = add_business_days(promised, region.lost_after_days)
            end = at(promised, 12) - timedelta(days=rng.randint(2, 4))
        else:
            transit = (rng.randint(option.min_days, option.max_days) if outcome == "delivered"
                       else option.max_days + rng.randint(1, 7))
            delivered = at(add_business_days(ship_day, transit), rng.uniform(14, 21))
            end, declared = delivered, None
        city = record.customer["address"]["city"]
        carrier = option.carrier
        self.shipment_seq += 1
        number = carriers.tracking_number(rng, carrier)
        events = _events(rng, carrier, region.code, city, shipped, end, outcome)
        record.shipped_at, record.promised, record.late = shipped, promised, outcome == "late"
        shipment = {"id": f"SH{self.shipment_seq:07d}", "order_id": order["id"], "carrier": carrier,
                    "tracking_number": number, "tracking_url": carriers.tracking_url(carrier, number),
                    "status": "label_created", "shipped_at": shipped, "promised_date": promised,
                    "delivered_at": None, "events": events, "line_nos": None}
        record.shipment = shipment
        record.note(shipped, "shipped", "shipped")
        scans = [e for e in events if e["status"] != "label_created"]
        if scans:
            record.note(datetime.fromisoformat(scans[0]["at"]), "in_transit")
        last_event = datetime.fromisoformat(events[-1]["at"])
        order["updated_at"] = last_event
        now_day = P.DEMO_NOW.date()
        if outcome == "lost":
            if declared <= now_day:
                record.fate, record.lost_declared = "lost", declared
                shipment["status"], order["status"] = "lost", "lost"
                record.note(at(declared, 9), "lost")
                refund_at = at(add_business_days(declared, 1), 15)
                record.refund_amount, record.refund_at = order["total"], refund_at
                self.refund(record, order["total"], refund_at, f"lost-{order['id']}")
                order["updated_at"] = min(refund_at, P.DEMO_NOW)
            else:
                record.fate = "in_transit"
                shipment["status"] = "delayed" if promised < now_day else "in_transit"
                order["status"] = "in_transit"
            for line in record.items:
                line["status"] = "shipped"
            record.catch_up(last_event)
            return
        if delivered > P.DEMO_NOW:
            record.fate = "in_transit"
            overdue = promised < now_day
            shipment["status"] = ("delayed" if overdue else
                                  events[-1]["status"] if events[-1]["status"] != "label_created" else "label_created")
            order["status"] = "shipped" if shipment["status"] == "label_created" else "in_transit"
            record.late = outcome == "late"
            for line in record.items:
                line["status"] = "shipped"
            record.catch_up(last_event)
            return
        record.delivered_at = delivered
        record.fate = "late" if outcome == "late" else "delivered"
        shipment["status"], shipment["delivered_at"] = "delivered", delivered
        order["status"] = "delivered"
        for line in record.items:
            line["status"] = "delivered"
        record.note(delivered, "delivered", "delivered")
        self._maybe_return(record, region)

    def _maybe_return(self, record: OrderRecord, region: P.Region) -> None:
        rng, order = self.rng, record.order
        returnable = [line for line in record.items
                      if not self.products[line["product_id"]]["attributes"]["final_sale"]]
        if not returnable or rng.random() >= 0.14:
            return
        started = record.delivered_at + timedelta(days=rng.randint(1, P.RETURN_WINDOW_DAYS - 2),
                                                  hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        if started > P.DEMO_NOW:
            return
        back = returnable if rng.random() < 0.6 else rng.sample(returnable, k=max(1, len(returnable) // 2))
        arrived = at(add_business_days(started.date(), rng.randint(4, 9 if region.code == "US" else 14)), 11)
        refund_at = at(add_business_days(arrived.date(), rng.randint(1, P.REFUND_PROCESSING_DAYS)), 16)
        share = (order["subtotal"] - order["discount"]) / order["subtotal"] if order["subtotal"] else Decimal(1)
        amount = cents(sum((line["unit_price"] * line["quantity"] for line in back), Decimal("0")) * share)
        amount = max(Decimal("0.00"), amount - region.return_label_fee)
        record.fate, record.return_started, record.refund_at = "returned", started, refund_at
        record.refund_amount = amount
        record.extra["returned_lines"] = [line["line_no"] for line in back]
        record.extra["return_arrived"] = arrived
        done = refund_at <= P.DEMO_NOW
        for line in back:
            line["status"] = "refunded" if done else "returned"
        if len(back) == len(record.items):
            order["status"] = "returned"
        record.note(arrived, order["status"], lines={line["line_no"]: "returned" for line in back})
        if done:
            record.note(refund_at, order["status"], lines={line["line_no"]: "refunded" for line in back})
        self.refund(record, amount, refund_at, f"return-{order['id']}")
        order["updated_at"] = min(refund_at, P.DEMO_NOW)


def build_orders(rng: random.Random, customers: list[dict], products: list[dict], variants: list[dict],
                 count: int) -> tuple[list[OrderRecord], OrderBuilder]:
    """`count` orders, numbered in time order, spread over customers with a long-tailed activity."""
    activity = [rng.paretovariate(1.6) for _ in customers]
    owners = rng.choices(customers, weights=activity, k=count)
    placed = sorted(((_placed_at(rng, c), c["id"], i) for i, c in enumerate(owners)),
                    key=lambda t: (t[0], t[1], t[2]))
    builder = OrderBuilder(rng, products, variants)
    seen: set[str] = set()
    records: list[OrderRecord] = []
    number = 104000
    for moment, _cid, index in placed:
        customer = owners[index]
        number += rng.choice([1, 1, 1, 2, 3])
        records.append(builder.build(number, customer, moment, customer["id"] not in seen))
        seen.add(customer["id"])
    return records, builder  # the builder also adds the refunds that ticket history resolved
