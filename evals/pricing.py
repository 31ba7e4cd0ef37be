"""Model prices for cost per resolution, in USD per million tokens (input, output).

List prices change; a deployment on another model or endpoint sets EVAL_PRICE_IN_PER_MTOK and
EVAL_PRICE_OUT_PER_MTOK. The offline engine calls no model, so its cost is 0 by construction.
"""

from __future__ import annotations

import os

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
}


def prices_for(engine: str, model: str) -> tuple[float, float]:
    """(input, output) USD per million tokens for the engine in use; unknown models need the env override."""
    if engine != "openai":
        return 0.0, 0.0
    override_in, override_out = (
        os.environ.get("EVAL_PRICE_IN_PER_MTOK"),
        os.environ.get("EVAL_PRICE_OUT_PER_MTOK"),
    )
    if override_in is not None and override_out is not None:
        return float(override_in), float(override_out)
    return PRICES_PER_MTOK.get(model, (0.0, 0.0))
