"""A demo-history eval run against the previous one, ticket by ticket: which tickets changed outcome.

Why: the report's delta column says a rate moved; on a slice of 120 tickets a point is one or two tickets,
and a change to the engine often moves tickets both ways. Pairing the runs' tickets by id gives the tickets
deflected now and not before (and the reverse), the same for false deflections, and McNemar's exact
p-value for each (uncertainty.py), so a delta can be read against its noise.
"""

from __future__ import annotations

from collections.abc import Callable

from evals.metrics import Outcome
from evals.runner import outcome_of
from evals.uncertainty import mcnemar_exact

# What each flip counts: a good outcome gained is good news, a false deflection gained is bad news.
OUTCOMES: dict[str, Callable[[Outcome], bool]] = {
    "deflected": lambda o: o.deflected,
    "false_deflection": lambda o: o.false_deflection,
}


def ticket_flips(records: list[dict], before: list[dict]) -> dict:
    """{"tickets": paired tickets, outcome: {"gained": ids, "lost": ids, "p_value": p}} for each OUTCOMES."""
    earlier = {r["ticket_id"]: outcome_of(r) for r in before}
    paired = [(r["ticket_id"], earlier[r["ticket_id"]], outcome_of(r)) for r in records if r["ticket_id"] in earlier]
    found: dict = {"tickets": len(paired)}
    for name, holds in OUTCOMES.items():
        gained = [ticket for ticket, was, now in paired if holds(now) and not holds(was)]
        lost = [ticket for ticket, was, now in paired if holds(was) and not holds(now)]
        found[name] = {"gained": gained, "lost": lost, "p_value": round(mcnemar_exact(len(gained), len(lost)), 4)}
    return found


def flips_markdown(flips: dict, before_name: str) -> list[str]:
    """Two lines under the headline table (nothing when no ticket is in both runs)."""
    if not flips.get("tickets"):
        return []
    lines = [f"Ticket by ticket against `{before_name}` ({flips['tickets']} tickets in both runs):"]
    for name, title in (("deflected", "deflected"), ("false_deflection", "falsely deflected")):
        found = flips[name]
        lines.append(
            f"- {title}: now and not before {len(found['gained'])}, before and not now {len(found['lost'])} "
            f"(McNemar exact p = {found['p_value']:.3f})"
            + (f"; gained {', '.join(found['gained'][:8])}" if found["gained"] else "")
            + (f"; lost {', '.join(found['lost'][:8])}" if found["lost"] else "")
        )
    return [*lines, ""]
