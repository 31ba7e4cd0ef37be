"""call_oms: fetch live order data for the verified customer only (function calls over HTTP)."""

from __future__ import annotations

import asyncio
import logging

from graph.intents import INTENTS
from graph.reasoning.offline.order_facts import refundable_amount
from graph.state import OmsFacts, SupportState
from tools.oms import (
    CustomerNotFound,
    InvalidOrderNumber,
    OmsRequestRejected,
    OmsUnavailable,
    OrderNotFound,
    oms_client,
)

log = logging.getLogger(__name__)

REFUND_INTENTS = {"refund_request"}
OPEN_STATUSES = {"pending", "processing", "processed", "shipped", "in_transit"}
# Intents about a parcel on its way prefer the newest order still moving; others the newest order.
IN_FLIGHT_INTENTS = {"order_status", "shipping_delay", "cancel_order", "change_address"}


def _pick_order(summaries: list, intents: set[str]):
    if not summaries:
        return None
    if intents & IN_FLIGHT_INTENTS:
        moving = [o for o in summaries if o.status in OPEN_STATUSES]
        if moving:
            return moving[0]
    return summaries[0]


async def call_oms(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    intents = {q["intent"] for q in turn.get("questions") or []} | {turn.get("intent")}
    needs_order = any(INTENTS[i].needs_order for i in intents if i in INTENTS)
    customer_id = state.get("customer_id")
    facts = OmsFacts(orders=[], recent_orders=[], refund_amount=None, order_not_found=[], error=None)
    if not customer_id:
        if needs_order:
            facts["error"] = "identity_required"
        turn["oms"] = facts
        return {"turn": turn}

    client = await asyncio.to_thread(oms_client)  # building the HTTP client reads CA files: off the loop
    try:
        customer = await client.get_customer(customer_id)
        facts["customer"] = customer.model_dump(mode="json")
        # Recent orders are cheap and give a person context even when the question is not about one.
        summaries = await client.list_orders(customer_id, limit=5)
        facts["recent_orders"] = [s.model_dump(mode="json") for s in summaries]
        if needs_order:
            numbers = (turn.get("entities") or {}).get("order_numbers") or []
            for number in numbers[:3]:
                try:
                    order = await client.get_order(customer_id, number)
                    facts["orders"].append(order.model_dump(mode="json"))
                except (OrderNotFound, InvalidOrderNumber):
                    facts["order_not_found"].append(number)
            if not numbers:
                chosen = _pick_order(summaries, intents)
                if chosen is not None:
                    facts["orders"].append((await client.get_order(customer_id, chosen.id)).model_dump(mode="json"))
            if intents & REFUND_INTENTS and facts["orders"]:
                facts["refund_amount"] = refundable_amount(facts["orders"][0])
    except CustomerNotFound:
        # A signed identity this store does not know (e.g. another store's token): treat as unverified.
        facts["error"] = "identity_required" if needs_order else None
    except (OmsUnavailable, OmsRequestRejected) as exc:
        log.warning("OMS unavailable: %s", exc)
        facts["error"] = "oms_unavailable"
    finally:
        await client.aclose()
    turn["oms"] = facts
    return {"turn": turn}
