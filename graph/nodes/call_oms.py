"""call_oms: fetch live order data for the verified customer only (function calls over HTTP)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

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
STATUS_INTENTS = {"order_status", "shipping_delay"}
RECENT_DAYS = 60
MAX_STATUS_ORDERS = 3


def pick_orders(summaries: list, intents: set[str], now: datetime | None = None) -> list:
    """Which of the customer's orders an unnumbered question is about.

    "Where's my stuff?" from someone with several recent orders is about all of them: up to
    MAX_STATUS_ORDERS orders from the last RECENT_DAYS (moving ones first). Other questions take the
    newest order still moving for in-flight intents, else the newest order.
    """
    if not summaries:
        return []
    moving = [o for o in summaries if o.status in OPEN_STATUSES]
    if intents & STATUS_INTENTS:
        cutoff = (now or datetime.now(UTC)) - timedelta(days=RECENT_DAYS)
        recent = [o for o in summaries if o.status != "cancelled" and o.placed_at >= cutoff]
        ordered = moving + [o for o in recent if o not in moving]
        return ordered[:MAX_STATUS_ORDERS] or summaries[:1]
    if intents & IN_FLIGHT_INTENTS and moving:
        return moving[:1]
    return summaries[:1]


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
                for chosen in pick_orders(summaries, intents):
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
