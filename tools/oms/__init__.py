"""The agent's only door to orders: one protocol (OrderManagement), typed models and errors, adapters."""

from __future__ import annotations

from core.settings import Settings, get_settings
from tools.oms.errors import (
    ActionRefused,
    CustomerNotFound,
    InvalidOrderNumber,
    OmsError,
    OmsRequestRejected,
    OmsUnavailable,
    OrderNotFound,
    ProductNotFound,
)
from tools.oms.protocol import OrderManagement

__all__ = [
    "ActionRefused",
    "CustomerNotFound",
    "InvalidOrderNumber",
    "OmsError",
    "OmsRequestRejected",
    "OmsUnavailable",
    "OrderManagement",
    "OrderNotFound",
    "ProductNotFound",
    "oms_client",
]


def oms_client(settings: Settings | None = None) -> OrderManagement:
    """The configured OMS adapter (today: the demo OMS over HTTP at settings.resolved_oms_url)."""
    from tools.oms.http import HttpOrderManagement

    settings = settings or get_settings()
    return HttpOrderManagement(settings.resolved_oms_url, settings.oms_timeout_s)
