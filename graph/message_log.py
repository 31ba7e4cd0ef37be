"""The conversation's message reducer: LangGraph's add_messages, except that history cannot be rewritten.

add_messages replaces a stored message when a new one arrives with the same id. A replayed run (a
server re-executing a run after a crash, a front end retrying) sends the same id with the same text:
that stays a harmless no-op. The same id with DIFFERENT text used to silently replace what the customer
wrote earlier (and what a person reads at handoff). Now the earlier message stays and the new text is
not stored: an empty customer message marked REFUSED_REPLAY takes its place, so classify answers that
the message was refused. (A reducer must not raise: LangGraph re-applies saved input writes whenever
the thread is loaded, so an exception here would make the thread unreadable for good.)
"""

from __future__ import annotations

import hashlib

from langchain_core.messages import AnyMessage, BaseMessage, HumanMessage, RemoveMessage, convert_to_messages
from langgraph.graph.message import Messages, add_messages

REFUSED_REPLAY = "refused_replay_of"


def _as_list(messages: Messages | None) -> list[BaseMessage]:
    if messages is None:
        return []
    items = messages if isinstance(messages, list) else [messages]
    return [m if isinstance(m, BaseMessage) else convert_to_messages([m])[0] for m in items]


def _same(a: BaseMessage, b: BaseMessage) -> bool:
    return a.type == b.type and a.content == b.content


def _refusal(message: BaseMessage) -> HumanMessage:
    """Deterministic (same replay, same id): a repeated conflicting replay is itself a no-op."""
    digest = hashlib.sha256(repr(message.content).encode()).hexdigest()[:12]
    return HumanMessage(content="", id=f"{message.id}:refused:{digest}", additional_kwargs={REFUSED_REPLAY: message.id})


def add_messages_once(left: Messages | None, right: Messages | None) -> list[AnyMessage]:
    """add_messages that never replaces a stored message with different content."""
    stored = {m.id: m for m in _as_list(left) if m.id}
    accepted = []
    for message in _as_list(right):
        earlier = stored.get(message.id) if message.id and not isinstance(message, RemoveMessage) else None
        accepted.append(_refusal(message) if earlier is not None and not _same(earlier, message) else message)
    return add_messages(left, accepted)


def is_refused_replay(message: BaseMessage) -> bool:
    return bool((message.additional_kwargs or {}).get(REFUSED_REPLAY))
