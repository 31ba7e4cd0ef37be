"""Two real-messages runs over the same labelled rows, side by side: did a change to the agent help?

Why: on a few hundred rows a figure moves a point when two rows change, and many changes move rows both
ways. This reads two runs' rows.jsonl, pairs rows by id, and gives each headline rate in both runs with the
rows that became right and those that became wrong, and McNemar's exact p-value for the routing and
intent flips (evals/uncertainty.py). Rows in only one run are counted and left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from evals.real.metrics import headline_counts, intent_correct, route, routing_right, share
from evals.uncertainty import mcnemar_exact


@dataclass
class Flips:
    """Rows whose outcome changed between the two runs, by id."""

    gained: list[str] = field(default_factory=list)  # wrong in the first run, right in the second
    lost: list[str] = field(default_factory=list)  # right in the first run, wrong in the second

    @property
    def p_value(self) -> float:
        return mcnemar_exact(len(self.gained), len(self.lost))

    def as_dict(self) -> dict:
        return {"gained": self.gained, "lost": self.lost, "p_value": round(self.p_value, 4)}


@dataclass
class Comparison:
    rows: int
    only_in_before: int
    only_in_after: int
    rates: dict[str, tuple[float | None, float | None]]  # headline rate -> (before, after)
    routing: Flips
    intent: Flips
    changed_routes: list[dict]  # every row whose route changed, whichever way

    def as_dict(self) -> dict:
        return {
            "rows": self.rows, "only_in_before": self.only_in_before, "only_in_after": self.only_in_after,
            "rates": {k: list(v) for k, v in self.rates.items()},
            "routing": self.routing.as_dict(), "intent": self.intent.as_dict(), "changed_routes": self.changed_routes,
        }


def read_rows(run: Path) -> dict[str, dict]:
    """A run's row records by id: `run` is its folder or its rows.jsonl."""
    path = run / "rows.jsonl" if run.is_dir() else run
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: give a run folder under reports/real/ or its rows.jsonl")
    records: dict[str, dict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not a JSON row ({exc.msg})") from exc
            records[record["id"]] = record
    return records


def compare(before: dict[str, dict], after: dict[str, dict], view: str = "conversation") -> Comparison:
    shared = [row_id for row_id in before if row_id in after]
    old, new = [before[i] for i in shared], [after[i] for i in shared]
    old_counts, new_counts = headline_counts(old, view), headline_counts(new, view)
    rates = {key: (share(*old_counts[key]), share(*new_counts[key])) for key in old_counts}
    routing, intent = Flips(), Flips()
    changed_routes = []
    for row_id, was, now in zip(shared, old, new, strict=True):
        for flips, right in ((routing, routing_right), (intent, intent_correct)):
            if right(was, view) != right(now, view):
                (flips.gained if right(now, view) else flips.lost).append(row_id)
        if route(was, view) != route(now, view):
            changed_routes.append({"id": row_id, "expected": was["label"]["expected_route"],
                                   "before": route(was, view), "after": route(now, view)})
    return Comparison(
        rows=len(shared), only_in_before=len(before) - len(shared),
        only_in_after=sum(row_id not in before for row_id in after),
        rates=rates, routing=routing, intent=intent, changed_routes=changed_routes,
    )
