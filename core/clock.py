"""The agent's idea of "now", which an evaluation replaying a historical ticket moves to the ticket's time.

A ticket written on October 12 about an order delivered on October 1 was answered that day: inside the
30-day return window, with the parcels placed since then not yet existing. The eval restores the orders
as they were (evals/as_of.py); this clock makes the agent judge windows, lateness and "delivered N days
ago" on the same day. Only in-process code can move it (`replaying_at`, a context variable: it follows the
conversation's tasks and nothing else); no request, run input or message reaches it, so a customer can
never move a deadline.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import UTC, date, datetime

_replayed: ContextVar[datetime | None] = ContextVar("replayed_instant", default=None)


def now() -> datetime:
    """The current instant (UTC), or the replayed one inside `replaying_at`."""
    return _replayed.get() or datetime.now(UTC)


def today() -> date:
    return now().date()


@contextlib.contextmanager
def replaying_at(instant: datetime | None) -> Iterator[None]:
    """Run the block as if it were `instant` (aware datetime; None: the real clock)."""
    if instant is not None and instant.tzinfo is None:
        raise ValueError("a replayed instant needs a time zone")
    token = _replayed.set(instant)
    try:
        yield
    finally:
        _replayed.reset(token)
