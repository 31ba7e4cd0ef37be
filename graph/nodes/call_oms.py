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
from tools.oms.models import CustomerOverview

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


def oms_needed(turn: dict) -> tuple[bool, bool]:
    """(needs_order, worth_a_lookup) for this turn.

    Order questions need the customer's orders. A case that goes to a person (a tier-2 intent, or a
    request for a person) is worth one lookup so the handoff names the customer and their latest
    orders. Anything else (a policy question) is answered without the OMS: with the OMS slow or down,
    "what is your return policy?" still answers at once, and the greeting's first name is not worth a call.
    """
    intents = {q["intent"] for q in turn.get("questions") or []} | {turn.get("intent")}
    known = [INTENTS[i] for i in intents if i in INTENTS]
    needs_order = any(i.needs_order for i in known)
    for_a_person = bool(turn.get("wants_human")) or any(i.tier == 2 for i in known)
    return needs_order, needs_order or for_a_person


async def _order_or_missing(client, customer_id: str, number: str):
    """The customer's order under this number, or None when it is not theirs / does not exist."""
    try:
        return await client.get_order(customer_id, number)
    except (OrderNotFound, InvalidOrderNumber):
        return None


async def _lookup(client, customer_id: str, numbers: list[str]) -> tuple[CustomerOverview, list]:
    """The overview and each named order, requested in parallel: one round trip of wall time."""
    overview, *named = await asyncio.gather(
        client.get_overview(customer_id, orders=ITEM_MATCH_ORDERS),
        *(_order_or_missing(client, customer_id, number) for number in numbers),
        return_exceptions=True,
    )
    for outcome in (overview, *named):  # the overview's failure (e.g. CustomerNotFound) decides first
        if isinstance(outcome, BaseException):
            raise outcome
    return overview, named


async def call_oms(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    intents = {q["intent"] for q in turn.get("questions") or []} | {turn.get("intent")}
    needs_order, lookup = oms_needed(turn)
    customer_id = state.get("customer_id")
    wants_order = needs_order or bool(customer_id and intents & PRODUCT_INTENTS)  # an exchange acts on an order
    lookup = lookup or wants_order
    facts = OmsFacts(orders=[], recent_orders=[], refund_amount=None, order_not_found=[], error=None)
    if not customer_id or not lookup:
        if needs_order:
            facts["error"] = "identity_required"
        turn["oms"] = facts
        return {"turn": turn}

    client = oms_client()  # the process's pooled client: never closed here
    numbers = ((turn.get("entities") or {}).get("order_numbers") or [])[:3] if wants_order else []
    try:
        overview, named = await _lookup(client, customer_id, numbers)
        facts["customer"] = overview.customer.model_dump(mode="json")
        summaries = overview.summaries()
        # Recent orders are cheap and give a person context even when the question is not about one.
        facts["recent_orders"] = [s.model_dump(mode="json") for s in summaries]
        if wants_order:
            for number, order in zip(numbers, named, strict=True):
                if order is None:
                    facts["order_not_found"].append(number)
                else:
                    facts["orders"].append(order.model_dump(mode="json"))
            if not numbers:
                candidates = [order.model_dump(mode="json") for order in overview.orders]
                if intents & STATUS_INTENTS:
                    # "where is the tee I ordered" is about a recent parcel, not last year's tee.
                    cutoff = datetime.now(UTC) - timedelta(days=RECENT_DAYS)
                    searchable = [o for o in candidates if datetime.fromisoformat(o["placed_at"]) >= cutoff]
                else:
                    searchable = candidates
                named_by_items = match_orders_by_items(turn.get("text", ""), searchable)
                if named_by_items:
                    facts["orders"].append(named_by_items[0])
                else:
                    by_id = {order["id"]: order for order in candidates}
                    facts["orders"] += [by_id[chosen.id] for chosen in pick_orders(summaries, intents)]
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
    turn["oms"] = facts
    return {"turn": turn}
