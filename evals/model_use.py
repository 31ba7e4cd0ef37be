"""What the model cost and how often the engine fell back, summed over the turns of an eval run.

Both evals (`eval` on held-out tickets, `eval-messages` on labelled real messages) keep per turn the
engine that wrote the reply, the fallback reason (timeout, rate_limited, server_error, malformed,
ungrounded, circuit_open...) and the model's usage (graph/reasoning/usage.py); this is their summary.
"""

from __future__ import annotations

from collections import Counter

from evals.metrics import percentile


def turn_fields(turn: dict) -> dict:
    """The per-turn fields an eval record keeps from the graph's turn."""
    llm = turn.get("llm") or {}
    return {"engine_used": turn.get("engine_used"), "fallback_reason": turn.get("fallback_reason"),
            "raw_confidence": turn.get("raw_confidence"),
            "llm": {k: llm.get(k) for k in ("model", "calls", "tokens_in", "tokens_out", "latency_s", "cost_usd")}
            if llm else None}


def summary(turns: list[dict]) -> dict:
    used = [t for t in turns if t.get("engine_used") or t.get("llm")]
    fallbacks = [t["fallback_reason"] for t in turns if t.get("fallback_reason")]
    llm = [t["llm"] for t in turns if t.get("llm")]
    cost = sum(u.get("cost_usd") or 0.0 for u in llm)
    return {
        "turns": len(turns),
        "engine_used": dict(Counter(t.get("engine_used") or "offline" for t in used)),
        "fallback_turns": len(fallbacks),
        "fallback_rate": len(fallbacks) / len(turns) if turns else None,
        "fallback_reasons": dict(Counter(fallbacks)),
        "model_calls": sum(u.get("calls") or 0 for u in llm),
        "tokens_in": sum(u.get("tokens_in") or 0 for u in llm),
        "tokens_out": sum(u.get("tokens_out") or 0 for u in llm),
        "cost_usd": round(cost, 6),
        "cost_per_turn_usd": cost / len(turns) if turns else None,
        "model_latency_p50_s": percentile([u.get("latency_s") or 0.0 for u in llm], 50),
        "model_latency_p95_s": percentile([u.get("latency_s") or 0.0 for u in llm], 95),
    }
