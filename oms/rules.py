"""The demo OMS's own rules for order actions: pure functions over the locked order, no I/O.

The OMS enforces these itself (not only the agent), so a bug or a prompt injection in the agent can
never cancel a shipped order, refund more than was paid or past the refund limit, or return a Final
Sale item. Each rule raises ActionRefused with a stable code the client maps to a typed error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from data.generator import policy as brand
from data.store_policy import DEMO, StorePolicy

RETURNABLE_LINE = frozenset({"delivered"})
ZERO = Decimal("0.00")


class ActionRefused(Exception):
    """The order's state forbids the action: HTTP 409 with a stable code and a sentence."""

    def __init__(self, code: str, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


@dataclass
class LockedOrder:
    """An order read inside the action's transaction (its row locked FOR UPDATE)."""

    order: dict[str, Any]
    items: list[dict[str, Any]]
    payments: list[dict[str, Any]]
    shipments: list[dict[str, Any]]
    region: str | None = None
    final_sale: dict[str, bool] = field(default_factory=dict)  # product_id -> Final Sale

    @property
    def status(self) -> str:
        return self.order["status"]

    def line(self, line_no: int) -> dict[str, Any]:
        for item in self.items:
            if item["line_no"] == line_no:
                return item
        raise ActionRefused("line_not_found", f"Order {self.order['id']} has no line {line_no}.", status=422)

    def paid(self) -> Decimal:
        return sum((p["amount"] for p in self.payments if p["kind"] == "payment" and p["status"] == "succeeded"), ZERO)

    def refunded(self) -> Decimal:
        # Pending refunds count too: that money is already on its way back.
        return sum((p["amount"] for p in self.payments if p["kind"] == "refund" and p["status"] != "failed"), ZERO)

    def refundable(self) -> Decimal:
        return max(ZERO, self.paid() - self.refunded())

    def delivered_on(self) -> date | None:
        days = [s["delivered_at"] for s in self.shipments if s.get("delivered_at")]
        latest = max(days) if days else None
        return latest.date() if isinstance(latest, datetime) else latest


def check_cancel(locked: LockedOrder, store: StorePolicy = DEMO, reason: str | None = None) -> None:
    if locked.status not in store.cancellable or any(s.get("shipped_at") for s in locked.shipments):
        raise ActionRefused(
            "not_cancellable",
            f"Order {locked.order['id']} is {locked.status}; only {' or '.join(sorted(store.cancellable))} "
            "orders can be cancelled.",
        )
    if store.cancel_reasons and reason not in store.cancel_reasons:
        raise ActionRefused("invalid_reason", f"The reason must be one of: {', '.join(store.cancel_reasons)}.",
                            status=422)


def check_address_change(locked: LockedOrder, store: StorePolicy = DEMO) -> None:
    if locked.status not in store.cancellable or any(s.get("shipped_at") for s in locked.shipments):
        raise ActionRefused(
            "already_shipped",
            f"Order {locked.order['id']} is {locked.status}; the address can only change before it ships.",
        )


def _check_delivered_line(locked: LockedOrder, line_no: int, today: date, window_days: int | None, what: str) -> dict:
    line = locked.line(line_no)
    if line["status"] not in RETURNABLE_LINE:
        raise ActionRefused("line_not_returnable", f"Line {line_no} is {line['status']}, not delivered; it cannot be {what}.")
    if locked.final_sale.get(line["product_id"]):
        raise ActionRefused("final_sale", f"{line['product_name']} is Final Sale and cannot be {what}.")
    delivered = locked.delivered_on()
    if delivered is None:
        raise ActionRefused("not_delivered", f"Order {locked.order['id']} has no delivery on record yet.")
    if window_days is not None and (today - delivered).days > window_days:
        raise ActionRefused(
            "outside_return_window",
            f"Order {locked.order['id']} was delivered on {delivered.isoformat()}, more than {window_days} days ago.",
        )
    return line


def check_return(locked: LockedOrder, line_nos: list[int], today: date,
                 window_days: int | None = brand.RETURN_WINDOW_DAYS) -> list[dict]:
    if len(set(line_nos)) != len(line_nos):
        raise ActionRefused("duplicate_lines", "Each line may be returned once per request.", status=422)
    return [_check_delivered_line(locked, n, today, window_days, "returned") for n in line_nos]


def check_exchange(locked: LockedOrder, line_no: int, new_variant: dict | None, today: date,
                   window_days: int | None = brand.EXCHANGE_WINDOW_DAYS) -> dict:
    line = _check_delivered_line(locked, line_no, today, window_days, "exchanged")
    if new_variant is None or new_variant["product_id"] != line["product_id"]:
        raise ActionRefused("not_same_product", "An exchange is for another size or colour of the same product.",
                            status=422)
    if new_variant["id"] == line["variant_id"]:
        raise ActionRefused("same_variant", "That is the size and colour already ordered.", status=422)
    if not new_variant["available"]:
        raise ActionRefused("out_of_stock", f"{line['product_name']} in {_options(new_variant['options'])} is out of stock.")
    return line


def check_refund(locked: LockedOrder, amount: Decimal, limit: Decimal) -> None:
    if amount > locked.refundable():
        raise ActionRefused(
            "amount_exceeds_refundable",
            f"Only {brand.money(locked.refundable())} of order {locked.order['id']} can still be refunded.",
        )
    if amount > limit:
        raise ActionRefused(
            "over_refund_limit", f"Refunds over {brand.money(limit)} need a person's approval.", status=403
        )


def allocate_refund(locked: LockedOrder, amount: Decimal) -> list[tuple[dict, Decimal]]:
    """Split a refund over the order's payments, first payment first, never more than each one paid
    minus what was already refunded to that method: money goes back where it came from."""
    already: dict[str, Decimal] = {}
    for p in locked.payments:
        if p["kind"] == "refund" and p["status"] != "failed":
            already[p["method"]] = already.get(p["method"], ZERO) + p["amount"]
    parts = []
    left = amount
    for payment in locked.payments:
        if left <= ZERO:
            break
        if payment["kind"] != "payment" or payment["status"] != "succeeded":
            continue
        taken = min(already.get(payment["method"], ZERO), payment["amount"])
        already[payment["method"]] = already.get(payment["method"], ZERO) - taken
        room = payment["amount"] - taken
        share = min(room, left)
        if share > ZERO:
            parts.append((payment, share))
            left -= share
    if left > ZERO:
        raise ActionRefused("amount_exceeds_refundable", "The refund is larger than what was paid.")
    return parts


def return_refund(locked: LockedOrder, lines: list[dict]) -> Decimal:
    """Merchandise value of the returned lines, less the return label fee where returns are not free."""
    value = sum((line["unit_price"] * line["quantity"] for line in lines), ZERO)
    region = brand.REGIONS.get(locked.region or "US")
    fee = region.return_label_fee if region and not region.free_returns else ZERO
    return max(ZERO, min(value - fee, locked.refundable()))


def _options(options: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(options.items())) or "that option"
