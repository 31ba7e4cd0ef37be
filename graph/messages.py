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


def role_of(message: AnyMessage) -> str:
    return "customer" if message.type == "human" else "agent"


def history_of(messages: list[AnyMessage]) -> list[tuple[str, str]]:
    """(role, text) for every message but the latest customer one."""
    return [(role_of(m), text_of(m)) for m in messages[:-1] if m.type in {"human", "ai"}]


def latest_customer_text(messages: list[AnyMessage]) -> str | None:
    for message in reversed(messages):
        if message.type == "human":
            return text_of(message)
    return None
