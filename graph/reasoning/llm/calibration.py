"""Confidence calibration of the LLM engine, one per model.

A model's raw confidence (the lowest of its classification and its self-assessment, after the grounding
check) is only a number it wrote; the 0.7 rule needs "70% of replies like this one were right". So
`support-agent calibrate` replays held-out demo tickets through the engine, records (raw confidence, was the
reply right per the evaluators) and fits a monotone, non-decreasing map from one to the other: isotonic
regression with enough points, Platt scaling (two parameters, less prone to overfit) with few. The map is
stored in engine_models under the model's name and applied at scoring time; a model without one keeps its
raw confidence, and the engine says so once in the log.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

import psycopg

from graph.reasoning.offline.model_store import load_latest, save_artifact

log = logging.getLogger(__name__)

MIN_POINTS = 10  # fewer replayed tickets say nothing about a model's reliability
ISOTONIC_MIN_POINTS = 40  # below this, isotonic steps follow noise: Platt scaling instead
PLATT_C = 100.0  # weak L2 penalty: Platt's fit should follow the data, not shrink to a constant


class NotEnoughData(ValueError):
    """Too few points, or every reply right (or every one wrong): nothing to calibrate against."""


@dataclass(frozen=True)
class Calibrator:
    """A monotone map raw confidence -> probability the reply is right. Plain numbers, so the stored
    artefact does not depend on the scikit-learn version that fitted it."""

    kind: str  # "isotonic" | "platt"
    points: int  # how many replayed tickets it was fitted on
    xs: tuple[float, ...] = ()  # isotonic knots (raw confidence), increasing
    ys: tuple[float, ...] = ()  # isotonic values at the knots, non-decreasing
    slope: float = 0.0  # platt: sigmoid(slope * raw + intercept), slope >= 0
    intercept: float = 0.0

    def apply(self, raw: float) -> float:
        raw = min(max(float(raw), 0.0), 1.0)
        if self.kind == "isotonic":
            import numpy as np

            return round(float(np.interp(raw, self.xs, self.ys)), 4)
        return round(1.0 / (1.0 + math.exp(-(self.slope * raw + self.intercept))), 4)


def fit(raw: Sequence[float], correct: Sequence[bool]) -> Calibrator:
    """The monotone map from `raw` confidences to how often replies at that confidence were `correct`."""
    if len(raw) != len(correct):
        raise ValueError("raw and correct must have the same length")
    if len(raw) < MIN_POINTS or len(set(map(bool, correct))) < 2:
        raise NotEnoughData(f"{len(raw)} replayed replies, {sum(map(bool, correct))} right: calibration needs at "
                            f"least {MIN_POINTS}, some right and some wrong (replay more tickets: --tickets).")
    import numpy as np

    x = np.clip(np.asarray(raw, dtype=float), 0.0, 1.0)
    y = np.asarray(correct, dtype=float)
    if len(x) >= ISOTONIC_MIN_POINTS:
        from sklearn.isotonic import IsotonicRegression

        iso = IsotonicRegression(y_min=0.0, y_max=1.0, increasing=True, out_of_bounds="clip").fit(x, y)
        return Calibrator("isotonic", len(x), xs=tuple(map(float, iso.X_thresholds_)),
                          ys=tuple(map(float, iso.y_thresholds_)))
    from sklearn.linear_model import LogisticRegression

    platt = LogisticRegression(C=PLATT_C).fit(x.reshape(-1, 1), y)
    slope, intercept = float(platt.coef_[0][0]), float(platt.intercept_[0])
    if slope < 0:  # confidence runs against correctness: the only monotone answer is the overall rate
        rate = min(max(float(y.mean()), 1e-4), 1 - 1e-4)
        slope, intercept = 0.0, math.log(rate / (1 - rate))
    return Calibrator("platt", len(x), slope=slope, intercept=intercept)


def artefact_name(model: str) -> str:
    return f"llm_calibration:{model}"


def store(conn: psycopg.Connection, model: str, calibrator: Calibrator, metrics: dict) -> int:
    """Save a new version for `model`; returns its version number."""
    fingerprint = f"{calibrator.kind}:{calibrator.points}"
    return save_artifact(conn, artefact_name(model), calibrator, fingerprint, metrics)


def load(conn: psycopg.Connection, model: str) -> tuple[Calibrator, int] | None:
    found = load_latest(conn, artefact_name(model))
    return (found[0], found[1]) if found else None


class StoredCalibrations:
    """The newest stored calibration per model, read once per process (per engine instance: `calibrate`
    resets the engine so the next turn reads the new one)."""

    def __init__(self) -> None:
        self._by_model: dict[str, tuple[Calibrator, int] | None] = {}
        self._lock = threading.Lock()

    def use_raw(self, model: str) -> None:
        """Score `model` uncalibrated (while `calibrate` replays: labels must not depend on the old map)."""
        with self._lock:
            self._by_model[model] = None

    def known(self, model: str) -> bool:
        return model in self._by_model

    def cached(self, model: str) -> tuple[Calibrator, int] | None:
        return self._by_model.get(model)

    def read(self, model: str) -> tuple[Calibrator, int] | None:
        """From the database (blocking: call off the event loop); a database error is logged, not cached."""
        from db.connection import connect

        with self._lock:
            if model in self._by_model:
                return self._by_model[model]
            try:
                with connect() as conn:
                    found = load(conn, model)
            except psycopg.Error as exc:
                log.warning("could not read the calibration of model %s (%s): raw confidence this turn", model, exc)
                return None
            if found is None:
                log.warning("no stored calibration for model %s: its confidence is used uncalibrated "
                            "(run `support-agent calibrate --engine openai`)", model)
            else:
                log.info("model %s: confidence calibrated by %s map v%d (%d tickets)", model, found[0].kind,
                         found[1], found[0].points)
            self._by_model[model] = found
            return found
