"""How far a figure on a few hundred labelled messages or tickets can be trusted, and whether two runs differ.

Why: the real-messages development set has 205 rows, so one row is half a point and a figure's 95% interval
is about ±6 points wide (the demo gate's slice of 120 tickets is no wider). Changes to the engine were read
against that noise by hand; these two functions put it in the reports: a Wilson score interval for each rate (it stays inside 0-1 and behaves at 0% and 100%, unlike
the normal approximation), and McNemar's exact test for two runs over the same rows (only the rows whose
outcome changed carry information about the difference).
"""

from __future__ import annotations

import math

Z_95 = 1.959963984540054


def wilson_interval(hits: int, total: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval of hits/total (95% by default); None without rows."""
    if total <= 0:
        return None
    if not 0 <= hits <= total:
        raise ValueError(f"hits must be between 0 and total, got {hits} of {total}")
    p = hits / total
    centre = p + z * z / (2 * total)
    spread = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    scale = 1 + z * z / total
    low = 0.0 if hits == 0 else max(0.0, (centre - spread) / scale)  # exact at the ends, not 1 - 1e-16
    high = 1.0 if hits == total else min(1.0, (centre + spread) / scale)
    return low, high


def mcnemar_exact(gained: int, lost: int) -> float:
    """Two-sided exact McNemar p-value: the chance of a split at least this uneven between rows that
    became right (`gained`) and rows that became wrong (`lost`) if the change did nothing (each flip a fair
    coin). 1.0 when no row changed."""
    if gained < 0 or lost < 0:
        raise ValueError("counts of changed rows cannot be negative")
    changed = gained + lost
    if changed == 0:
        return 1.0
    fewer = min(gained, lost)
    tail = sum(math.comb(changed, k) for k in range(fewer + 1)) / 2 ** changed
    return min(1.0, 2 * tail)


def intervals(counts: dict[str, tuple[int, int]]) -> dict[str, list[float] | None]:
    """Each rate's interval from its (hits, total), as [low, high] lists: what metrics.json holds and reads
    back, so figures recomputed from a run's rows compare equal to the file's."""
    found = {key: wilson_interval(hits, total) for key, (hits, total) in counts.items()}
    return {key: list(bounds) if bounds else None for key, bounds in found.items()}
