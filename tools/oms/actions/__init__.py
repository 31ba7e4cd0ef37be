"""Order actions the agent may take itself, one tool per module, policy enforced inside each tool:

    cancel_order    change_address    start_return    exchange_item    refund

Each module has SCHEMA (for function calling), check(order, args, policy) -> Proposal | Refusal (pure)
and execute(oms, customer_id, order_id, params, key). The customer id is never an argument a model or a
message can set: `execute_action` takes it from the caller's verified identity. `propose` is what a
drafting engine calls for an action intent; the graph keeps the Proposal as a pending action until the
customer's explicit yes, then `execute_action` carries the idempotency key down to the OMS.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from data.store_policy import tau_cancel_reason
from tools.oms.actions import cancel_order, change_address, exchange_item, refund, start_return
from tools.oms.actions.base import PERSON, ActionPolicy, Proposal, Refusal, lines_data, lines_text
from tools.oms.actions.outcome import done_message
from tools.oms.item_match import (
    NamedItem,
    excluded_items,
    items_text,
    lines_named,
    missing_items,
    named_items,
    without_excluded,
)
from tools.oms.late_delivery import asks_credit_for_lateness
from tools.oms.models import ActionResult
from tools.oms.protocol import OrderManagement

TOOLS: dict[str, ModuleType] = {
    m.NAME: m for m in (cancel_order, change_address, start_return, exchange_item, refund)
}
SCHEMAS: list[dict[str, Any]] = [m.SCHEMA for m in TOOLS.values()]

# Which tool an intent of the taxonomy (graph/intents.py) asks for.
INTENT_ACTIONS = {
    "cancel_order": cancel_order.NAME,
    "change_address": change_address.NAME,
    "return_request": start_return.NAME,
    "exchange": exchange_item.NAME,
    "refund_request": refund.NAME,
}

__all__ = ["INTENT_ACTIONS", "PERSON", "SCHEMAS", "TOOLS", "ActionPolicy", "Proposal", "Refusal", "done_message", "execute_action", "propose"]


def propose(
    intent: str, order: dict[str, Any], text: str, settings: Any = None, *,
    products: dict[str, dict] | None = None, customer: dict | None = None,
) -> Proposal | Refusal | None:
    """The action an intent asks for on this order, checked against the policy; None if `intent` is not
    an action. `order` is the OMS's order (dict, as in OmsFacts.orders), `text` the customer's message
    (only used to pick lines, sizes/colours and a new address), `settings` core Settings / ActionPolicy,
    `products` the order's products by id (Final Sale, variants), `customer` the OMS customer (region)."""
    action = INTENT_ACTIONS.get(intent)
    if action is None or not order:
        return None
    policy = ActionPolicy.of(settings)
    reason = " ".join(text.split())[:500] or intent
    if action == refund.NAME and asks_credit_for_lateness(text):
        # "it came a week late, refund the difference?": the late-delivery rule, on no goods ("the difference")
        return refund.check_late_delivery(order, policy)
    items = named_items(text) if action != change_address.NAME else []
    if items and len(missing_items(items, order.get("items") or [])) == len(items):
        return item_not_in_order(action, order, items)
    excluded = excluded_items(text) if action in (cancel_order.NAME, start_return.NAME) else []
    kept_out_elsewhere = missing_items(excluded, order.get("items") or [])
    if kept_out_elsewhere:  # kept out of a request on the order the customer thinks this is
        return item_not_in_order(action, order, kept_out_elsewhere)
    if action == cancel_order.NAME and cancel_order.is_exchange_instead(order, text):
        action = exchange_item.NAME
    if action == cancel_order.NAME:
        if policy.store.cancel_reasons:  # tau-retail: one of its two recorded reasons
            reason = tau_cancel_reason(text)
        acted_on = [item for item in items if item.acted_on]  # "the order with the lamp" is the whole order
        asked = lines_named(acted_on, order.get("items") or []) if acted_on else list(order.get("items") or [])
        kept = without_excluded(asked, excluded)
        if excluded and not kept:
            return nothing_left(action, order, excluded)
        named = [line["line_no"] for line in kept] if acted_on or excluded else []
        return cancel_order.check(order, {"reason": reason, "named_line_nos": named,
                                          "change_only": cancel_order.asks_to_change_only(text),
                                          **cancel_order.part_asked(text)}, policy)
    if action == change_address.NAME:
        country = (order.get("shipping_address") or {}).get("country") or "US"
        return change_address.check(order, {"address": change_address.parse_address(text, country)}, policy)
    if action == start_return.NAME:
        from tools.oms.actions.base import named_lines

        everything = order.get("items") or []
        delivered = [i for i in everything if i.get("status") == "delivered"]
        # Named among all the lines: "the jeans" already refunded are refused as such, never read as "all of it".
        lines = named_lines(text, everything)
        if excluded and delivered and not [i for i in lines if i in delivered]:
            return nothing_left(action, order, excluded)
        args = {"line_nos": [i["line_no"] for i in lines], "reason": reason, **cancel_order.part_asked(text)}
        return start_return.check(order, args, policy, products, (customer or {}).get("region"))
    if action == exchange_item.NAME:
        return exchange_item.check(order, {}, policy, products, text)
    args = {"amount": str(refund.amount_at_stake(order, text)), "reason": reason}
    return refund.check(order, args, policy)


def item_not_in_order(action: str, order: dict[str, Any], items: list[NamedItem]) -> Refusal:
    """The customer named goods this order does not contain: no action on it, say what it does contain."""
    return _which_order(action, order, items, "item_not_in_order",
                        f"doesn't contain {items_text(items)}: it has {lines_text(order.get('items') or [])}.")


def nothing_left(action: str, order: dict[str, Any], excluded: list[NamedItem]) -> Refusal:
    """Everything the order holds is what the customer keeps: "the rest" is nothing (and an empty line list
    means the whole order to the tools), so ask which order they mean."""
    return _which_order(action, order, excluded, "nothing_left",
                        f"only has {lines_text(order.get('items') or [])}, which you'd like to keep.")


def _which_order(action: str, order: dict[str, Any], items: list[NamedItem], code: str, why: str) -> Refusal:
    number = order["id"]
    return Refusal(
        action, number, code,
        f"Order {number} {why} Which order is it? Its order number (from the confirmation email) lets me check it.",
        wording={"key": code, "order": number, "items": [item.phrase for item in items],
                 "lines": lines_data(order.get("items") or [])},
    )


async def execute_action(
    oms: OrderManagement, verified_customer_id: str, action: str, order_id: str, params: dict[str, Any], key: str
) -> ActionResult:
    """Carry out a confirmed action for the VERIFIED customer with its idempotency key.
    Raises ActionRefused (the OMS's own rules), OrderNotFound, OmsUnavailable or KeyError (unknown tool)."""
    if not verified_customer_id:
        raise PermissionError("order actions need a verified customer")
    return await TOOLS[action].execute(oms, verified_customer_id, order_id, params, key)
