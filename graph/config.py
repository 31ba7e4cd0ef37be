"""Per-run configuration of the support graph (LangGraph's context schema).

Deployment defaults come from core.settings; a caller may override them per run through the run's
`context` (LangGraph API / Studio). Identity arrives here as a signed token, never as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.settings import get_settings


def _default(name: str):
    return field(default_factory=lambda: getattr(get_settings(), name))


@dataclass
class SupportContext:
    customer_token: str | None = None
    """Signed customer identity from the caller (core.identity.sign_customer)."""

    engine: str = _default("engine")
    """Reasoning backend: 'offline' (learned from ticket history) or 'openai'."""

    confidence_threshold: float = _default("confidence_threshold")
    """Escalate when the answer's confidence is below this."""

    refund_limit: float = _default("refund_limit")
    """Escalate any refund larger than this amount (store currency), taken from the OMS."""

    frustrated_after_replies: int = _default("frustrated_after_replies")
    """Escalate a frustrated customer once the agent has replied this many times in the thread."""


def context_of(runtime_context: SupportContext | dict | None) -> SupportContext:
    """Accept the dataclass, a plain dict (HTTP API) or nothing (defaults)."""
    if isinstance(runtime_context, SupportContext):
        return runtime_context
    if isinstance(runtime_context, dict):
        known = {k: v for k, v in runtime_context.items() if k in SupportContext.__dataclass_fields__}
        return SupportContext(**known)
    return SupportContext()
