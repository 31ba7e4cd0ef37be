"""The CI gate: a fixed stratified slice of held-out tickets must keep deflection and false deflection
within the bounds in evals/gate.toml, and the development set of real customer messages
(../shared/real-messages/dev.jsonl) must keep its routing accuracy and tier-2-answered share within theirs.
A failing gate raises GateFailed, whose message lists every bound broken with the measured value, so the
CI log says what regressed without opening the report. A missing development set is warned about loudly
and skipped (a clone without ../shared still gates on the slice).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from core.settings import REPO_ROOT, Settings

GATE_CONFIG = Path(__file__).with_name("gate.toml")


class GateFailed(AssertionError):
    """At least one bound was broken; the message lists them."""


@dataclass(frozen=True)
class RealGateConfig:
    """The development set of real messages: where it is (relative to the repo root) and its bounds,
    checked on the conversation view (every turn sent, signed-in customer, in process)."""

    file: Path
    concurrency: int
    bounds: dict[str, float]


@dataclass(frozen=True)
class GateConfig:
    size: int
    split: str
    concurrency: int
    bounds: dict[str, float]
    real: RealGateConfig | None = None


def load_config(path: Path = GATE_CONFIG) -> GateConfig:
    raw = tomllib.loads(path.read_text())
    real = raw.get("real")
    return GateConfig(
        size=int(raw["slice"]["size"]),
        split=raw["slice"].get("split", "test"),
        concurrency=int(raw["slice"].get("concurrency", 8)),
        bounds={k: float(v) for k, v in raw["bounds"].items()},
        real=RealGateConfig(
            file=(REPO_ROOT / real["file"]).resolve(),
            concurrency=int(real.get("concurrency", 4)),
            bounds={k: float(v) for k, v in real["bounds"].items()},
        )
        if real
        else None,
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


MISSING_DEV_SET = (
    "WARNING: the development set of real customer messages is missing ({path}); the real-messages part "
    "of the gate is SKIPPED. CI should have shared/ beside the clone."
)


async def run_real_gate(
    settings: Settings,
    config: GateConfig | None = None,
    out_root: Path | None = None,
    warn=print,
) -> dict | None:
    """Replay the development set; return its metrics, None when the file is missing (warned), or raise
    GateFailed when routing accuracy or the tier-2-answered share is past its bound."""
    from evals.real.runner import REAL_REPORTS_DIR, run_messages

    config = config or load_config()
    if config.real is None:
        return None
    real = config.real
    if not real.file.is_file():
        banner = "!" * 100
        warn(f"{banner}\n{MISSING_DEV_SET.format(path=real.file)}\n{banner}")
        return None
    run = await run_messages(
        real.file,
        settings,
        concurrency=real.concurrency,
        out_root=out_root or REAL_REPORTS_DIR.parent / "gate-real",
        show_progress=False,
        warn=warn,
    )
    figures = {**run.metrics["conversation"]}
    broken = violations(figures, real.bounds)
    if broken:
        raise GateFailed(
            f"Real-messages gate failed on {figures['rows']} rows of {real.file} ({run.out_dir}):\n- "
            + "\n- ".join(broken)
        )
    return run.metrics
