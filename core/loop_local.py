"""One long-lived resource per event loop: HTTP clients and connection pools built once, not per turn.

Async clients and pools are bound to the loop that created them (their sockets and background tasks
live there), so a process with several loops (the CLI, tests, a server's workers) gets one per loop.
Entries are weakly keyed by the loop and go away with it; `close_loop_resources()` closes this loop's
entries cleanly (the persistence context calls it on exit).
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

_registries: list[LoopLocal] = []


class LoopLocal(Generic[T]):
    """Resources of one kind, one per (running loop, key); `close` releases one resource."""

    def __init__(self, close: Callable[[T], Awaitable[None]]) -> None:
        self._close = close
        self._items: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[Hashable, T]] = (
            weakref.WeakKeyDictionary()
        )
        self._locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = weakref.WeakKeyDictionary()
        _registries.append(self)

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        """This loop's resource for `key`, built synchronously on first use (must run inside the loop)."""
        items = self._items.setdefault(asyncio.get_running_loop(), {})
        if key not in items:
            items[key] = build()
        return items[key]

    async def aget(self, key: Hashable, build: Callable[[], Awaitable[T]]) -> T:
        """Like get, for resources that open asynchronously (pools); concurrent first callers build once."""
        loop = asyncio.get_running_loop()
        items = self._items.setdefault(loop, {})
        if key in items:
            return items[key]
        async with self._locks.setdefault(loop, asyncio.Lock()):
            if key not in items:
                items[key] = await build()
        return items[key]

    async def aclose_loop(self) -> None:
        for resource in list(self._items.pop(asyncio.get_running_loop(), {}).values()):
            try:
                await self._close(resource)
            except Exception as exc:  # closing must never hide the caller's own outcome
                log.warning("closing %r failed: %s", resource, exc)


async def close_loop_resources() -> None:
    """Close every loop-local resource of the running loop (at the end of a process's async life)."""
    for registry in _registries:
        await registry.aclose_loop()
