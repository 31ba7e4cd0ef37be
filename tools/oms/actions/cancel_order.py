"""Tool: cancel a pending or processing order (reason recorded); what was paid goes back to the original
payment method(s). A shipped or delivered order is refused, with a return offered once it arrives."""

from __future__ import annotations

import re
from typing import Any

from tools.oms.actions.base import (
    SHIPPED,
    ActionPolicy,
    Proposal,
    Refusal,
    day_text,
    delivered_on,
    lines_data,
    lines_text,
    methods_text,
    money,
    payment_methods,
    refund_timing,
    refundable,
    tracking_data,
    tracking_text,
)
from tools.oms.models import ActionResult
from tools.oms.protocol import OrderManagement

NAME = "cancel_order"
SCHEMA: dict[str, Any] = {
    "name": NAME,
    "description": "Cancel one of the signed-in customer's orders that has not shipped yet (pending or processing). "
                   "Refunds what was paid to the original payment method. Ask the customer to confirm first.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_number": {"type": "string", "description": "The order number, e.g. NB104233."},
            "reason": {"type": "string", "maxLength": 500, "description": "Why the customer wants to cancel."},
        },
        "required": ["order_number", "reason"],
        "additionalProperties": False,
    },
}


# Asking for another size, colour or version of what was ordered ("swap the colour", "cambiare la taglia", "trocar",
# "ändern", "umtauschen"): once the order has arrived, an exchange makes that change.
_SWAP_WORDS = (r"chang\w*|modif\w*|swap\w*|switch\w*|replac\w*|exchang\w*|cambi\w*|troc\w*|änder\w*|aender\w*|"
               r"umtausch\w*|tausch\w*")
_SWAP = re.compile(rf"\b({_SWAP_WORDS})\b", re.IGNORECASE)
# Any change to what a placed order holds ("switch the items to the cheapest options", "add a second lamp"), which the
# OMS cannot make (it cancels whole orders only).
_CHANGE = re.compile(rf"\b({_SWAP_WORDS}|edit\w*|updat\w*|add(?:ing)?|remov\w*)\b", re.IGNORECASE)
_CANCEL = re.compile(r"\b(cancel\w*|stop (it|the order)|don'?t want (it|the order)|annul\w*|anul\w*|stornier\w*)\b",
                     re.IGNORECASE)


# Part of an order asked for without naming it ("can I cancel just one item?", "remove some of the items"): the
# OMS cancels whole orders only, and proposing the whole order would take more than was asked.
_PART = re.compile(
    r"\b(?:just|only)\s+(?:one|1|a\s+single|some|a\s+few|two|2|part)\s+(?:\w+\s+)?(?:of\s+(?:the|my)\s+)?"
    r"(?:items?|things?|pieces?|products?|lines?|order)\b|"
    r"\b(?:one|some|a\s+few|two|2|part)\s+of\s+(?:the|my)\s+(?:items|things|products|order)\b|"
    r"\ba\s+single\s+(?:item|thing|product)\b|"
    r"\b(?:some|a\s+few|a\s+couple(?:\s+of)?|several|two|2)\s+(?:items|things|pieces|products)\s+(?:from|in|on|of)\s+"
    r"(?:my|the)\s+(?:\w+\s+)?order\b|"
    r"\bpartial(?:ly)?\s+cancel|"
    # "I need to return something", "can I exchange an item?": one thing, not saying which
    r"\b(?:return|send\s+back|exchange|swap|cancel|refund)\s+(?:something|an\s+item|one\s+item|one\s+thing|a\s+thing|"
    r"an\s+article|a\s+product|some\s+stuff|some\s+things|some\s+items)\b",
    re.IGNORECASE,
)


def asks_for_part(text: str) -> bool:
    """The message asks about part of an order without saying which part."""
    return bool(_PART.search(text or ""))


_COUNTS = {"one": 1, "1": 1, "a single": 1, "two": 2, "2": 2, "a couple": 2, "a couple of": 2, "three": 3, "3": 3}


def part_asked(text: str) -> dict[str, Any]:
    """The tools' arguments for a part of an order asked about without naming it: whether one is, and how many items
    it is when the message says."""
    return {"part_only": asks_for_part(text), "part_count": part_count(text)}


def part_count(text: str) -> int | None:
    """How many items the part asked about is, when the message says ("two items from my order": 2)."""
    found = _PART.search(text or "")
    if not found:
        return None
    said = re.search(r"\b(a\s+single|a\s+couple(?:\s+of)?|one|two|three|1|2|3)\b", found.group(0), re.IGNORECASE)
    return _COUNTS.get(" ".join(said.group(1).lower().split())) if said else None


def _asks(change: re.Pattern[str], text: str) -> bool:
    return bool(change.search(text or "")) and not _CANCEL.search(text or "")


def asks_to_change_only(text: str) -> bool:
    """The message asks to change what a placed order holds, and not to cancel it."""
    return _asks(_CHANGE, text)


def is_exchange_instead(order: dict[str, Any], text: str) -> bool:
    """Read as a cancellation, but the order has arrived and the message asks for another size, colour or version:
    "can I change the size?" is then an exchange."""
    return order.get("status") == "delivered" and _asks(_SWAP, text)


def check(order: dict[str, Any], args: dict[str, Any], policy: ActionPolicy) -> Proposal | Refusal:
    number, status = order["id"], order.get("status")
    if status == "cancelled":
        return Refusal(NAME, number, "already_cancelled", f"Order {number} is already cancelled.",
                       wording={"key": "already_cancelled", "order": number})
    shipped = status in SHIPPED or any(s.get("shipped_at") for s in order.get("shipments") or [])
    if args.get("change_only") and (status == "delivered" or shipped):
        # "can I add another item to my order?": nothing can be added to a parcel on its way or delivered, and a
        # cancellation refused with a return offered answers a question nobody asked.
        sent = "been delivered" if status == "delivered" else "shipped"
        return Refusal(
            NAME, number, "change_too_late",
            f"Order {number} has already {sent}, so nothing can be added to it or changed in it any more."
            + ("" if status == "delivered" else f"{tracking_text(order)} Once it arrives you can return or exchange "
                                                f"it{policy.return_window_text()}."),
            wording={"key": "change_too_late", "order": number, "delivered": status == "delivered",
                     "tracking": None if status == "delivered" else tracking_data(order),
                     "window": None if status == "delivered" else policy.return_window_days},
        )
    delivered = delivered_on(order)
    age = (policy.current_date() - delivered).days if delivered else None
    if status == "delivered" and age is not None and policy.outside(policy.return_window_days, age):
        # no return to offer either: "just tell me you'd like to return it" would be refused next
        return Refusal(
            NAME, number, "not_cancellable",
            f"Order {number} was delivered on {day_text(delivered)}, so it can't be cancelled, and at {age} days it is "
            f"outside our {policy.return_window_days}-day return window.",
            wording={"key": "cancel_delivered_closed", "order": number, "delivered": delivered.isoformat(),
                     "age": age, "window": policy.return_window_days},
        )
    returnable = any(i.get("status") == "delivered" for i in order.get("items") or []) and refundable(order)
    if status == "delivered" and not returnable:
        # nothing left to return either: its items are back or refunded, and the offered return would be refused next
        return Refusal(
            NAME, number, "not_cancellable",
            f"Order {number} has already been delivered, so it can't be cancelled, and its items already have a "
            "return, exchange or refund in progress.",
            wording={"key": "cancel_delivered_returned", "order": number},
        )
    if status == "delivered":
        return Refusal(
            NAME, number, "not_cancellable",
            f"Order {number} has already been delivered, so it can't be cancelled any more — but you can return it"
            f"{policy.return_window_text()}. Just tell me you'd like to return it and I'll set that up.",
            offer="return_request",
            wording={"key": "cancel_delivered", "order": number, "window": policy.return_window_days},
        )
    if shipped:
        return Refusal(
            NAME, number, "not_cancellable",
            f"Order {number} has already shipped, so it can no longer be cancelled.{tracking_text(order)} Once it "
            f"arrives you can return it{policy.return_window_text()} for a refund.",
            offer="return_request",
            wording={"key": "cancel_shipped", "order": number, "window": policy.return_window_days,
                     "tracking": tracking_data(order)},
        )
    if status not in policy.cancellable:
        return Refusal(NAME, number, "not_cancellable", f"Order {number} is {status} and can't be cancelled.",
                       wording={"key": "cancel_status", "order": number, "status": status})
    lines = [line for line in order.get("items") or [] if line.get("status") != "cancelled"]
    named = [line for line in lines if line["line_no"] in (args.get("named_line_nos") or [])]
    if named and len(named) < len(lines):
        # The OMS cancels whole orders only: say so, and what can be done for the one item instead.
        return Refusal(
            NAME, number, "single_item",
            f"I can't cancel or change only {lines_text(named)} on order {number}: an order that hasn't shipped can "
            f"only be cancelled as a whole. I can cancel the whole order ({lines_text(lines)}) so you can order "
            f"what you want instead, or once it arrives you can return or exchange that item alone"
            f"{policy.return_window_text()}. Tell me which you'd prefer.",
            offer="cancel_order",
            wording={"key": "cancel_single_item", "order": number, "named": lines_data(named), "lines": lines_data(lines),
                     "window": policy.return_window_days},
        )
    if args.get("part_only") and not named and len(lines) > 1:
        return Refusal(
            NAME, number, "cancel_part",
            f"I can't cancel only part of order {number}: an order that hasn't shipped can only be cancelled as a "
            f"whole. I can cancel the whole order ({lines_text(lines)}) so you can order what you want instead, or "
            f"once it arrives you can return or exchange the items you don't want{policy.return_window_text()}. Tell "
            "me which you'd prefer.",
            offer="cancel_order",
            wording={"key": "cancel_part", "order": number, "lines": lines_data(lines),
                     "window": policy.return_window_days},
        )
    amount = refundable(order)
    refund = (f" You'll get a full refund of {money(amount)} to your {methods_text(order)}"
              f" ({refund_timing(order['payments'][0]['method']) if order.get('payments') else '5-10 business days'})."
              if amount > 0 else "")
    summary = (f"I can cancel order {number} now. It contains: {lines_text(order.get('items') or [])}.{refund} "
               "Once cancelled, it can't be undone.")
    if args.get("change_only"):
        # Asked for a change, which the OMS cannot make: the cancellation the brand's agents do instead (cancel and
        # reorder), said as such, so a "yes" agrees to a cancellation knowingly.
        summary = ("I can't change the items on an order once it's placed, but while it hasn't shipped I can cancel it "
                   "so you can order what you want instead. " + summary)
    reason = (args.get("reason") or "Customer asked to cancel").strip()[:500]
    wording = {"key": "cancel", "order": number, "lines": lines_data(order.get("items") or []),
               "refund": str(amount) if amount > 0 else None, "methods": payment_methods(order),
               "timing": order["payments"][0]["method"] if order.get("payments") else None,
               "to_change": bool(args.get("change_only"))}
    return Proposal(NAME, number, {"reason": reason}, summary, amount=float(amount), wording=wording)


async def execute(oms: OrderManagement, customer_id: str, order_id: str, params: dict[str, Any], key: str) -> ActionResult:
    return await oms.cancel_order(customer_id, order_id, reason=params["reason"], key=key)
