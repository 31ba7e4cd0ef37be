"""A delivery attempt the customer says was false is a delay (graph/reasoning/false_attempt.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.false_attempt import read_false_attempt, says_attempt_was_false


@pytest.mark.parametrize("text", [
    'the driver marked it as "customer not available" but I was literally at home',
    "tracking says delivery attempted but nobody knocked",
    "it says missed delivery?? we were in all day",
    "apparently no one was home. I was home.",
])
def test_a_false_attempt(text):
    assert says_attempt_was_false(text)


@pytest.mark.parametrize("text", [
    "says delivered, I was home, nothing",  # marked delivered: a lost parcel
    "delivery attempted, can I pick it up from the depot?",  # no word that they were in
    "I was home all day waiting",
])
def test_a_delivered_parcel_or_an_attempt_alone_is_not(text):
    assert not says_attempt_was_false(text)


def test_the_lost_and_status_readings_move_to_the_delay():
    probs = {"shipping_delay": 0.54, "lost_package": 0.35, "complaint": 0.11}
    read = read_false_attempt(probs, 'marked as "customer not available" but I was at home')
    assert read["shipping_delay"] == pytest.approx(0.89) and read["lost_package"] == 0.0 and read["complaint"] == 0.11
