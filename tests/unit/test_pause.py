"""A customer asking for a moment asks nothing yet (graph/reasoning/pause.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.pause import asks_for_a_moment


@pytest.mark.parametrize("text", [
    "Hold on, let me check which order it was.", "one sec", "let me find the order number",
    "Hmm, let me double-check my emails for any updates on recent orders or purchases. I'll get back to you in a moment.",
    "ok let me check and get back to you", "give me a minute",
])
def test_a_pause_alone(text):
    assert asks_for_a_moment(text)


@pytest.mark.parametrize("text", [
    "hold on, where is my refund?", "wait, I want to cancel", "let me check if my jacket arrived damaged",
    "wait what", "let me see the tracking link please", "hold on, this is the wrong item",
])
def test_a_pause_with_a_question_a_request_or_a_problem_is_no_pause(text):
    assert not asks_for_a_moment(text)
