"""What classify adds to a turn beyond the engine's reading: safety reasons, and the replies this customer
already had in their other recent conversations (for the frustration rule).

Kept out of classify so the identity and input checks there stay separate from the escalation signals.
"""

from __future__ import annotations

from langgraph.store.base import BaseStore

from core.settings import get_settings
from graph import policy
from graph.memory import current_thread, replies_elsewhere


def safety_reasons(safety: list[dict], wants_human: bool = False) -> list[str]:
    """The reasons a safety turn escalates with: safety first, then an explicit request for a person."""
    categories = [finding["category"] for finding in safety]
    fired = [policy.safety_concern(categories), policy.human_requested(wants_human)]
    return [reason for reason in fired if reason]


async def earlier_replies(store: BaseStore | None, customer_id: str | None) -> int:
    """Agent replies to this verified customer in their other conversations of the last
    FRUSTRATION_MEMORY_DAYS days; 0 for anonymous visitors (their thread is all they have)."""
    thread_id = current_thread() or ""
    return await replies_elsewhere(store, customer_id, thread_id, get_settings().frustration_memory_days)
