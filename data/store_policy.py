"""Which store's action policy applies: the demo brand's or tau-retail's (../shared/datasets/tau-retail/policy.md).

The OMS enforces it on its write endpoints and the agent's tools check it before proposing, so both read
the same preset, chosen by the STORE_POLICY setting (core.settings). Numbers the demo brand publishes (return window,
refund limit) live in data/generator/policy.py; this only says what differs between the stores.
"""

from __future__ import annotations

from dataclasses import dataclass

from data.generator import policy as brand


@dataclass(frozen=True)
class StorePolicy:
    name: str
    cancellable: frozenset[str]  # order statuses that may be cancelled or have their address changed
    return_window_days: int | None  # None: no window (tau-retail: any delivered order)
    exchange_window_days: int | None
    cancel_reasons: tuple[str, ...] | None  # None: free text; tau-retail accepts exactly two reasons
    agent_refunds: bool  # a standalone refund tool (tau-retail refunds only through cancel or return)
    # an express order delivered after its promised date has its express fee refunded (tools/oms/late_delivery.py)
    late_express_refund: bool = False


DEMO = StorePolicy("demo", frozenset({"pending", "processing"}), brand.RETURN_WINDOW_DAYS,
                   brand.EXCHANGE_WINDOW_DAYS, None, agent_refunds=True,
                   late_express_refund=brand.LATE_EXPRESS_SHIPPING_REFUNDED)
TAU_RETAIL = StorePolicy("tau-retail", frozenset({"pending"}), None, None,
                         ("no longer needed", "ordered by mistake"), agent_refunds=False)
PRESETS = {p.name: p for p in (DEMO, TAU_RETAIL)}


def store_policy(settings: object = None) -> StorePolicy:
    """The preset named by settings.store_policy (default: the demo brand's)."""
    return PRESETS.get(getattr(settings, "store_policy", None) or "demo", DEMO)


def tau_cancel_reason(text: str) -> str:
    """tau-retail records one of two reasons; a mistake is the only one the customer has to say."""
    return "ordered by mistake" if "mistake" in text.lower() or "by accident" in text.lower() else "no longer needed"
