"""What every order action shares: the Proposal / Refusal a policy check returns, the policy numbers it
checks against, and plain-language pieces (items, money, payment methods) built from OMS data only.

A policy check is a pure function over the order as the OMS returned it (a dict) and ActionPolicy, so
both engines and the tests call it without a graph or a network; the OMS checks the same rules again
when the action executes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from core import clock
from data.generator import policy as brand
from data.store_policy import DEMO, StorePolicy, store_policy
from tools.oms.item_match import excluded_items, lines_named, named_items, without_excluded

ZERO = Decimal("0.00")
SHIPPED = frozenset({"shipped", "in_transit"})


@dataclass(frozen=True)
class ActionPolicy:
    """The store's action policy. Defaults are the demo brand's (data/generator/policy.py)."""

    refund_limit: Decimal = brand.REFUND_LIMIT
    today: date | None = None  # None: today's date (UTC; core.clock, which an eval replay moves)
    store: StorePolicy = DEMO  # what differs between stores (data/store_policy.py)

    @classmethod
    def of(cls, settings: Any = None) -> ActionPolicy:
        """From an ActionPolicy, core Settings (REFUND_LIMIT, STORE_TODAY, STORE_POLICY) or nothing (defaults)."""
        if isinstance(settings, ActionPolicy):
            return settings
        if settings is None:
            return cls()
        return cls(
            refund_limit=Decimal(str(getattr(settings, "refund_limit", brand.REFUND_LIMIT))).quantize(Decimal("0.01")),
            today=getattr(settings, "store_today", None),
            store=store_policy(settings),
        )

    @property
    def return_window_days(self) -> int | None:
        return self.store.return_window_days

    @property
    def exchange_window_days(self) -> int | None:
        return self.store.exchange_window_days

    @property
    def cancellable(self) -> frozenset[str]:
        return self.store.cancellable

    def return_window_text(self) -> str:
        """' within 30 days of delivery' or '' when the store has no window."""
        days = self.return_window_days
        return f" within {days} days of delivery" if days is not None else ""

    @staticmethod
    def outside(window_days: int | None, age_days: int) -> bool:
        return window_days is not None and age_days > window_days

    def current_date(self) -> date:
        return self.today or clock.today()


@dataclass(frozen=True)
class Proposal:
    """An action the policy allows, described exactly as the customer will be asked to confirm it.

    `params` are the tool's arguments (never a customer id: the tool layer injects the verified one).
    `needs_person` marks a proposal the agent may not execute (a refund over the limit): it is escalated
    with the amount instead of being put to the customer.
    """

    action: str
    order_id: str
    params: dict[str, Any]
    summary: str
    amount: float | None = None
    needs_person: bool = False
    # What the summary says, as data (OMS figures only, JSON-ready): {"key": ..., slots}. The summary is the
    # brand's English; graph/reasoning/action_wording.py says the same in the customer's language.
    wording: dict[str, Any] = field(default_factory=dict)

    def to_state(self) -> dict[str, Any]:
        return {"kind": "proposal", **asdict(self)}


PERSON = "person"  # a Refusal's offer when only a person can do what was asked


@dataclass(frozen=True)
class Refusal:
    """An action the policy forbids (or cannot do without more information), with a stable code and a
    plain sentence for the customer; `offer` names what the agent can do instead (e.g. a return)."""

    action: str
    order_id: str | None
    code: str
    message: str
    offer: str | None = None
    wording: dict[str, Any] = field(default_factory=dict)  # as Proposal.wording: the message as data
    # the refusal answers the request in full: a rule the order's own data settles (no credit for a standard
    # order's lateness), not a history of such requests handed to a person
    settled: bool = False

    def to_state(self) -> dict[str, Any]:
        return {"kind": "refusal", **asdict(self)}


def lines_data(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order lines as a proposal's wording carries them: what any language needs to name them."""
    return [{"quantity": int(line.get("quantity") or 1), "product_name": line["product_name"],
             "options": dict(line.get("options") or {}), "unit_price": str(dec(line["unit_price"]))}
            for line in lines]


def money(amount: Decimal | float | str) -> str:
    return brand.money(Decimal(str(amount)))


def dec(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def options_text(options: dict[str, Any]) -> str:
    """{'size': 'M', 'color': 'navy'} -> 'size M, navy'; a size that names itself stays as it is ('One Size')."""
    parts = []
    for key, value in sorted((options or {}).items(), key=lambda kv: kv[0] != "size"):
        parts.append(f"size {value}" if key == "size" and not names_a_size(value) else str(value))
    return ", ".join(parts)


def names_a_size(value: Any) -> bool:
    """'One Size', 'one size fits all': a size value that already says it is one."""
    return "size" in str(value).lower()


def line_text(line: dict[str, Any]) -> str:
    opts = options_text(line.get("options") or {})
    return f"{line.get('quantity', 1)} × {line['product_name']}" + (f" ({opts})" if opts else "")


def lines_text(lines: list[dict[str, Any]]) -> str:
    """'1 × Tee (size M), $25.00; 2 × Shoe (size 7) at $138.00 each': only prices the OMS states."""
    def price(line: dict[str, Any]) -> str:
        unit = money(dec(line["unit_price"]))
        return f" at {unit} each" if int(line.get("quantity") or 1) > 1 else f", {unit}"

    return "; ".join(f"{line_text(line)}{price(line)}" for line in lines)


def pieces(lines: list[dict[str, Any]]) -> int:
    """How many items the lines hold (2 × a tee is two)."""
    return sum(int(line.get("quantity") or 1) for line in lines)


def line_cost(order: dict[str, Any], line: dict[str, Any]) -> Decimal:
    """What a line cost the customer: its price less its share of the order's discount."""
    subtotal, discount = dec(order.get("subtotal")), dec(order.get("discount"))
    gross = dec(line["unit_price"]) * int(line.get("quantity") or 1)
    if subtotal > ZERO and discount > ZERO:
        return (gross * (subtotal - discount) / subtotal).quantize(Decimal("0.01"))
    return gross


def method_text(method: str) -> str:
    """'card:visa:4242' -> 'Visa card ending 4242'; 'paypal' -> 'PayPal'."""
    parts = method.split(":")
    if parts[0] == "card":
        brand_name = parts[1].title() if len(parts) > 1 else "card"
        return f"{brand_name} card ending {parts[2]}" if len(parts) > 2 else f"{brand_name} card"
    label = brand.REFUND_TIMING.get(parts[0])
    return label[0] if label else method.replace("_", " ")


def refund_timing(method: str) -> str:
    key = method.split(":")[0]
    return brand.REFUND_TIMING.get(key, ("", "5-10 business days"))[1]


def shows_within(method: str) -> str:
    """'within 5-10 business days', 'within 24 hours' (a gift card's timing says 'within' itself)."""
    timing = refund_timing(method)
    return timing if timing.startswith("within") else f"within {timing}"


def paid_total(order: dict[str, Any]) -> Decimal:
    return sum((dec(p["amount"]) for p in order.get("payments") or []
                if p.get("kind") == "payment" and p.get("status", "succeeded") == "succeeded"), ZERO)


def refunded_total(order: dict[str, Any]) -> Decimal:
    return sum((dec(p["amount"]) for p in order.get("payments") or []
                if p.get("kind") == "refund" and p.get("status", "succeeded") != "failed"), ZERO)


def refundable(order: dict[str, Any]) -> Decimal:
    """Money captured minus refunds already made: the ceiling of any refund (OMS figures only). The
    client's Order carries it as `refundable_amount`; otherwise it is computed from the payments."""
    if order.get("refundable_amount") is not None:
        return dec(order["refundable_amount"])
    return max(ZERO, paid_total(order) - refunded_total(order))


def payment_methods(order: dict[str, Any]) -> list[str]:
    seen: list[str] = []
    for p in order.get("payments") or []:
        if p.get("kind") == "payment" and p.get("status", "succeeded") == "succeeded" and p["method"] not in seen:
            seen.append(p["method"])
    return seen


def methods_text(order: dict[str, Any]) -> str:
    methods = payment_methods(order)
    # Callers write "to your {methods_text(order)}": the fallback carries no "your" of its own.
    return " and ".join(method_text(m) for m in methods) if methods else "original payment method"


def delivered_on(order: dict[str, Any]) -> date | None:
    days = [str(s["delivered_at"]) for s in order.get("shipments") or [] if s.get("delivered_at")]
    if not days:
        return None
    return datetime.fromisoformat(max(days).replace("Z", "+00:00")).date()


def tracking_text(order: dict[str, Any]) -> str:
    """' It left with USPS, tracking 9400… (https://…).' for the order's latest parcel, or '': a customer told
    an order has shipped gets the link to follow it (and, with some carriers, to redirect it)."""
    latest = tracking_data(order)
    if latest is None:
        return ""
    link = f" ({latest['url']})" if latest.get("url") else ""
    return f" It left with {latest.get('carrier') or 'the carrier'}, tracking {latest['number']}{link}."


def tracking_data(order: dict[str, Any]) -> dict[str, Any] | None:
    """What tracking_text says, as data: the latest parcel's carrier, number and link, or None."""
    parcels = [s for s in order.get("shipments") or [] if s.get("tracking_number")]
    if not parcels:
        return None
    latest = parcels[-1]
    return {"carrier": latest.get("carrier"), "number": latest["tracking_number"], "url": latest.get("tracking_url")}


def day_text(day: date) -> str:
    return day.strftime("%B %-d, %Y")


_GENERIC = {"the", "and", "for", "with", "order", "ordered", "item", "items", "size", "color", "colour",
            "my", "your", "new", "pair", "one", "return", "refund", "exchange", "want", "would", "like"}


def _tokens(text: str) -> set[str]:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if len(w) > 2} - _GENERIC


def named_lines(text: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The order lines whose product the customer names ("the running short", "the boots"), less the ones kept
    out ("all except the belt"); empty when none is.
    Goods named as the object of the request are matched by what each line is (name, category, options);
    otherwise any word of a product's name or kind counts ("the boots" answering which item: the Ridgewalk Hiker
    is in the boots category)."""
    items, excluded = named_items(text), excluded_items(text)
    if items:
        return without_excluded(lines_named(items, lines), excluded)
    if excluded:  # "everything except the belt": the rest, never the belt by its name
        return without_excluded(lines, excluded)
    asked = _tokens(text)
    return [line for line in lines if asked & _tokens(" ".join(str(line.get(key) or "") for key in
                                                             ("product_name", "category", "product_line")))]
