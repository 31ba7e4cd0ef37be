"""call_oms: fetch live order data for the verified customer only (function calls over HTTP)."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import UTC, datetime, timedelta

from graph.intents import INTENTS
from graph.state import OmsFacts, SupportState
from tools.oms import (
    CustomerNotFound,
    InvalidOrderNumber,
    OmsRequestRejected,
    OmsUnavailable,
    OrderNotFound,
    ProductNotFound,
    oms_client,
)
from tools.oms.actions.refund import amount_at_stake

log = logging.getLogger(__name__)

REFUND_INTENTS = {"refund_request"}
PRODUCT_INTENTS = {"return_request", "exchange"}  # their actions need Final Sale flags and variants
OPEN_STATUSES = {"pending", "processing", "processed", "shipped", "in_transit"}
# Intents about a parcel on its way prefer the newest order still moving; others the newest order.
IN_FLIGHT_INTENTS = {"order_status", "shipping_delay", "cancel_order", "change_address"}
STATUS_INTENTS = {"order_status", "shipping_delay"}
RECENT_DAYS = 60
MAX_STATUS_ORDERS = 3
ITEM_MATCH_ORDERS = 5  # recent orders whose items are compared with what the customer names


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


_GENERIC = {"the", "and", "for", "with", "order", "ordered", "item", "items", "size", "color", "colour",
            "northbound", "my", "your", "new", "pair", "one"}


def _tokens(text: str) -> set[str]:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if len(w) > 2} - _GENERIC


def match_orders_by_items(text: str, orders: list[dict]) -> list[dict]:
    """Orders whose line items the customer names ("the running short"), best match first.

    What a person does when no order number is given; ties keep the newest order first.
    """
    asked = _tokens(text)
    scored = []
    for position, order in enumerate(orders):
        best = max((len(asked & _tokens(item.get("product_name", ""))) for item in order.get("items") or []), default=0)
        if best:
            scored.append((-best, position, order))
    return [order for *_, order in sorted(scored, key=lambda item: (item[0], item[1]))]


def refund_at_stake(text: str, order: dict) -> float:
    """Money a refund question is about, from OMS figures only: the lines the customer names (what they cost,
    capped by what is still refundable), else everything still refundable. The refund tool proposes the very
    same amount (tools/oms/actions/refund.py), so the limit rule and the proposal never disagree."""
    return float(amount_at_stake(order, text))


async def call_oms(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    intents = {q["intent"] for q in turn.get("questions") or []} | {turn.get("intent")}
    needs_order = any(INTENTS[i].needs_order for i in intents if i in INTENTS)
    customer_id = state.get("customer_id")
    wants_order = needs_order or bool(customer_id and intents & PRODUCT_INTENTS)  # an exchange acts on an order
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
        if wants_order:
            numbers = (turn.get("entities") or {}).get("order_numbers") or []
            for number in numbers[:3]:
                try:
                    order = await client.get_order(customer_id, number)
                    facts["orders"].append(order.model_dump(mode="json"))
                except (OrderNotFound, InvalidOrderNumber):
                    facts["order_not_found"].append(number)
            if not numbers:
                fetched = await asyncio.gather(
                    *(client.get_order(customer_id, summary.id) for summary in summaries[:ITEM_MATCH_ORDERS])
                )
                candidates = [order.model_dump(mode="json") for order in fetched]
                if intents & STATUS_INTENTS:
                    # "where is the tee I ordered" is about a recent parcel, not last year's tee.
                    cutoff = datetime.now(UTC) - timedelta(days=RECENT_DAYS)
                    searchable = [o for o in candidates if datetime.fromisoformat(o["placed_at"]) >= cutoff]
                else:
                    searchable = candidates
                named = match_orders_by_items(turn.get("text", ""), searchable)
                if named:
                    facts["orders"].append(named[0])
                else:
                    by_id = {order["id"]: order for order in candidates}
                    for chosen in pick_orders(summaries, intents):
                        order = by_id.get(chosen.id) or (await client.get_order(customer_id, chosen.id)).model_dump(mode="json")
                        facts["orders"].append(order)
            if intents & REFUND_INTENTS and facts["orders"]:
                facts["refund_amount"] = refund_at_stake(turn.get("text", ""), facts["orders"][0])
            if intents & PRODUCT_INTENTS and facts["orders"]:
                ids = sorted({item["product_id"] for item in facts["orders"][0].get("items") or []})
                products = await asyncio.gather(*(client.get_product(pid) for pid in ids[:10]))
                facts["products"] = {p.id: p.model_dump(mode="json") for p in products}
    except CustomerNotFound:
        # A signed identity this store does not know (e.g. another store's token): treat as unverified.
        facts["error"] = "identity_required" if needs_order else None
    except (OmsUnavailable, OmsRequestRejected, ProductNotFound) as exc:
        log.warning("OMS unavailable: %s", exc)
        facts["error"] = "oms_unavailable"
    finally:
        await client.aclose()
    turn["oms"] = facts
    return {"turn": turn}
