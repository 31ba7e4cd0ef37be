"""Every help-center sentence encoded once per process before it serves (~190 sentences, half a second
here): otherwise the first few hundred turns a fresh `serve` worker answers pay for them. `serve` workers
do it before they report ready; the in-process bench and profile do it before they measure."""

from __future__ import annotations

import asyncio

from core.settings import Settings


async def warm_help_sentences(settings: Settings) -> None:
    from graph.reasoning.offline import passages
    from tools.knowledge.retriever import KnowledgeBase

    chunks = await KnowledgeBase(settings=settings).ahelp_chunks()
    await asyncio.to_thread(passages.warm_help_sentences, chunks)
