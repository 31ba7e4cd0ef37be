"""A message whose substance is in a DM, a photo or an attachment (graph/reasoning/content_elsewhere.py) is handed
to a person who can open it. Every message here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.content_elsewhere import points_elsewhere
from graph.reasoning.problem_reports import CONTENT_ELSEWHERE, reported_problems


@pytest.mark.parametrize("text", [
    "@northbound check your DMs please",
    "@northbound sent you a DM with my order details",
    "see the attached photo",
    "I DMed you",
    "Hi, I have sent you a DM regarding my order",
    "all the details are in the DM",
    "just sent you a pic",
])
def test_a_message_that_only_says_where_its_substance_is_points_elsewhere(text):
    assert points_elsewhere(text)
    assert CONTENT_ELSEWHERE in reported_problems(text)


@pytest.mark.parametrize("text", [
    "my parcel is three days late and nobody answers, I sent you a DM too",  # tells its problem itself
    "please see photo, the zip is broken and the sleeve is torn at the seam",
    "can I send you a photo of the damage?",  # asks whether it may, points nowhere yet
    "I've attached a screenshot, hopefully it comes through. Where is my order?",
    "dm me",
    "where is my order",
])
def test_a_message_that_tells_its_problem_or_points_nowhere_does_not(text):
    assert not points_elsewhere(text)
