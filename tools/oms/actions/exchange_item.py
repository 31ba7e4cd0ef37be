"""Tool: exchange a delivered item for another size or colour of the same product, when that variant
is in stock and the item is inside the exchange window (and not Final Sale)."""

from __future__ import annotations

import re
from typing import Any

from tools.oms.actions.base import (
    ActionPolicy,
    Proposal,
    Refusal,
    day_text,
    delivered_on,
    line_text,
    lines_data,
    lines_text,
    named_lines,
    options_text,
)
from tools.oms.actions.closed_order import closed_order_refusal
from tools.oms.actions.start_return import is_final_sale
from tools.oms.catalogue import size_key
from tools.oms.models import ActionResult
from tools.oms.protocol import OrderManagement
from tools.oms.variant_stock import chosen_size

NAME = "exchange_item"
SCHEMA: dict[str, Any] = {
    "name": NAME,
    "description": "Exchange a delivered item of the signed-in customer's order for another size or colour of the "
                   "same product, if in stock. Confirm first.",
    "parameters": {
        "type": "object",
        "properties": {
            "order_number": {"type": "string"},
            "line_no": {"type": "integer", "minimum": 1},
            "new_variant_id": {"type": "string", "description": "The variant (size/colour) wanted instead."},
        },
        "required": ["order_number", "line_no", "new_variant_id"],
        "additionalProperties": False,
    },
}


# A size asked for relative to the one the customer has: "can I swap them for a size up?", "one size smaller".
_SIZE_UP = re.compile(r"\b(?:a|one|1)\s+size\s+(?:up|bigger|larger)\b|\bsize\s+up\b|\bnext\s+size\s+up\b|"
                      r"\b(?:a\s+)?(?:bigger|larger)\s+(?:size|one)\b", re.IGNORECASE)
_SIZE_DOWN = re.compile(r"\b(?:a|one|1)\s+size\s+(?:down|smaller)\b|\bsize\s+down\b|\bnext\s+size\s+down\b|"
                        r"\b(?:a\s+)?smaller\s+(?:size|one)\b", re.IGNORECASE)


def next_size(text: str, current: str, sizes: set[str]) -> str | None:
    """The size one up or one down from the current one, in size order, when the message asks for it that way."""
    step = 1 if _SIZE_UP.search(text) else -1 if _SIZE_DOWN.search(text) else 0
    ordered = sorted(sizes | {current}, key=size_key)
    at = ordered.index(current) + step
    return ordered[at] if step and 0 <= at < len(ordered) else None


# Another value of an option asked for without naming it: "can I get it in a different colour too?"
_ANOTHER_OF = re.compile(r"\b(?:a\s+|an\s+)?(?:different|another|other)\s+(colou?r|size)s?\b", re.IGNORECASE)


def wanted_variant(text: str, line: dict[str, Any], product: dict[str, Any]) -> dict[str, Any] | None:
    """The variant the customer asks for: the line's options with every option value the message names
    (and the line does not already have) swapped in, e.g. "swap the M for an L" -> size L, same colour. None when
    nothing is asked, or another colour or size is asked for without its name (the customer is asked which)."""
    current = dict(line.get("options") or {})
    lowered = f" {text.lower()} "
    wanted = dict(current)
    unnamed = {"color" if found.lower().startswith("colo") else "size" for found in _ANOTHER_OF.findall(text)}
    for key in current:
        values = {str(v.get("options", {}).get(key)) for v in product.get("variants") or []} - {"None"}
        mentioned = [(lowered.rfind(f" {value.lower()} "), value) for value in values if value != str(current[key])
                     and re.search(rf"(?<![\w'’-]){re.escape(value.lower())}(?![\w'’-])", lowered)]  # not "that's"
        if key in unnamed and not mentioned and not (key == "size" and (chosen_size(text) or next_size(
                text, str(current[key]), values))):
            return None  # "...in a different colour too?": which one is still to be said
        if mentioned:
            wanted[key] = max(mentioned)[1]
        elif key == "size" and (word := chosen_size(text)):  # "a large please": the size in words
            wanted[key] = next((value for value in values if value.lower() == word), wanted[key])
        elif key == "size" and (relative := next_size(text, str(current[key]), values)):  # "a size up"
            wanted[key] = relative
    if wanted == current:
        return None
    for variant in product.get("variants") or []:
        if {k: str(v) for k, v in (variant.get("options") or {}).items()} == {k: str(v) for k, v in wanted.items()}:
            return variant
    return {"id": None, "options": wanted, "available": False}


def check(order: dict[str, Any], args: dict[str, Any], policy: ActionPolicy,
          products: dict[str, dict] | None = None, text: str = "") -> Proposal | Refusal:
    number = order["id"]
    delivered = delivered_on(order)
    closed = closed_order_refusal(NAME, order)
    if closed is not None:
        return closed
    if order.get("status") != "delivered" or delivered is None:
        return Refusal(NAME, number, "not_delivered",
                       f"Order {number} hasn't been delivered yet; once it arrives I can exchange an item for "
                       "another size or colour.", wording={"key": "exchange_not_delivered", "order": number})
    age = (policy.current_date() - delivered).days
    if policy.outside(policy.exchange_window_days, age):
        return Refusal(NAME, number, "outside_return_window",
                       f"Order {number} was delivered on {day_text(delivered)}, {age} days ago, which is outside our "
                       f"{policy.exchange_window_days}-day exchange window.",
                       wording={"key": "exchange_outside", "order": number, "delivered": delivered.isoformat(),
                                "age": age, "window": policy.exchange_window_days})
    delivered_lines = [i for i in order.get("items") or [] if i.get("status") == "delivered"]
    if args.get("line_no"):
        delivered_lines = [i for i in delivered_lines if i["line_no"] == args["line_no"]]
    named = named_lines(text, delivered_lines)
    candidates = named or delivered_lines
    if len(candidates) > 1 and not named and not args.get("line_no"):
        # Several items and none named: ask, rather than offer other sizes of whichever line comes first.
        return Refusal(NAME, number, "item_needed",
                       f"Which item of order {number} would you like to exchange: {lines_text(candidates)}?",
                       wording={"key": "exchange_which_item", "order": number, "lines": lines_data(candidates)})
    if not candidates:
        return Refusal(NAME, number, "already_returned",
                       f"The items of order {number} already have a return or exchange in progress.",
                       wording={"key": "already_returned", "order": number})
    line = candidates[0]
    if is_final_sale(line, products):
        return Refusal(NAME, number, "final_sale", f"{line['product_name']} is Final Sale, so it can't be exchanged.",
                       wording={"key": "exchange_final_sale", "name": line["product_name"]})
    product = (products or {}).get(line["product_id"])
    if product is None:
        return Refusal(NAME, number, "product_unavailable",
                       f"I couldn't look up the sizes and colours of {line['product_name']} right now.",
                       wording={"key": "product_unavailable", "name": line["product_name"]})
    in_stock = [v for v in product.get("variants") or [] if v.get("available") and v["id"] != line["variant_id"]]
    stock = [dict(v.get("options") or {}) for v in in_stock]
    stock_text = "; ".join(options_text(options) for options in stock) or "none at the moment"
    variant = next((v for v in product.get("variants") or [] if v["id"] == args.get("new_variant_id")), None) \
        if args.get("new_variant_id") else wanted_variant(text, line, product)
    if variant is None:
        return Refusal(NAME, number, "variant_needed",
                       f"Which size or colour of the {line['product_name']} would you like instead of "
                       f"{options_text(line.get('options') or {})}? In stock: {stock_text}.",
                       wording={"key": "variant_needed", "name": line["product_name"],
                                "options": dict(line.get("options") or {}), "stock": stock})
    if not variant.get("available") or not variant.get("id"):
        return Refusal(NAME, number, "out_of_stock",
                       f"Sorry, the {line['product_name']} in {options_text(variant.get('options') or {})} is out of "
                       f"stock, so I can't exchange it right now. In stock: {stock_text}.",
                       wording={"key": "out_of_stock", "name": line["product_name"],
                                "options": dict(variant.get("options") or {}), "stock": stock})
    summary = (f"I can exchange {line_text(line)} from order {number} for the same item in "
               f"{options_text(variant.get('options') or {})} (in stock). You'll get a prepaid label to send the "
               "original back, and the new one ships as soon as the carrier scans your parcel; there's nothing "
               "to pay.")
    wording = {"key": "exchange", "order": number, "line": lines_data([line])[0],
               "options": dict(variant.get("options") or {})}
    return Proposal(NAME, number, {"line_no": line["line_no"], "new_variant_id": variant["id"]}, summary,
                    wording=wording)


async def execute(oms: OrderManagement, customer_id: str, order_id: str, params: dict[str, Any], key: str) -> ActionResult:
    return await oms.exchange_item(customer_id, order_id, line_no=params["line_no"],
                                   new_variant_id=params["new_variant_id"], key=key)
