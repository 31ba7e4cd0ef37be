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
from tools.oms.order_choice import choose_order, item_words, other_moving_orders

log = logging.getLogger(__name__)

REFUND_INTENTS = {"refund_request"}
STATUS_INTENTS = {"order_status", "shipping_delay"}
CANDIDATE_ORDERS = 5  # the customer's latest orders an unnumbered question is matched against


def refund_at_stake(text: str, order: dict) -> float:
    """Money a refund question is about, from OMS figures only: the lines the customer names (capped by
    what is still refundable), else everything still refundable on the order."""
    refundable = refundable_amount(order)
    asked = item_words(text)
    named = [i for i in order.get("items") or [] if asked & item_words(i.get("product_name", ""))]
    if not named:
        return refundable
    lines = sum(float(i.get("unit_price") or 0) * int(i.get("quantity") or 1) for i in named)
    return round(min(lines, refundable), 2)


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
                fetched = await asyncio.gather(
                    *(client.get_order(customer_id, summary.id) for summary in summaries[:CANDIDATE_ORDERS])
                )
                candidates = [order.model_dump(mode="json") for order in fetched]
                # One order per question: the one the customer names, else the one the message fits.
                chosen = choose_order(candidates, intents, turn.get("text", ""))
                if chosen is not None:
                    facts["orders"].append(chosen)
                if intents & STATUS_INTENTS:
                    facts["also_moving"] = [o["id"] for o in other_moving_orders(candidates, chosen)]
            if intents & REFUND_INTENTS and facts["orders"]:
                facts["refund_amount"] = refund_at_stake(turn.get("text", ""), facts["orders"][0])
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
