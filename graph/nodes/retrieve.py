"""retrieve: help-center passages for each question, and similar resolved past tickets as evidence."""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache

from langgraph.runtime import Runtime

from graph.config import SupportContext, context_of
from graph.reasoning.registry import aget_reasoner
from graph.state import PassageRef, SupportState
from graph.ticket_evidence import ticket_evidence

log = logging.getLogger(__name__)
HELP_K = 4
CANDIDATES_K = 20  # over-fetch, then the engine keeps the HELP_K articles its history favours
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


async def _chosen(kb, found: list, article_ids: list[str]) -> list:
    """The best retrieved passage of each chosen article; articles not retrieved come from the index."""
    best: dict[str, object] = {}
    for passage in found:
        best.setdefault(passage.doc_id, passage)
    missing = [doc_id for doc_id in article_ids if doc_id not in best]
    for passage in await kb.aarticles(missing):
        best[passage.doc_id] = passage
    return [best[doc_id] for doc_id in article_ids if doc_id in best]


async def retrieve(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    turn = dict(state.get("turn") or {})
    reasoner = await aget_reasoner(context_of(runtime.context).engine)
    choose = getattr(reasoner, "choose_articles", None)
    questions = turn.get("questions") or [{"text": turn.get("text", "")}]
    kb = await asyncio.to_thread(knowledge_base)  # first call loads the model and connects: off the loop
    passages: list[PassageRef] = []
    similar: list[PassageRef] = []
    try:
        for index, question in enumerate(questions):
            found = await kb.asearch(question["text"], k=CANDIDATES_K if choose else HELP_K, source="help_center")
            if choose:
                found = await _chosen(kb, found, choose(question["text"], [p.doc_id for p in found], HELP_K))
            passages += [_as_ref(p, index) for p in found[:HELP_K]]
        tickets = await kb.asearch(turn.get("text", ""), k=TICKETS_K, source="past_ticket")
        similar = [ticket_evidence(_as_ref(p, None)) for p in tickets]  # no other customer's text in state
    except Exception as exc:  # the knowledge base being down must not lose the customer's turn
        log.warning("retrieval failed: %s", exc, exc_info=True)
        turn["retrieval_error"] = str(exc)[:200]
    turn.update(passages=passages, similar_tickets=similar)
    return {"turn": turn}
