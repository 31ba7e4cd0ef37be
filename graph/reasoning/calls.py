"""How nodes call whichever engine runs: the LLM engine's async methods when it has them (model calls
over HTTP, the tool loop, usage records), else the offline engine's plain ones exactly as before."""

from __future__ import annotations

import asyncio
import logging

from graph.reasoning.base import Classification, Draft, DraftRequest, DraftStep, Reasoner

log = logging.getLogger(__name__)


async def classify(reasoner: Reasoner, text: str, history: list[tuple[str, str]]) -> Classification:
    if hasattr(reasoner, "aclassify"):
        return await reasoner.aclassify(text, history)
    # Offline classification encodes the message (MiniLM, CPU-bound, releases the GIL): off the event loop.
    return await asyncio.to_thread(reasoner.classify, text, history)


async def draft(reasoner: Reasoner, request: DraftRequest) -> DraftStep:
    """The engine's reply, or, when writing it fails on something unforeseen, an empty draft: the engine's confidence
    in an empty draft is 0, so the customer is handed to a person with the conversation kept, never shown an error."""
    try:
        if hasattr(reasoner, "adraft"):
            return await reasoner.adraft(request)
        return DraftStep(draft=reasoner.draft(request))
    except Exception as exc:  # a defect in drafting must not lose the customer's turn
        log.exception("drafting failed; the turn goes to a person")
        return DraftStep(draft=Draft(text=""), meta={"failed": {"step": "draft", "error": type(exc).__name__}})


async def assess(reasoner: Reasoner, request: DraftRequest, written: Draft) -> tuple[float, dict]:
    """The engine's confidence in the draft; 0 (a person answers) when scoring it fails on something unforeseen."""
    try:
        if hasattr(reasoner, "aassess"):
            return await reasoner.aassess(request, written)
        return reasoner.assess(request, written), {}
    except Exception as exc:  # a defect in scoring must not lose the customer's turn
        log.exception("scoring the draft failed; the turn goes to a person")
        return 0.0, {"failed": {"step": "score", "error": type(exc).__name__}}
