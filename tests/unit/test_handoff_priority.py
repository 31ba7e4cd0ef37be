"""Handoff priority: a safety case is urgent, first in the queue, whatever else the brief says."""

from __future__ import annotations

import pytest

from graph.policy import URGENT
from graph.reasoning.base import Classification, DraftRequest
from graph.reasoning.offline.handoff import brief


def _request(intent: str = "order_status", frustrated: bool = False) -> DraftRequest:
    reading = Classification(intent=intent, confidence=0.9, questions=[], entities={}, frustrated=frustrated,
                             wants_human=False)
    return DraftRequest(text="the driver threatened me", classification=reading)


@pytest.mark.parametrize(
    ("reasons", "frustrated", "intent", "priority"),
    [
        (["safety"], False, "order_status", URGENT),
        (["safety", "human_requested"], True, "payment_dispute", URGENT),
        (["frustrated"], True, "order_status", "high"),
        (["refund_over_limit"], False, "refund_request", "high"),
        (["low_confidence"], False, "order_status", "normal"),
    ],
)
def test_priority(reasons, frustrated, intent, priority):
    assert brief(_request(intent, frustrated), reasons).priority == priority
