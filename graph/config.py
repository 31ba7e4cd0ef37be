"""Per-run configuration of the support graph (LangGraph's context schema).

Only the reasoning engine, and for the LLM engine the model (from OPENAI_MODELS_ALLOWED) and its
temperature, can be chosen per run; the endpoint, key, timeouts and token cap are deployment settings. Identity is not here (the server injects the verified
caller, see graph/identity.py) and neither are the escalation thresholds: those are deployment settings
(core.settings), so a caller cannot loosen the policy (a caller's refund_limit of 1e9 or confidence
threshold of 0 used to remove `refund_over_limit` and `low_confidence`). Unknown keys are ignored, not an
error: LangGraph builds this model from whatever `context` a caller sends.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.settings import get_settings

ENGINES = ("offline", "openai")


class SupportContext(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    engine: str = Field(default_factory=lambda: get_settings().engine)
    """Reasoning backend: 'offline' (learned from ticket history) or 'openai'."""

    @field_validator("engine", mode="before")
    @classmethod
    def _known_engine(cls, value: Any) -> str:
        """An unknown engine falls back to the deployment's instead of failing the customer's turn."""
        return value if value in ENGINES else get_settings().engine

    model: str | None = None
    """LLM engine only: a model from OPENAI_MODELS_ALLOWED (any other name is ignored)."""

    temperature: float | None = None
    """LLM engine only: sampling temperature, 0 to 2 (out of range is ignored)."""

    @field_validator("model", mode="before")
    @classmethod
    def _allowed_model(cls, value: Any) -> str | None:
        """A caller may not point the deployment at a model (and a bill) it did not allow."""
        settings = get_settings()
        return value if isinstance(value, str) and value in {settings.openai_model, *settings.openai_models_allowed} else None

    @field_validator("temperature", mode="before")
    @classmethod
    def _sane_temperature(cls, value: Any) -> float | None:
        return float(value) if isinstance(value, int | float) and 0 <= value <= 2 else None


def context_of(runtime_context: SupportContext | dict | None) -> SupportContext:
    """Accept the model, a plain dict (HTTP API) or nothing (defaults); other keys are dropped."""
    if isinstance(runtime_context, SupportContext):
        return runtime_context
    if isinstance(runtime_context, dict):
        return SupportContext(**runtime_context)
    return SupportContext()
