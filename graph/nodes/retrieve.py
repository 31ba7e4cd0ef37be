"""retrieve: help-center passages for each question, and similar resolved past tickets as evidence."""

from __future__ import annotations

import logging
from functools import lru_cache

from graph.state import PassageRef, SupportState

log = logging.getLogger(__name__)
HELP_K = 4
TICKETS_K = 3


@lru_cache(maxsize=1)
def knowledge_base():
    """One KnowledgeBase per process: the embedding model loads once."""
    from tools.knowledge.retriever import KnowledgeBase

    return KnowledgeBase()


def _as_ref(passage, question: int | None) -> PassageRef:
    data = passage.model_dump() if hasattr(passage, "model_dump") else dict(vars(passage))
    metadata = dict(data.get("metadata") or {})
    if question is not None:
        metadata["question"] = question
    return PassageRef(
        doc_id=str(data.get("doc_id", "")),
        title=data.get("title") or "",
        heading=data.get("heading") or "",
        text=data.get("text") or "",
        url=data.get("url"),
        source=data.get("source") or "help_center",
        score=float(data.get("score") or 0.0),
        metadata=metadata,
    )


async def retrieve(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    questions = turn.get("questions") or [{"text": turn.get("text", "")}]
    kb = knowledge_base()
    passages: list[PassageRef] = []
    similar: list[PassageRef] = []
    try:
        for index, question in enumerate(questions):
            found = await kb.asearch(question["text"], k=HELP_K, source="help_center")
            passages += [_as_ref(p, index) for p in found]
        similar = [_as_ref(p, None) for p in await kb.asearch(turn.get("text", ""), k=TICKETS_K, source="past_ticket")]
    except Exception as exc:  # the knowledge base being down must not lose the customer's turn
        log.warning("retrieval failed: %s", exc)
    turn.update(passages=passages, similar_tickets=similar)
    return {"turn": turn}
