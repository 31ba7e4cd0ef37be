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
    if meta.get("failed"):  # a step that failed on a defect (graph/reasoning/calls.py): the turn went to a person
        failed = meta["failed"]
        turn["fallback_reason"] = turn.get("fallback_reason") or f"{failed['step']}_failed:{failed['error']}"
    if meta.get("engine_used"):
        turn["engine_used"] = meta["engine_used"]
    if meta.get("grounding"):
        turn["grounding"] = meta["grounding"]
    if "raw_confidence" in meta:  # the LLM engine's confidence before its calibration: what `calibrate` fits
        turn["raw_confidence"] = meta["raw_confidence"]
        turn["calibration"] = meta.get("calibration")


def log_turn(turn: dict) -> None:
    """One line per model-drafted turn: which engine answered, why it fell back, what the model cost."""
    llm = turn.get("llm") or {}
    if not llm and not turn.get("fallbacks"):
        return
    log.info("turn model use: engine_used=%s fallback_reason=%s model=%s calls=%s tokens_in=%s tokens_out=%s "
             "model_latency_s=%s cost_usd=%s", turn.get("engine_used"), turn.get("fallback_reason"), llm.get("model"),
             llm.get("calls", 0), llm.get("tokens_in", 0), llm.get("tokens_out", 0), llm.get("latency_s", 0.0),
             llm.get("cost_usd", 0.0))
