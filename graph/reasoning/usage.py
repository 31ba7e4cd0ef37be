"""Cost and latency of the model calls of one turn: model, calls, tokens in and out, seconds, USD
(the LLM engine's; the offline engine calls no model).

Kept in state as turn.llm (merged across classify, each draft round and assess), logged per call, and
summed by the eval report and the bench. Prices come from the deployment's table (LLM_PRICES_PER_MTOK).
"""

from __future__ import annotations

from typing import Any

from core.settings import get_settings


def cost_usd(model: str, tokens_in: int, tokens_out: int) -> float:
    price_in, price_out = get_settings().llm_prices_per_mtok.get(model, (0.0, 0.0))
    return round((tokens_in * price_in + tokens_out * price_out) / 1_000_000, 8)


def call_usage(model: str, prompt_id: str, message: Any, latency_s: float) -> dict:
    """One call's figures from the AIMessage's usage_metadata (zero when the endpoint reports none)."""
    meta = getattr(message, "usage_metadata", None) or {}
    tokens_in, tokens_out = int(meta.get("input_tokens") or 0), int(meta.get("output_tokens") or 0)
    return {"model": model, "calls": 1, "tokens_in": tokens_in, "tokens_out": tokens_out,
            "latency_s": round(latency_s, 4), "cost_usd": cost_usd(model, tokens_in, tokens_out),
            "prompts": [prompt_id]}


def merge(total: dict | None, more: dict | None) -> dict:
    """Sum two usage records (either may be empty)."""
    if not more:
        return dict(total or {})
    if not total:
        return dict(more)
    return {
        "model": more.get("model") or total.get("model"),
        "calls": total.get("calls", 0) + more.get("calls", 0),
        "tokens_in": total.get("tokens_in", 0) + more.get("tokens_in", 0),
        "tokens_out": total.get("tokens_out", 0) + more.get("tokens_out", 0),
        "latency_s": round(total.get("latency_s", 0.0) + more.get("latency_s", 0.0), 4),
        "cost_usd": round(total.get("cost_usd", 0.0) + more.get("cost_usd", 0.0), 8),
        "prompts": [*total.get("prompts", []), *[p for p in more.get("prompts", []) if p not in total.get("prompts", [])]],
    }
