"""What a caller may put in a run: the customer's text messages, and nothing that steers the graph.

Both servers check every run request with `run_request_problem` before it is queued. The graph's input
schema already drops every key but `messages`; this edge check adds what a schema cannot express:
- only customer (human) text messages: no forged agent replies, tool results or RemoveMessage that would
  rewrite the transcript a person reads at handoff;
- no `command` (a Command's update writes state directly, past the input schema), no checkpoint to fork
  from (time travel would undo an escalation), no interrupts, no webhook (the server would POST the
  conversation to a caller-chosen URL);
- no `events` stream mode: it carries every model call's raw output (the unchecked draft, the
  classifier's JSON), which the `messages` mode keeps from the customer (graph/streamed_reply.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MAX_MESSAGES_PER_RUN = 20
CHECKPOINT_KEYS = ("checkpoint_id", "checkpoint_ns", "checkpoint_map", "checkpoint")
MESSAGE_KEYS = {"type", "role", "content", "id", "name", "additional_kwargs", "response_metadata", "example"}
CUSTOMER_ROLES = {"human", "user"}


def _message_problem(message: Any) -> str | None:
    if isinstance(message, str):
        return None  # a bare string is a human message to LangChain
    if not isinstance(message, Mapping):
        return "each message must be an object with role 'user' and text content"
    extra = set(message) - MESSAGE_KEYS
    if extra:
        return f"message fields not accepted: {', '.join(sorted(extra))}"
    role = message.get("type", message.get("role"))
    if role not in CUSTOMER_ROLES:
        return "only the customer's own messages (role 'user') may be sent"
    if message.get("additional_kwargs") or message.get("response_metadata"):
        return "message additional_kwargs / response_metadata are not accepted"
    content = message.get("content")
    if isinstance(content, str):
        return None
    if isinstance(content, list) and all(
        isinstance(part, str) or (isinstance(part, Mapping) and part.get("type") == "text"
                                  and isinstance(part.get("text"), str))
        for part in content
    ):
        return None
    return "message content must be text"


def input_problem(run_input: Any) -> str | None:
    """Why a run input is refused, or None: it must be exactly {"messages": [customer text messages]}."""
    if not isinstance(run_input, Mapping):
        return 'run input must be {"messages": [...]}'
    extra = set(run_input) - {"messages"}
    if extra:
        return f"run input may only carry messages, not: {', '.join(sorted(extra))}"
    messages = run_input.get("messages")
    if isinstance(messages, (str, Mapping)):
        messages = [messages]
    if not isinstance(messages, list) or not messages:
        return "run input must carry at least one message"
    if len(messages) > MAX_MESSAGES_PER_RUN:
        return f"at most {MAX_MESSAGES_PER_RUN} messages per run"
    for message in messages:
        problem = _message_problem(message)
        if problem:
            return problem
    return None


def run_request_problem(kwargs: Mapping[str, Any]) -> str | None:
    """Why a run request (the server's run kwargs: input, command, config, ...) is refused, or None."""
    if kwargs.get("command"):
        return "commands are not accepted; send the customer's message as input"
    if kwargs.get("interrupt_before") or kwargs.get("interrupt_after"):
        return "interrupts are not accepted"
    if kwargs.get("webhook"):
        return "webhooks are not accepted"
    stream_mode = kwargs.get("stream_mode") or []
    if "events" in ([stream_mode] if isinstance(stream_mode, str) else stream_mode):
        return "stream mode 'events' is not available; use messages-tuple, values, updates or custom"
    configurable = ((kwargs.get("config") or {}).get("configurable") or {})
    if any(key in configurable for key in CHECKPOINT_KEYS):
        return "runs continue from the thread's latest state; a checkpoint cannot be chosen"
    return input_problem(kwargs.get("input"))


def keep_only_context(kwargs: dict[str, Any], allowed: tuple[str, ...]) -> None:
    """Drop, in place, every context key the graph does not read, so nothing else a caller put there (a
    token, a threshold) is stored with the run. langgraph-api mirrors context into configurable, so the
    mirrored keys go too."""
    context = kwargs.get("context")
    configurable = (kwargs.get("config") or {}).get("configurable")
    if not isinstance(context, dict):
        return
    for key in [k for k in context if k not in allowed]:
        del context[key]
        if isinstance(configurable, dict):
            configurable.pop(key, None)
