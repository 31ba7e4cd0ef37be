"""How nodes call whichever engine runs: the LLM engine's async methods when it has them (model calls
over HTTP, the tool loop, usage records), else the offline engine's plain ones exactly as before."""

from __future__ import annotations

import asyncio

from graph.reasoning.base import Classification, Draft, DraftRequest, DraftStep, Reasoner


async def classify(reasoner: Reasoner, text: str, history: list[tuple[str, str]]) -> Classification:
    if hasattr(reasoner, "aclassify"):
        return await reasoner.aclassify(text, history)
    # Offline classification encodes the message (MiniLM, CPU-bound, releases the GIL): off the event loop.
    return await asyncio.to_thread(reasoner.classify, text, history)


async def draft(reasoner: Reasoner, request: DraftRequest) -> DraftStep:
    if hasattr(reasoner, "adraft"):
        return await reasoner.adraft(request)
    return DraftStep(draft=reasoner.draft(request))


async def assess(reasoner: Reasoner, request: DraftRequest, written: Draft) -> tuple[float, dict]:
    if hasattr(reasoner, "aassess"):
        return await reasoner.aassess(request, written)
    return reasoner.assess(request, written), {}
