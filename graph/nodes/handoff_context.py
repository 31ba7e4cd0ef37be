"""What a handoff tells the person about the customer and their orders, even when the escalating turn never asked
the OMS (a turn escalated for low confidence reads no orders): the person must not have to look the customer up,
and the summary must not call a signed-in customer unverified."""

from __future__ import annotations

from dataclasses import replace

from graph.reasoning.base import DraftRequest
from tools.oms import CustomerNotFound, OmsRequestRejected, OmsUnavailable, oms_client

HANDOFF_ORDERS = 3  # latest orders a person sees when the conversation identified none


async def with_customer_context(request: DraftRequest, customer_id: str | None) -> DraftRequest:
    """The request with the verified customer's profile and latest orders, read now when the turn has none."""
    oms = dict(request.oms or {})
    if not customer_id or oms.get("customer"):
        return request
    by_id = replace(request, customer=request.customer or {"id": customer_id})
    if oms.get("error") == "oms_unavailable":
        return by_id  # the turn already waited for it once: the handoff names the customer by id
    try:
        overview = await oms_client().get_overview(customer_id, orders=HANDOFF_ORDERS)
    except (OmsUnavailable, OmsRequestRejected, CustomerNotFound):
        # The handoff goes out anyway, naming the customer by id; the inbox reads the orders live when it can.
        return by_id
    oms["customer"] = overview.customer.model_dump(mode="json")
    oms["recent_orders"] = oms.get("recent_orders") or [o.model_dump(mode="json") for o in overview.summaries()]
    return replace(request, oms=oms, customer=oms["customer"])


def orders_for_handoff(oms: dict | None, dialogue: dict | None, guessed: bool = False) -> list[str]:
    """The orders the conversation is about: the turn's, else the one the conversation was about, else the
    orders offered to choose from, else the customer's latest. `guessed`: the turn's order is the agent's pick, not
    the customer's word, so the latest orders follow it."""
    oms = oms or {}
    picked = [o["id"] for o in oms.get("orders") or []]
    if guessed and picked:
        latest = [o["id"] for o in oms.get("recent_orders") or [] if o.get("id") not in picked]
        return (picked + latest)[:HANDOFF_ORDERS]
    for found in ([o["id"] for o in oms.get("orders") or []], [(dialogue or {}).get("order_id")],
                  [o["id"] for o in oms.get("candidates") or []],
                  [o["id"] for o in oms.get("recent_orders") or []]):
        found = [order_id for order_id in found if order_id]
        if found:
            return found[:HANDOFF_ORDERS]
    return []
