"""Tool: refund money on an order. Up to the refund limit the agent does it (after the customer's yes);
above it the refund is proposed to a person with the amount (policy rule refund_over_limit).
The amount is an OMS figure: the lines the customer names, else what is still refundable."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tools.oms.actions.base import (
    PERSON,
    ZERO,
    ActionPolicy,
    Proposal,
    Refusal,
    day_text,
    dec,
    delivered_on,
    line_cost,
    methods_text,
    money,
    named_lines,
    payment_methods,
    refundable,
    shows_within,
)
from tools.oms.late_delivery import late_credit, lateness, shipping_paid, shipping_refunded
from tools.oms.models import ActionResult
from tools.oms.protocol import OrderManagement

NAME = "refund"
SCHEMA: dict[str, Any] = {
    "name": NAME,
    "description": "Refund an amount on one of the signed-in customer's orders to the original payment method. "
                   "Only up to the refund limit and what is still refundable; larger refunds go to a person. "
                   "Confirm first.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_number": {"type": "string"},
            "amount": {"type": "string", "pattern": r"^\d+(\.\d{1,2})?$", "description": "In the order's currency."},
            "reason": {"type": "string", "maxLength": 500},
        },
        "required": ["order_number", "amount", "reason"],
        "additionalProperties": False,
    },
}


def amount_at_stake(order: dict[str, Any], text: str) -> Decimal:
    """What the lines the customer names cost them (their share of any discount taken off), capped by what
    is refundable; when no line is named, everything still refundable."""
    left = refundable(order)
    named = named_lines(text, order.get("items") or [])
    if not named:
        return left
    return min(left, sum((line_cost(order, i) for i in named), ZERO))


def check(order: dict[str, Any], args: dict[str, Any], policy: ActionPolicy) -> Proposal | Refusal:
    number = order["id"]
    if order.get("status") in policy.cancellable:
        return Refusal(NAME, number, "cancel_instead",
                       f"Order {number} hasn't shipped yet, so rather than a refund I can cancel it and refund "
                       "everything you paid. Just tell me you'd like to cancel it.", offer="cancel_order",
                       wording={"key": "refund_cancel_instead", "order": number}, settled=True)
    if not policy.store.agent_refunds:
        return Refusal(NAME, number, "refund_not_offered",
                       f"On this store money comes back through a return of delivered items (or by cancelling an "
                       f"order that hasn't shipped). Tell me you'd like to return order {number} and I'll set it up.",
                       offer="return_request", wording={"key": "refund_not_offered", "order": number}, settled=True)
    left = refundable(order)
    amount = dec(args.get("amount") if args.get("amount") is not None else left)
    if left <= ZERO:
        return Refusal(NAME, number, "nothing_refundable",
                       f"Everything paid on order {number} has already been refunded, so there is nothing left to refund.",
                       wording={"key": "nothing_refundable", "order": number}, settled=True)
    if amount <= ZERO or amount > left:
        return Refusal(NAME, number, "amount_exceeds_refundable",
                       f"At most {money(left)} can still be refunded on order {number}.",
                       wording={"key": "refund_at_most", "order": number, "left": str(left)})
    reason = (args.get("reason") or "Customer asked for a refund").strip()[:500]
    return _proposal(order, amount, reason, policy)


def _proposal(order: dict[str, Any], amount: Decimal, reason: str, policy: ActionPolicy, why: str = "") -> Proposal:
    """The refund of `amount` to confirm (a person's to approve over the refund limit), after `why` when the rule
    that grants it is worth saying."""
    number = order["id"]
    lead = f"{why} " if why else ""
    params = {"amount": str(amount), "reason": reason}
    if amount > policy.refund_limit:
        summary = (f"{lead}A refund of {money(amount)} on order {number} is more than I can approve myself "
                   f"(up to {money(policy.refund_limit)}), so a member of our team will review it.")
        return Proposal(NAME, number, params, summary, amount=float(amount), needs_person=True)
    methods = order.get("payments") or [{"method": "card"}]
    summary = (f"{lead}I can refund {money(amount)} on order {number} to your {methods_text(order)}; it usually "
               f"shows {shows_within(methods[0]['method'])}.")
    wording = {"key": "refund", "order": number, "refund": str(amount), "methods": payment_methods(order),
               "timing": methods[0]["method"]}
    return Proposal(NAME, number, params, summary, amount=float(amount), wording=wording)


def check_late_delivery(order: dict[str, Any], policy: ActionPolicy) -> Proposal | Refusal:
    """Credit asked for a late delivery: the express fee of an express order that came after its promised date
    (tools/oms/late_delivery.py), proposed as a refund like any other; else why lateness earns nothing here, from
    the order's own dates. Never the order's goods: those come back through a return."""
    number = order["id"]
    today = policy.current_date()
    late = lateness(order, today)
    express = order.get("shipping_method") == "express"
    if not (policy.store.agent_refunds and policy.store.late_express_refund):
        when = f", {_days(late.days_late)} after its promised date" if late else ""
        return Refusal(NAME, number, "late_credit_for_person",
                       f"I've noted that order {number} came late{when}; a member of our team will look at what we "
                       "can do.", offer=PERSON)
    if late is None:
        if order.get("status") in policy.cancellable:
            return Refusal(NAME, number, "late_not_shipped",
                           f"Order {number} hasn't shipped yet, so it can't have arrived late. If you'd rather not "
                           "wait, I can cancel it and refund everything you paid.", offer="cancel_order", settled=True)
        arrived = delivered_on(order)
        when = (f"arrived on {day_text(arrived)}, by its promised delivery date" if arrived
                else "isn't past its promised delivery date yet")
        return Refusal(NAME, number, "not_late",
                       f"Order {number} {when}, so there is no late-delivery credit on it. {RULE} If you meant "
                       "another order, send me its order number.", settled=True)
    if not express:
        came = f"arrived on {day_text(late.delivered)}" if late.delivered else "is still on its way"
        lost = "" if late.delivered else f"{_tracking(order)} If it never arrives, we reship it or refund it in full."
        return Refusal(NAME, number, "standard_late",
                       f"Order {number} went by standard delivery and {came}, {_days(late.days_late)} after its "
                       f"estimated date of {day_text(late.promised)}. I'm sorry it took longer than we said. "
                       f"{RULE}{lost}", settled=True)
    if shipping_refunded(order):
        return Refusal(NAME, number, "shipping_already_refunded",
                       f"The {money(shipping_paid(order))} express shipping on order {number} has already been "
                       "refunded.", settled=True)
    amount = min(late_credit(order, today, policy.store), refundable(order))
    if amount <= ZERO:  # nothing left to refund on the order, or an express fee of nothing
        return Refusal(NAME, number, "late_credit_for_person",
                       f"I've noted that order {number} came {_days(late.days_late)} after its promised date; a "
                       "member of our team will look at what we can do.", offer=PERSON)
    came = (f"arrived on {day_text(late.delivered)}" if late.delivered else "still hasn't arrived")
    why = (f"Your express order {number} {came}, {_days(late.days_late)} after its promised date of "
           f"{day_text(late.promised)}, so its express shipping fee comes back to you."
           + ("" if late.delivered else _tracking(order)))
    reason = f"Late express delivery: shipping fee refunded ({late.days_late} days after the promised date)"
    return _proposal(order, amount, reason, policy, why)


# The brand's late-delivery rule in one sentence (help center, "My order is late"), said with every answer it settles.
RULE = ("We refund the express shipping fee when an express order arrives after its promised date; standard "
        "delivery dates are estimates, so a late standard order isn't credited.")


def _tracking(order: dict[str, Any]) -> str:
    """' The tracking number is ...; you can follow it here: ...' for the shipment still on its way ('' if none)."""
    moving = [sh for sh in order.get("shipments") or [] if not sh.get("delivered_at") and sh.get("tracking_number")]
    if not moving:
        return ""
    shipment = moving[0]
    link = f"; you can follow it here: {shipment['tracking_url']}" if shipment.get("tracking_url") else ""
    return f" The tracking number is {shipment['tracking_number']}{link}."


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


async def execute(oms: OrderManagement, customer_id: str, order_id: str, params: dict[str, Any], key: str) -> ActionResult:
    return await oms.refund(customer_id, order_id, amount=dec(params["amount"]), reason=params["reason"], key=key)
