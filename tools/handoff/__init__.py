"""Handing a conversation to a person: the escalation queue (queue.py) and the signed webhooks that tell
the brand's own tools about every new case (webhooks/)."""

from tools.handoff.queue import (
    HandoffRequest,
    append_message,
    get_handoff,
    list_queue,
    open_handoff,
    raise_priority,
)

__all__ = ["HandoffRequest", "append_message", "get_handoff", "list_queue", "open_handoff", "raise_priority"]
