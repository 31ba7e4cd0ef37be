"""The CI gate: a fixed stratified slice of held-out tickets must keep deflection and false deflection
within the bounds in evals/gate.toml. A failing gate raises GateFailed, whose message lists every bound
broken with the measured value, so the CI log says what regressed without opening the report.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from core.settings import Settings

GATE_CONFIG = Path(__file__).with_name("gate.toml")


class GateFailed(AssertionError):
    """At least one bound was broken; the message lists them."""


@dataclass(frozen=True)
class GateConfig:
    size: int
    split: str
    concurrency: int
    bounds: dict[str, float]


def load_config(path: Path = GATE_CONFIG) -> GateConfig:
    raw = tomllib.loads(path.read_text())
    return GateConfig(
        size=int(raw["slice"]["size"]),
        split=raw["slice"].get("split", "test"),
        concurrency=int(raw["slice"].get("concurrency", 8)),
        bounds={k: float(v) for k, v in raw["bounds"].items()},
    )


def violations(metrics: dict, bounds: dict[str, float]) -> list[str]:
    """Bounds named min_<metric> / max_<metric>; a metric that could not be measured is a violation too."""
    broken = []
    for name, limit in sorted(bounds.items()):
        kind, _, metric = name.partition("_")
        if kind not in ("min", "max"):
            raise ValueError(f"Gate bound {name!r} must start with min_ or max_.")
        value = metrics.get(metric)
        if value is None:
            broken.append(f"{metric} could not be measured (bound {kind} {limit})")
        elif kind == "min" and value < limit:
            broken.append(f"{metric} = {value:.3f} is below the minimum {limit:.3f}")
        elif kind == "max" and value > limit:
            broken.append(f"{metric} = {value:.3f} is above the maximum {limit:.3f}")
    return broken


async def run_gate(
    settings: Settings, config: GateConfig | None = None, out_root: Path | None = None
) -> dict:
    """Run the slice; return its metrics or raise GateFailed."""
    from db.connection import connect
    from evals.dataset import load_split, stratified_slice
    from evals.runner import REPORTS_DIR, run_eval

    config = config or load_config()
    with connect(settings) as conn:
        examples = stratified_slice(load_split(conn, config.split), config.size)
    run = await run_eval(
        examples,
        settings,
        concurrency=config.concurrency,
        out_root=out_root or REPORTS_DIR.parent / "gate",
        source=f"gate slice of {len(examples)} (split={config.split})",
    )
    broken = violations(run.metrics, config.bounds)
    if broken:
        raise GateFailed(
            f"Eval gate failed on {len(examples)} tickets ({run.out_dir}):\n- " + "\n- ".join(broken)
        )
    return run.metrics
