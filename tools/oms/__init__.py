"""The agent's only door to orders: one protocol (OrderManagement), typed models and errors, adapters."""

from __future__ import annotations

import asyncio

from core.loop_local import LoopLocal
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


async def _close(client: OrderManagement) -> None:
    await client.aclose()


_clients: LoopLocal[OrderManagement] = LoopLocal(_close)


def oms_client(settings: Settings | None = None) -> OrderManagement:
    """The configured OMS adapter (today: the demo OMS over HTTP at settings.resolved_oms_url).

    Inside an event loop this is the loop's one pooled client: kept-alive connections are reused across
    turns, so callers must not close it (core.loop_local closes it with the loop). Without a running
    loop it is a new client the caller closes (`async with`)."""
    from tools.oms.http import HttpOrderManagement

    settings = settings or get_settings()
    key = (settings.resolved_oms_url, settings.oms_timeout_s)

    def build() -> OrderManagement:
        return HttpOrderManagement(*key)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return build()
    return _clients.get(key, build)
