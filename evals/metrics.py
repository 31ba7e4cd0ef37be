"""Headline metrics of an evaluation run, as pure functions over per-ticket outcomes.

Every ticket ends in exactly one of three buckets, so the rates add up to 1 and cannot be gamed:
- deflected: answered without a human AND right (intent right, facts right, the ticket did not need a human);
- false deflection: answered, but wrong or when a person was needed (the costly failure);
- escalated: handed to a person at some turn.
An empty denominator gives None ("not measurable here"), never 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from evals.uncertainty import intervals


@dataclass(frozen=True)
class Outcome:
    """What happened to one ticket, reduced to what the metrics need."""

    intent: str  # reference intent
    tier: int  # reference tier
    needs_human: (
        bool  # reference: a person had to act (tier 2, escalated in history, or an action we cannot take)
    )
    answered: bool  # the agent never escalated during the conversation
    intent_correct: bool
    facts_correct: bool
    confidence: float | None = None  # first-turn confidence
    action_correct: bool = True  # cancel / address tickets: acted exactly when the order allowed it that day
    latencies_s: tuple[float, ...] = ()
    tokens_in: int = 0
    tokens_out: int = 0

    @property
    def correct(self) -> bool:
        """Right understanding, right facts and (for a cancel / address ticket) the right action: the
        target of calibration."""
        return self.intent_correct and self.facts_correct and self.action_correct

    @property
    def deflected(self) -> bool:
        return self.answered and self.correct and not self.needs_human

    @property
    def false_deflection(self) -> bool:
        return self.answered and not self.deflected


def _rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def deflection_rate(outcomes: Sequence[Outcome]) -> float | None:
    return _rate(sum(o.deflected for o in outcomes), len(outcomes))


def false_deflection_rate(outcomes: Sequence[Outcome]) -> float | None:
    """False deflections over all tickets (so deflection + false deflection + escalation = 1)."""
    return _rate(sum(o.false_deflection for o in outcomes), len(outcomes))


def escalation_recall(outcomes: Sequence[Outcome]) -> float | None:
    """Of the tier-2 tickets, the share the agent handed to a person."""
    tier2 = [o for o in outcomes if o.tier == 2]
    return _rate(sum(not o.answered for o in tier2), len(tier2))


@dataclass(frozen=True)
class ReliabilityBin:
    lower: float
    upper: float
    count: int
    mean_confidence: float
    accuracy: float


@dataclass(frozen=True)
class Calibration:
    ece: float | None
    bins: list[ReliabilityBin] = field(default_factory=list)  # non-empty bins only: the reliability curve


def calibration(confidences: Sequence[float], correct: Sequence[bool], n_bins: int = 10) -> Calibration:
    """Expected calibration error with equal-width bins; bin i holds [i/n, (i+1)/n), the last one includes 1.0.

    ECE = sum over bins of (bin size / N) * |accuracy(bin) - mean confidence(bin)|.
    """
    if len(confidences) != len(correct):
        raise ValueError("confidences and correct must have the same length")
    if not confidences:
        return Calibration(ece=None)
    members: list[list[int]] = [[] for _ in range(n_bins)]
    for index, value in enumerate(confidences):
        clipped = min(max(float(value), 0.0), 1.0)
        members[min(int(clipped * n_bins), n_bins - 1)].append(index)
    total = len(confidences)
    ece = 0.0
    bins = []
    for b, indices in enumerate(members):
        if not indices:
            continue
        mean_conf = sum(confidences[i] for i in indices) / len(indices)
        accuracy = sum(bool(correct[i]) for i in indices) / len(indices)
        ece += len(indices) / total * abs(accuracy - mean_conf)
        bins.append(ReliabilityBin(b / n_bins, (b + 1) / n_bins, len(indices), mean_conf, accuracy))
    return Calibration(ece=ece, bins=bins)


def percentile(values: Iterable[float], q: float) -> float | None:
    """The q-th percentile (0..100) with linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def cost_per_resolution(
    tokens_in: int, tokens_out: int, price_in_per_mtok: float, price_out_per_mtok: float, resolutions: int
) -> float | None:
    """Model spend over the whole run divided by the tickets it resolved (0 spend offline gives 0)."""
    spend = tokens_in / 1e6 * price_in_per_mtok + tokens_out / 1e6 * price_out_per_mtok
    if spend == 0:
        return 0.0
    return spend / resolutions if resolutions else None


def headline(
    outcomes: Sequence[Outcome], price_in_per_mtok: float = 0.0, price_out_per_mtok: float = 0.0
) -> dict:
    """All headline figures of a run as one JSON-able dict."""
    tier1 = [o for o in outcomes if o.tier == 1]
    calib = calibration(
        [o.confidence for o in outcomes if o.confidence is not None],
        [o.correct for o in outcomes if o.confidence is not None],
    )
    latencies = [s for o in outcomes for s in o.latencies_s]
    deflected = sum(o.deflected for o in outcomes)
    tier2 = [o for o in outcomes if o.tier == 2]
    counts = {  # (hits, tickets) of the rates the gate bounds, for their 95% intervals
        "deflection_rate_tier1": (sum(o.deflected for o in tier1), len(tier1)),
        "false_deflection_rate": (sum(o.false_deflection for o in outcomes), len(outcomes)),
        "escalation_recall_tier2": (sum(not o.answered for o in tier2), len(tier2)),
        "intent_accuracy": (sum(o.intent_correct for o in outcomes), len(outcomes)),
    }
    return {
        "tickets": len(outcomes),
        "tier1_tickets": len(tier1),
        "tier2_tickets": sum(o.tier == 2 for o in outcomes),
        "deflection_rate": deflection_rate(outcomes),
        "deflection_rate_tier1": deflection_rate(tier1),
        "false_deflection_rate": false_deflection_rate(outcomes),
        "escalation_rate": _rate(sum(not o.answered for o in outcomes), len(outcomes)),
        "escalation_recall_tier2": escalation_recall(outcomes),
        "intent_accuracy": _rate(sum(o.intent_correct for o in outcomes), len(outcomes)),
        "intervals": intervals(counts),
        "ece": calib.ece,
        "reliability": [vars(b) for b in calib.bins],
        "latency_p50_s": percentile(latencies, 50),
        "latency_p95_s": percentile(latencies, 95),
        "turns": len(latencies),
        "tokens_in": sum(o.tokens_in for o in outcomes),
        "tokens_out": sum(o.tokens_out for o in outcomes),
        "cost_per_resolution": cost_per_resolution(
            sum(o.tokens_in for o in outcomes),
            sum(o.tokens_out for o in outcomes),
            price_in_per_mtok,
            price_out_per_mtok,
            deflected,
        ),
    }
