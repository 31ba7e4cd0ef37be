"""The customer-visible `messages` stream of the LLM engine: the reply being sent, never the model's draft.

The drafting model call is tagged `nostream` (graph/reasoning/llm/engine.py), so its tokens never reach
the `messages` stream mode: a draft that fails the grounding check, or that the score node escalates
instead of sending, is never shown. The answer node then streams the reply it sends (checked, with the
confirmation prompt and any earlier-case note) as AI message chunks of a few words, all with the id of
the AIMessage it writes to state: a langgraph_sdk client or the chat widget renders it incrementally and,
when the final state arrives, recognises the same message (LangGraph does not emit it a second time).
"""

from __future__ import annotations

import re
import uuid

from langchain_core.messages import AIMessage, AIMessageChunk
from langgraph.config import get_config
from langgraph.graph.message import push_message
from langgraph.pregel._messages import StreamMessagesHandler

AGENT_NAME = "support-agent"
WORDS_PER_CHUNK = 3
_WORD = re.compile(r"\s*\S+\s*|\s+")


def pieces(text: str, words: int = WORDS_PER_CHUNK) -> list[str]:
    """`text` in pieces of a few words each (whitespace kept, so the pieces join back to `text`)."""
    tokens = _WORD.findall(text)
    return ["".join(tokens[i:i + words]) for i in range(0, len(tokens), words)]


def _messages_stream_open() -> bool:
    """Is a `messages` stream listening to this run? (Not in a plain invoke, nor outside a graph run.)"""
    try:
        callbacks = get_config().get("callbacks")
    except RuntimeError:
        return False
    handlers = getattr(callbacks, "handlers", callbacks) or []
    return any(isinstance(handler, StreamMessagesHandler) for handler in handlers)


def streamed_reply(text: str) -> AIMessage:
    """The reply as the AIMessage to write to state, after streaming it in pieces under the same id."""
    message = AIMessage(content=text, name=AGENT_NAME, id=str(uuid.uuid4()))
    if _messages_stream_open():
        for piece in pieces(text):
            push_message(AIMessageChunk(content=piece, name=AGENT_NAME, id=message.id), state_key=None)
    return message
