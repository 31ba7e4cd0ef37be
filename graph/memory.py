"""Per-customer memory across conversations, in LangGraph's store (Postgres in every deployment):
earlier escalations (and how each case stands: the inbox records claims and resolutions), preferred
language, how often the customer was frustrated, and when the agent replied to them in each conversation.

The frustration rule ("frustrated after two exchanges") counts a customer's replies across their recent
conversations, not only the current thread: someone who got two answers yesterday and comes back angry
today has had their two exchanges. Each conversation keeps its own item (key = thread id), written only
by that thread's runs, which the server runs one at a time, so concurrent conversations of one customer
never overwrite each other's counts. Anonymous visitors have no memory: only their thread counts.

Each conversation item also carries `last_reply`, the time of its latest reply, so counting reads only
the conversations answered inside the window (a store filter the Postgres store runs in SQL) however
many older conversations the customer has. Items written before that field existed get it from
migration 0010.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from langgraph.config import get_config
from langgraph.store.base import BaseStore

MAX_TIMESTAMPS = 50  # per conversation: enough for any window, bounded for a runaway thread
MAX_CONVERSATIONS = 100  # most recently updated conversations read when counting


def _stamp(when: datetime) -> str:
    """A reply time as a fixed-width UTC ISO string (always microseconds, always +00:00): the Postgres
    store compares `last_reply` as text, which orders such strings exactly as the times they name."""
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _namespace(customer_id: str) -> tuple[str, ...]:
    return ("customers", customer_id)


def _conversations(customer_id: str) -> tuple[str, ...]:
    return ("customers", customer_id, "conversations")


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
) -> dict:
    """Called once per agent reply (the answer and escalate nodes): the profile, and the reply in the
    conversation's log that the frustration rule counts in the customer's later conversations. The two
    reads go to the store together, then the two writes (LangGraph's store batches operations awaited
    together: two round trips instead of four). Returns the profile as it was before this reply (what
    the answer node greets a returning customer from, without reading it a second time)."""
    if store is None or not customer_id:
        return {}
    thread_id = current_thread()
    reads = [store.aget(_namespace(customer_id), "profile")]
    if thread_id:
        reads.append(store.aget(_conversations(customer_id), thread_id))
    profile_item, *conversation = await asyncio.gather(*reads)
    before = dict(profile_item.value) if profile_item else {}
    profile = dict(before)
    if language:
        profile["language"] = language
    profile["frustrated_messages"] = profile.get("frustrated_messages", 0) + int(frustrated)
    if escalation:
        profile["escalations"] = (profile.get("escalations") or [])[-19:] + [escalation]
    profile["last_seen"] = datetime.now(UTC).isoformat()
    writes = [store.aput(_namespace(customer_id), "profile", profile)]
    if thread_id:
        logged = _with_reply(conversation[0], _stamp(datetime.now(UTC)), frustrated)
        writes.append(store.aput(_conversations(customer_id), thread_id, logged, index=False))
    await asyncio.gather(*writes)
    return before


def _with_reply(item, stamp: str, frustrated: bool) -> dict:
    """A conversation's reply log (an Item or None) with one more reply at `stamp`."""
    value = dict(item.value) if item else {"replies": [], "frustrated": []}
    value["replies"] = (value.get("replies") or [])[-(MAX_TIMESTAMPS - 1):] + [stamp]
    if frustrated:
        value["frustrated"] = (value.get("frustrated") or [])[-(MAX_TIMESTAMPS - 1):] + [stamp]
    last = value.get("last_reply")
    value["last_reply"] = max(last, stamp) if isinstance(last, str) else stamp  # a late `at` never moves it back
    return value


async def record_reply(
    store: BaseStore | None,
    customer_id: str | None,
    thread_id: str,
    *,
    frustrated: bool = False,
    at: datetime | None = None,
) -> None:
    """Note that the agent replied to this customer in this conversation (and whether they were frustrated)."""
    if store is None or not customer_id:
        return
    stamp = _stamp(at or datetime.now(UTC))
    item = await store.aget(_conversations(customer_id), thread_id)
    await store.aput(_conversations(customer_id), thread_id, _with_reply(item, stamp, frustrated), index=False)


def current_thread() -> str | None:
    """The thread id of the run being executed; None outside a graph run."""
    try:
        thread_id = get_config()["configurable"].get("thread_id")
    except RuntimeError:  # not inside a runnable context
        return None
    return str(thread_id) if thread_id else None


async def remember_reply(store: BaseStore | None, customer_id: str | None, *, frustrated: bool = False) -> None:
    """record_reply for the conversation being run (nothing outside a graph run)."""
    thread_id = current_thread()
    if thread_id:
        await record_reply(store, customer_id, thread_id, frustrated=frustrated)


async def _update_case(store: BaseStore | None, customer_id: str | None, handoff_id: int, fields: dict) -> bool:
    """Set `fields` on one remembered case of the customer's profile; False (and nothing written) when the
    profile does not list it."""
    if store is None or not customer_id:
        return False
    profile = await load_profile(store, customer_id)
    cases = profile.get("escalations") or []
    found = [case for case in cases if case.get("handoff_id") == handoff_id]
    for case in found:
        case.update(fields)
    if found:
        await store.aput(_namespace(customer_id), "profile", {**profile, "escalations": cases})
    return bool(found)


async def record_case_status(
    store: BaseStore | None, customer_id: str | None, handoff_id: int, status: str, outcome: str | None = None
) -> bool:
    """Note how an earlier case stands (claimed, resolved with an outcome), so the customer's next
    conversation can open with it. False when the profile does not list the case."""
    fields = {"status": status, "updated_at": datetime.now(UTC).isoformat(), **({"outcome": outcome} if outcome else {})}
    return await _update_case(store, customer_id, handoff_id, fields)


async def record_case_told(store: BaseStore | None, customer_id: str | None, handoff_id: int, standing: str) -> None:
    """Note that the customer was told how a case stands (graph/nodes/returning.py), so their next
    conversations do not open with the same news."""
    await _update_case(store, customer_id, handoff_id, {"told": standing})


def _recent(stamps: list[str], since: datetime) -> int:
    count = 0
    for stamp in stamps:
        try:
            when = datetime.fromisoformat(stamp)
        except (TypeError, ValueError):
            continue  # a damaged entry is skipped, never a crash
        count += when >= since
    return count


async def replies_elsewhere(
    store: BaseStore | None,
    customer_id: str | None,
    thread_id: str,
    days: float,
    *,
    now: datetime | None = None,
) -> int:
    """Agent replies to this customer in their OTHER conversations during the last `days` days.

    The current thread's replies are already counted in its state (`exchanges`), so they are left out here.
    Only conversations whose latest reply is inside the window are read: one query, filtered in SQL.
    """
    if store is None or not customer_id or days <= 0:
        return 0
    since = (now or datetime.now(UTC)) - timedelta(days=days)
    items = await store.asearch(
        _conversations(customer_id), filter={"last_reply": {"$gte": _stamp(since)}}, limit=MAX_CONVERSATIONS
    )
    return sum(_recent(item.value.get("replies") or [], since) for item in items if item.key != thread_id)


async def forget_conversations(store: BaseStore | None, customer_id: str | None) -> int:
    """Erase what memory holds about this customer's conversations, their earlier cases included (a
    data-deletion request, or an eval replaying independent tickets of one customer); returns how many
    conversations were forgotten."""
    if store is None or not customer_id:
        return 0
    profile = await load_profile(store, customer_id)
    if profile.pop("escalations", None) is not None:
        await store.aput(_namespace(customer_id), "profile", profile)
    forgotten = 0
    while items := await store.asearch(_conversations(customer_id), limit=MAX_CONVERSATIONS):
        for item in items:
            await store.adelete(_conversations(customer_id), item.key)
        forgotten += len(items)
    return forgotten
