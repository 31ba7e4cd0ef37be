"""Per-customer memory across conversations, in LangGraph's store (Postgres in every deployment):
earlier escalations, preferred language, how often the customer was frustrated."""

from __future__ import annotations

from datetime import UTC, datetime

from langgraph.store.base import BaseStore


def _namespace(customer_id: str) -> tuple[str, ...]:
    return ("customers", customer_id)


async def load_profile(store: BaseStore | None, customer_id: str | None) -> dict:
    if store is None or not customer_id:
        return {}
    item = await store.aget(_namespace(customer_id), "profile")
    return dict(item.value) if item else {}


async def update_profile(
    store: BaseStore | None,
    customer_id: str | None,
    *,
    language: str | None = None,
    frustrated: bool = False,
    escalation: dict | None = None,
) -> None:
    if store is None or not customer_id:
        return
    profile = await load_profile(store, customer_id)
    if language:
        profile["language"] = language
    profile["frustrated_messages"] = profile.get("frustrated_messages", 0) + int(frustrated)
    if escalation:
        profile["escalations"] = (profile.get("escalations") or [])[-19:] + [escalation]
    profile["last_seen"] = datetime.now(UTC).isoformat()
    await store.aput(_namespace(customer_id), "profile", profile)
