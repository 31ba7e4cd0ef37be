"""The learn/test split of ticket history: by date, so the test set is the future of the learn set.

A random split would leak near-duplicate threads across the boundary; a date cut mirrors how the
agent is used (trained on the past, judged on what comes next).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

TEST_SHARE = 0.2


def split_cutoff(created: Sequence[datetime], test_share: float = TEST_SHARE) -> datetime:
    """The first instant of the test period: tickets at or after it are 'test'."""
    if not created:
        raise ValueError("no tickets to split")
    ordered = sorted(created)
    index = min(len(ordered) - 1, int(len(ordered) * (1 - test_share)))
    return ordered[index]


def assign_splits(tickets: list[dict], test_share: float = TEST_SHARE) -> list[dict]:
    """Set `split` on every ticket row (in place) and return the rows: oldest ~80% learn, newest ~20% test."""
    cutoff = split_cutoff([t["created_at"] for t in tickets], test_share)
    for ticket in tickets:
        ticket["split"] = "test" if ticket["created_at"] >= cutoff else "learn"
    return tickets
