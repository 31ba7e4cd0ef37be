"""Reading LangChain messages as plain (role, text) pairs, whatever shape the caller sent."""

from __future__ import annotations

from langchain_core.messages import AnyMessage


def text_of(message: AnyMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    parts = []
    for part in content or []:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and part.get("type") == "text":
            parts.append(str(part.get("text", "")))
    return "\n".join(parts)


STAFF_NAME = "staff"  # `name` of an AI message a person from the support team wrote (app/inbox)


def is_staff(message: AnyMessage) -> bool:
    """A reply written by a person from the support team, not by the agent."""
    return message.type == "ai" and getattr(message, "name", None) == STAFF_NAME


def role_of(message: AnyMessage) -> str:
    """customer / agent: staff replies speak for the support side, like the agent's."""
    return "customer" if message.type == "human" else "agent"


def history_of(messages: list[AnyMessage]) -> list[tuple[str, str]]:
    """(role, text) for every message but the latest customer one."""
    return [(role_of(m), text_of(m)) for m in messages[:-1] if m.type in {"human", "ai"}]


def customer_texts_before(messages: list[AnyMessage]) -> list[str]:
    """The customer's messages before their latest one, the most recent first."""
    return [text_of(m) for m in messages if m.type == "human"][-2::-1]


def latest_customer_text(messages: list[AnyMessage]) -> str | None:
    for message in reversed(messages):
        if message.type == "human":
            return text_of(message)
    return None
