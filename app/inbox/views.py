"""How a case looks on the wire (the inbox contract): the list fields, and the detail on top of them."""

from __future__ import annotations

from typing import Any

LIST_FIELDS = ("id", "thread_id", "customer_id", "customer_name", "intent", "reasons", "priority", "status",
               "assignee", "summary", "created_at", "updated_at", "unread")
DETAIL_FIELDS = ("suggested_resolution", "tried", "order_ids", "customer_email", "claimed_at", "outcome",
                 "resolution", "resolved_by", "resolved_at")


def case_view(row: dict[str, Any]) -> dict[str, Any]:
    view = {name: row.get(name) for name in LIST_FIELDS}
    view["priority"] = row.get("effective_priority") or row.get("priority")  # a safety case is always urgent
    view["reasons"] = list(view["reasons"] or [])
    return view


def detail_view(row: dict[str, Any], *, orders: list[dict[str, Any]], orders_error: str | None,
                transcript: list[dict[str, Any]], earlier: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        **case_view(row),
        **{name: row.get(name) for name in DETAIL_FIELDS},
        "order_ids": list(row.get("order_ids") or []),
        "orders": orders,
        "orders_error": orders_error,
        "transcript": transcript,
        "earlier_cases": [
            {"id": e["id"], "created_at": e["created_at"], "reasons": list(e["reasons"] or []), "summary": e["summary"],
             "status": e["status"], "outcome": e["outcome"], "resolution": e["resolution"], "intent": e["intent"]}
            for e in earlier
        ],
    }
