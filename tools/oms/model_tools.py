"""The OMS as tools a model may call (function calling), run by the graph for the VERIFIED customer.

Read tools (list_orders, lookup_order, get_tracking) and the write tools of tools/oms/actions (cancel_order,
change_address, start_return, exchange_item, refund). What the model can never do here:
- name a customer: no schema has a customer argument and an unexpected argument is refused; every call
  runs for the customer id the server verified (passed in by the graph, never read from arguments);
- see another customer's order: the OMS is asked for the order *of this customer* and answers not found;
- change an order: a write tool only PROPOSES. Its policy check (inside the action module) returns a
  Proposal or a Refusal; the graph puts a Proposal to the customer, and only their explicit yes in the
  next message executes it, with its idempotency key (graph/nodes/confirm.py);
- propose what the customer did not ask for: a write tool is refused unless the customer's message was
  classified as that action's intent (text in a help article or a tool result cannot ask for a refund);
- propose twice in one turn: one order action per turn, as with the offline engine.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any

from tools.oms.actions import INTENT_ACTIONS, TOOLS
from tools.oms.actions import exchange_item as exchange_tool
from tools.oms.actions import start_return as return_tool
from tools.oms.actions.base import ActionPolicy, Proposal
from tools.oms.errors import InvalidOrderNumber, OmsError, OrderNotFound
from tools.oms.protocol import OrderManagement

READ_SCHEMAS: list[dict[str, Any]] = [
    {"name": "list_orders", "description": "The signed-in customer's latest orders (number, status, date, total).",
     "parameters": {"type": "object", "properties": {}, "additionalProperties": False}},
    {"name": "lookup_order",
     "description": "One of the signed-in customer's orders in full: items, payments, refunds, shipments.",
     "parameters": {"type": "object", "properties": {"order_number": {"type": "string"}},
                    "required": ["order_number"], "additionalProperties": False}},
    {"name": "get_tracking", "description": "Shipments and tracking events of one of the signed-in customer's orders.",
     "parameters": {"type": "object", "properties": {"order_number": {"type": "string"}},
                    "required": ["order_number"], "additionalProperties": False}},
]
WRITE_SCHEMAS: list[dict[str, Any]] = [module.SCHEMA for module in TOOLS.values()]
MAX_CALLS_PER_ROUND = 4
_TYPES = {"string": str, "integer": int, "number": (int, float), "array": list, "object": dict, "boolean": bool}


def openai_tools() -> list[dict[str, Any]]:
    """Every tool in the Chat Completions `tools` shape."""
    return [{"type": "function", "function": schema} for schema in READ_SCHEMAS + WRITE_SCHEMAS]


@dataclass
class ToolOutcome:
    """What one call returns to the model (`content`) and what the graph keeps from it."""

    content: dict[str, Any]
    order: dict[str, Any] | None = None  # an order the customer owns, for OmsFacts.orders
    proposal: dict[str, Any] | None = None  # a Proposal/Refusal as state (answer -> pending_action)
    rejected_arguments: bool = False  # the call's arguments did not fit the schema (they are not kept)

    def as_message(self) -> str:
        return json.dumps(self.content, default=str)


def _schema(name: str) -> dict[str, Any] | None:
    return next((s for s in READ_SCHEMAS + WRITE_SCHEMAS if s["name"] == name), None)


def invalid_arguments(schema: dict[str, Any], args: Any) -> str | None:
    """Why `args` do not fit the tool's schema (top level and one level down), or None."""
    params = schema["parameters"]
    if not isinstance(args, dict):
        return "arguments must be a JSON object"
    unexpected = sorted(set(args) - set(params.get("properties", {})))
    if unexpected:
        return f"unexpected argument(s) {unexpected}: the tool acts for the signed-in customer only"
    missing = [key for key in params.get("required", []) if key not in args]
    if missing:
        return f"missing argument(s) {missing}"
    for key, value in args.items():
        spec = params["properties"][key]
        expected = _TYPES.get(spec.get("type", ""), object)
        if not isinstance(value, expected) or (spec.get("type") == "integer" and isinstance(value, bool)):
            return f"argument {key!r} must be of type {spec.get('type')}"
        if spec.get("type") == "object" and isinstance(value, dict):
            problem = invalid_arguments({"parameters": spec}, value)
            if problem:
                return f"{key}: {problem}"
    return None


async def _products(oms: OrderManagement, order: dict[str, Any]) -> dict[str, dict]:
    ids = sorted({item["product_id"] for item in order.get("items") or []})[:10]
    found = await asyncio.gather(*(oms.get_product(pid) for pid in ids))
    return {p.id: p.model_dump(mode="json") for p in found}


async def _propose(oms: OrderManagement, customer_id: str, name: str, args: dict[str, Any], order: dict[str, Any],
                   context: ToolContext) -> ToolOutcome:
    module = TOOLS[name]
    policy = ActionPolicy.of(context.settings)
    params = {k: v for k, v in args.items() if k != "order_number"}
    if name == return_tool.NAME:
        outcome = module.check(order, params, policy, await _products(oms, order), context.region)
    elif name == exchange_tool.NAME:
        outcome = module.check(order, params, policy, await _products(oms, order), context.text)
    else:
        outcome = module.check(order, params, policy)
    state = outcome.to_state()
    if isinstance(outcome, Proposal):
        status = "needs_person" if outcome.needs_person else "proposed_awaiting_customer_yes"
        content = {"status": status, "summary": outcome.summary,
                   "note": "Nothing has changed yet. Tell the customer exactly this and ask them to reply yes."
                   if not outcome.needs_person else "A person will review it; nothing has changed."}
    else:
        content = {"status": "refused", "code": outcome.code, "message": outcome.message}
    return ToolOutcome(content, order=order, proposal=state)


@dataclass(frozen=True)
class ToolContext:
    """What the graph knows about the turn that a tool needs (never from the model)."""

    intents: frozenset[str]
    already_proposed: bool
    text: str = ""
    region: str | None = None
    settings: Any = None


async def run_tool(oms: OrderManagement, customer_id: str | None, name: str, args: Any,
                   context: ToolContext) -> ToolOutcome:
    """Run one model tool call for the verified customer. Never raises for a bad call: the model gets
    an error it can read (and the customer is never shown another customer's data)."""
    schema = _schema(name)
    if schema is None:
        return ToolOutcome({"error": f"unknown tool {name!r}"})
    problem = invalid_arguments(schema, args)
    if problem:
        return ToolOutcome({"error": problem}, rejected_arguments=True)
    if not customer_id:
        return ToolOutcome({"error": "the customer is not signed in: ask them to sign in (or give the e-mail and "
                                     "order number of the order) before order details can be shared"})
    if name in TOOLS:
        allowed = {INTENT_ACTIONS[i] for i in context.intents if i in INTENT_ACTIONS}
        if name not in allowed:
            return ToolOutcome({"error": f"refused: the customer did not ask for {name.replace('_', ' ')}"})
        if context.already_proposed:
            return ToolOutcome({"error": "refused: one order change per turn; one is already waiting for the customer"})
    try:
        if name == "list_orders":
            orders = await oms.list_orders(customer_id, limit=10)
            return ToolOutcome({"orders": [o.model_dump(mode="json") for o in orders]})
        number = args["order_number"]
        if name == "get_tracking":
            return ToolOutcome((await oms.get_tracking(customer_id, number)).model_dump(mode="json"))
        order = (await oms.get_order(customer_id, number)).model_dump(mode="json")
        if name == "lookup_order":
            return ToolOutcome(order, order=order)
        return await _propose(oms, customer_id, name, args, order, context)
    except (OrderNotFound, InvalidOrderNumber):
        return ToolOutcome({"error": f"no order {str(args.get('order_number'))[:40]!r} among this customer's orders"})
    except OmsError as exc:
        return ToolOutcome({"error": f"the order system is unavailable ({type(exc).__name__})"})
