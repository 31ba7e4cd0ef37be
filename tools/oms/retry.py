"""Retries with backoff for OMS calls, only where repeating is harmless.

A read can always be repeated; a write only when it carries an idempotency key (the OMS then returns
the first result instead of acting again). Everything else gets one attempt: a timed-out POST
without a key may already have cancelled the order.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 3
BASE_DELAY_S = 0.1
RETRIABLE_STATUS = frozenset({502, 503, 504})


class RetriableStatus(Exception):
    """A gateway/unavailable answer worth another attempt; carries the last response."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


class MalformedBody(Exception):
    """A success status with a body that is not the JSON object promised (a proxy or a cut connection)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"malformed body (HTTP {response.status_code})")
        self.response = response


def is_transient(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError | httpx.TimeoutException | httpx.TransportError | RetriableStatus | MalformedBody)


async def with_retries(
    call: Callable[[], Awaitable[T]], *, repeatable: bool, attempts: int = ATTEMPTS, base_delay_s: float = BASE_DELAY_S
) -> T:
    """Run call(); on a transient failure retry (delay doubles each time) when the call is repeatable."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except Exception as exc:
            # A refused connection never reached the server: retrying it is safe for any call.
            retry = is_transient(exc) and (repeatable or isinstance(exc, httpx.ConnectError))
            if not retry or attempt == attempts:
                raise
            log.warning("OMS call failed (%r); retry %d/%d", exc, attempt, attempts - 1)
            await asyncio.sleep(base_delay_s * 2 ** (attempt - 1))
    raise AssertionError("unreachable")
