"""Tool: start a return for delivered items inside the return window (not Final Sale): the OMS issues a
prepaid label and instructions; the refund goes to the original payment method once the parcel arrives."""

from __future__ import annotations

from typing import Any

from data.generator import policy as brand
from tools.oms.actions.base import (
    ZERO,
    ActionPolicy,
    Proposal,
    Refusal,
    day_text,
    dec,
    delivered_on,
    lines_data,
    lines_text,
    methods_text,
    payment_methods,
    pieces,
    refundable,
)
from tools.oms.actions.closed_order import closed_order_refusal
from tools.oms.models import ActionResult
from tools.oms.protocol import OrderManagement

NAME = "start_return"
SCHEMA: dict[str, Any] = {
    "name": NAME,
    "description": "Start a return for delivered items of one of the signed-in customer's orders, inside the return "
                   "window and not Final Sale. Returns a prepaid label URL and instructions. Confirm first.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_number": {"type": "string"},
            "line_nos": {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 1},
            "reason": {"type": "string", "maxLength": 500},
        },
        "required": ["order_number", "line_nos", "reason"],
        "additionalProperties": False,
    },
}


def is_final_sale(line: dict[str, Any], products: dict[str, dict] | None) -> bool:
    product = (products or {}).get(line.get("product_id", ""))
    return bool(product and (product.get("attributes") or {}).get("final_sale"))


def check(order: dict[str, Any], args: dict[str, Any], policy: ActionPolicy,
          products: dict[str, dict] | None = None, region: str | None = None) -> Proposal | Refusal:
    number = order["id"]
    delivered = delivered_on(order)
    closed = closed_order_refusal(NAME, order)
    if closed is not None:
        return closed
    if order.get("status") != "delivered" or delivered is None:
        return Refusal(NAME, number, "not_delivered",
                       f"Order {number} hasn't been delivered yet, so a return can't be started; once it arrives "
                       f"you can return it{policy.return_window_text()}.",
                       wording={"key": "return_not_delivered", "order": number, "window": policy.return_window_days})
    age = (policy.current_date() - delivered).days
    if policy.outside(policy.return_window_days, age):
        return Refusal(NAME, number, "outside_return_window",
                       f"Order {number} was delivered on {day_text(delivered)}, {age} days ago, which is outside our "
                       f"{policy.return_window_days}-day return window, so I can't start a return for it.",
                       wording={"key": "return_outside", "order": number, "delivered": delivered.isoformat(),
                                "age": age, "window": policy.return_window_days})
    items = order.get("items") or []
    wanted = args.get("line_nos") or [i["line_no"] for i in items]
    lines = [i for i in items if i["line_no"] in wanted]
    open_lines = [i for i in lines if i.get("status") == "delivered"]
    if not open_lines:
        return Refusal(NAME, number, "already_returned",
                       f"The items of order {number} you mention already have a return, exchange or refund in progress.",
                       wording={"key": "already_returned", "order": number})
    if (args.get("part_only") and not args.get("line_nos") and len(open_lines) > 1
            and args.get("part_count") != len(open_lines)):
        # "I want to return part of my order, not everything": which part, asked, never the whole order proposed
        # ("two items from my order" of an order of two is all of it)
        return Refusal(NAME, number, "items_needed",
                       f"Which items of order {number} would you like to return: {lines_text(open_lines)}?",
                       wording={"key": "return_which_items", "order": number, "lines": lines_data(open_lines)})
    final = [i for i in open_lines if is_final_sale(i, products)]
    returnable = [i for i in open_lines if i not in final]
    if not returnable:
        names = ", ".join(i["product_name"] for i in final)
        return Refusal(NAME, number, "final_sale",
                       f"{names} {'is' if len(final) == 1 else 'are'} Final Sale, so it can't be returned. "
                       "If an item is faulty, tell me what's wrong and I'll pass it to our team.",
                       wording={"key": "return_final_sale", "names": [i["product_name"] for i in final]})
    value = sum((dec(i["unit_price"]) * int(i.get("quantity") or 1) for i in returnable), ZERO)
    zone = brand.REGIONS.get(region or "US")
    fee = zone.return_label_fee if zone and not zone.free_returns else ZERO
    left = refundable(order)
    amount = max(ZERO, min(value - fee, left))
    if value > fee and not left:
        # Everything paid was refunded already: a return would send nothing back, whatever the lines' prices say
        # (the OMS refunds at most what is left; a proposal that quoted the prices would promise money it won't pay).
        return Refusal(NAME, number, "already_refunded",
                       f"The items of order {number} you mention already have a return, exchange or refund in progress.",
                       wording={"key": "already_returned", "order": number})
    # Amounts quoted are the OMS's own (line prices); the label fee is named, not netted here: the OMS
    # computes the refund when the return is created and the confirmation quotes its figure.
    fee_text = " minus the return label fee for your region" if fee else ""
    skipped = (f" {', '.join(i['product_name'] for i in final)} is Final Sale and stays with you." if final else "")
    summary = (f"I can start a return for order {number} (delivered {day_text(delivered)}): {lines_text(returnable)}."
               f"{skipped} You'll get a prepaid return label and instructions right away; once the parcel reaches "
               f"us, the price of {'that item' if pieces(returnable) == 1 else 'those items'}{fee_text} will be refunded "
               f"to your {methods_text(order)}.")
    reason = (args.get("reason") or "Customer asked to return").strip()[:500]
    params = {"line_nos": [i["line_no"] for i in returnable], "reason": reason}
    wording = {"key": "return", "order": number, "delivered": delivered.isoformat(), "lines": lines_data(returnable),
               "final_sale": [i["product_name"] for i in final], "label_fee": bool(fee),
               "methods": payment_methods(order)}
    return Proposal(NAME, number, params, summary, amount=float(amount), wording=wording)


async def execute(oms: OrderManagement, customer_id: str, order_id: str, params: dict[str, Any], key: str) -> ActionResult:
    return await oms.start_return(customer_id, order_id, line_nos=params["line_nos"], reason=params["reason"], key=key)
