"""Model prices for cost per resolution, in USD per million tokens (input, output).

The table is a deployment setting (LLM_PRICES_PER_MTOK, defaults in core.settings); EVAL_PRICE_IN_PER_MTOK
and EVAL_PRICE_OUT_PER_MTOK override it for one eval run. The offline engine calls no model, so its cost
is 0 by construction.
"""

from __future__ import annotations

import os

from core.settings import get_settings


def prices_for(engine: str, model: str) -> tuple[float, float]:
    """(input, output) USD per million tokens for the engine in use; unknown models cost 0 unless priced."""
    if engine != "openai":
        return 0.0, 0.0
    override_in, override_out = (
        os.environ.get("EVAL_PRICE_IN_PER_MTOK"),
        os.environ.get("EVAL_PRICE_OUT_PER_MTOK"),
    )
    if override_in is not None and override_out is not None:
        return float(override_in), float(override_out)
    price_in, price_out = get_settings().llm_prices_per_mtok.get(model, (0.0, 0.0))
    return float(price_in), float(price_out)
