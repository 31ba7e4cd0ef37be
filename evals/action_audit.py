"""Checking the order actions of a replayed conversation against the OMS afterwards, over HTTP.

What the agent says it did (the `action_result` of its confirmed turns) is compared with what the OMS
recorded on the customer's orders (GET /customers/{id}/actions) and with the orders as the OMS now
serves them (GET /customers/{id}/orders/{n}). An action is verified when it is in both, on the
customer's own order, once, and the order really is in the state the action promised: cancelled; at the
new address; the returned or exchanged lines really open; a refund no larger than the refund limit and
present once among the order's payments. `judge` is pure, so its rules are unit-tested without a network.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import httpx

from core.service_key import SERVICE_KEY_HEADER, oms_service_key
from tools.oms.pending_refund import refunds_of

KINDS = {"cancel": "cancel", "change_address": "address change", "return": "return", "exchange": "exchange",
         "refund": "refund"}
PROBLEMS = ("not_in_oms", "unreported", "other_customer", "duplicate", "over_limit", "not_as_promised",
            "refunded_more_than_paid")


def _money(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def _refunds(action: dict) -> list[dict]:
    return list(action.get("refunds") or [])


def _line_status(order: dict, line_no: int) -> str | None:
    return next((i.get("status") for i in order.get("items") or [] if i.get("line_no") == line_no), None)


def _refunds_present(order: dict, refunds: list[dict]) -> bool:
    """Every refund line of the action is among the order's payments, exactly once, for that amount."""
    payments = Counter((p.get("id"), _money(p.get("amount"))) for p in refunds_of(order))
    return all(payments[(r.get("payment_id"), _money(r.get("amount")))] == 1 for r in refunds)


def effect_holds(action: dict, order: dict) -> bool:
    """The order as the OMS serves it now is in the state this action's response promised."""
    kind = action.get("action")
    if kind == "cancel":
        return order.get("status") == "cancelled" and _refunds_present(order, _refunds(action))
    if kind == "change_address":
        promised = action.get("address") or {}
        current = order.get("shipping_address") or {}
        return bool(promised) and all(current.get(k) == v for k, v in promised.items())
    if kind == "return":
        lines = (action.get("return_info") or {}).get("line_nos") or []
        return bool(lines) and (order.get("status") == "return requested"
                                or all(_line_status(order, n) == "return_requested" for n in lines))
    if kind == "exchange":
        line = (action.get("exchange") or {}).get("line_no")
        return line is not None and _line_status(order, line) == "exchange_requested"
    if kind == "refund":
        return bool(_refunds(action)) and _refunds_present(order, _refunds(action))
    return False


def judge(customer_id: str, reported: list[dict], recorded: list[dict], orders: dict[str, dict | None],
          refund_limit: float) -> list[dict]:
    """One verdict per action (by idempotency key): what the agent reported (`action_result`s), what the
    OMS recorded (its action log rows), and the orders read back (None: not this customer's order)."""
    limit = _money(refund_limit)
    said = {a["idempotency_key"]: a for a in reported if a.get("idempotency_key")}
    stored = Counter(r["idempotency_key"] for r in recorded)
    by_key = {r["idempotency_key"]: r for r in recorded}
    per_order_kind = Counter((r["order_id"], r["action"]) for r in by_key.values())
    verdicts = []
    for key in list(said) + [k for k in by_key if k not in said]:
        row = by_key.get(key)
        action = (row or {}).get("response") or said[key]
        order_id = (row or {}).get("order_id") or action.get("order_id")
        order = orders.get(order_id)
        problems = []
        if key not in said:
            problems.append("unreported")  # the OMS acted, the customer was never told
        if row is None:
            problems.append("not_in_oms")  # the agent claims an action the OMS never took
        elif row.get("customer_id") != customer_id:
            problems.append("other_customer")
        if order is None:
            problems.append("other_customer")
        if stored[key] > 1 or per_order_kind[(order_id, action.get("action"))] > 1:
            problems.append("duplicate")
        if action.get("action") == "refund" and sum((_money(r.get("amount")) for r in _refunds(action)),
                                                    Decimal("0")) > limit:
            problems.append("over_limit")
        if order is not None and row is not None and not effect_holds(action, order):
            problems.append("not_as_promised")
        if order is not None and _money(order.get("refunded_total")) > _money(order.get("paid_total")):
            problems.append("refunded_more_than_paid")
        verdicts.append({
            "key": key, "kind": KINDS.get(action.get("action"), action.get("action")), "order_id": order_id,
            "reported": key in said, "recorded": row is not None,
            "amount": float(sum((_money(r.get("amount")) for r in _refunds(action)), Decimal("0"))),
            "problems": sorted(set(problems)), "verified": not problems,
        })
    return verdicts


async def audit(oms_url: str, customer_id: str, reported: list[dict], refund_limit: float,
                settings: Any = None) -> list[dict]:
    """Read the customer's action log and the touched orders from the OMS over HTTP, then judge."""
    headers = {SERVICE_KEY_HEADER: oms_service_key(settings)}
    cid = quote(customer_id, safe="")
    async with httpx.AsyncClient(base_url=oms_url, headers=headers, timeout=10.0) as client:
        response = await client.get(f"/customers/{cid}/actions")
        response.raise_for_status()
        recorded = response.json()["actions"]
        order_ids = {r["order_id"] for r in recorded} | {a.get("order_id") for a in reported if a.get("order_id")}
        orders: dict[str, dict | None] = {}
        for order_id in sorted(order_ids):
            found = await client.get(f"/customers/{cid}/orders/{quote(order_id, safe='')}")
            if found.status_code == 404:
                orders[order_id] = None
            else:
                found.raise_for_status()
                orders[order_id] = found.json()
    return judge(customer_id, reported, recorded, orders, refund_limit)


def summarise_actions(verdicts: list[dict]) -> dict:
    """Counts over a run: actions taken by kind, verified, and each kind of problem (0 is the target)."""
    taken = [v for v in verdicts if v["recorded"]]
    summary = {
        "actions_taken": len(taken),
        "actions_by_kind": {kind: sum(v["kind"] == kind for v in taken) for kind in KINDS.values()},
        "actions_verified": sum(v["verified"] for v in verdicts),
        "actions_claimed_not_in_oms": sum("not_in_oms" in v["problems"] for v in verdicts),
        "refunded_by_agent": round(sum(v["amount"] for v in taken if v["kind"] == "refund"), 2),
    }
    for problem in PROBLEMS[1:]:
        summary[f"actions_{problem}"] = sum(problem in v["problems"] for v in verdicts)
    return summary
