"""Fit the LLM engine's confidence calibration on held-out demo tickets (`support-agent calibrate`).

Replays the tickets through the LLM engine exactly as `eval` does (evals/runner.py), pairs each ticket's
first-turn raw confidence with whether the evaluators found it handled right (`Outcome.correct`: intent,
facts and action), fits graph/reasoning/llm/calibration.py's monotone map and stores it for the model.
Only the demo history's held-out split, outside the CI gate's slice (so the gate measures the calibrated
engine on tickets the map never saw); the real development set is for measuring, never for fitting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.settings import Settings
from evals.metrics import Calibration, calibration
from evals.runner import REPORTS_DIR, EvalRun, outcome_of, run_eval
from graph.reasoning.llm import calibration as llm_calibration
from graph.reasoning.llm.calibration import Calibrator


@dataclass(frozen=True)
class CalibrationRun:
    model: str
    raw: list[float]
    correct: list[bool]
    calibrator: Calibrator
    version: int
    before: Calibration
    after: Calibration  # in sample: the same tickets the map was fitted on
    eval_run: EvalRun


def calibration_tickets(conn, size: int) -> list[dict]:
    """A stratified slice of `size` held-out tickets, none of them in the gate's slice (evals/gate.toml)."""
    from evals.dataset import load_split, stratified_slice
    from evals.gate import load_config

    gate = load_config()
    held_out = load_split(conn, gate.split)
    in_gate = {e["id"] for e in stratified_slice(held_out, gate.size)}
    return stratified_slice([e for e in held_out if e["id"] not in in_gate], size)


def points(rows: list[dict]) -> tuple[list[float], list[bool]]:
    """(raw confidence, right) per replayed ticket whose first turn the model assessed itself."""
    raw, correct = [], []
    for row in rows:
        turns = (row.get("outputs") or {}).get("turns") or []
        value = turns[0].get("raw_confidence") if turns else None
        if value is None or row.get("error"):
            continue
        raw.append(float(value))
        correct.append(outcome_of(row).correct)
    return raw, correct


async def calibrate(examples: list[dict], settings: Settings, *, concurrency: int = 4,
                    out_root: Path = REPORTS_DIR, source: str = "split=test") -> CalibrationRun:
    """Replay (uncalibrated), fit, store; the engine is reset so the next turn uses the new map."""
    from db.connection import connect
    from graph.reasoning.registry import get_reasoner, reset_reasoners

    settings = settings.model_copy(update={"engine": "openai"})
    # The replay scores raw: an older map would change routes, and with them what the evaluators call right.
    reset_reasoners("openai")
    get_reasoner("openai").calibrations.use_raw(settings.openai_model)
    run = await run_eval(examples, settings, concurrency=concurrency, out_root=out_root,
                         source=f"{source}, calibration of {settings.openai_model}")
    raw, correct = points(run.rows)
    calibrator = llm_calibration.fit(raw, correct)
    calibrated = [calibrator.apply(r) for r in raw]
    before, after = calibration(raw, correct), calibration(calibrated, correct)
    metrics = {"tickets": len(examples), "points": len(raw), "accuracy": sum(correct) / len(correct),
               "ece_before": before.ece, "ece_after_in_sample": after.ece, "source": source,
               "eval_run": str(run.out_dir)}
    with connect(settings) as conn:
        version = llm_calibration.store(conn, settings.openai_model, calibrator, metrics)
    reset_reasoners("openai")
    return CalibrationRun(settings.openai_model, raw, correct, calibrator, version, before, after, run)
