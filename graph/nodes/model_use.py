"""Recording in the turn what an engine step reported: which engine wrote the reply, why a step fell
back to the offline engine, and the model's tokens, cost and latency (summed over the turn's calls)."""

from __future__ import annotations

import logging

from graph.reasoning import usage

log = logging.getLogger(__name__)


def record(turn: dict, meta: dict | None) -> None:
    if not meta:
        return
    if meta.get("usage"):
        turn["llm"] = usage.merge(turn.get("llm"), meta["usage"])
    for fallback in meta.get("fallbacks") or []:
        turn["fallbacks"] = [*(turn.get("fallbacks") or []), fallback]
        turn["fallback_reason"] = turn.get("fallback_reason") or fallback["reason"]
        log.warning("engine fallback: %s at %s, the offline engine took the step", fallback["reason"], fallback["step"])
    if meta.get("engine_used"):
        turn["engine_used"] = meta["engine_used"]
    if meta.get("grounding"):
        turn["grounding"] = meta["grounding"]
