"""A parcel delivered to the wrong house is a lost parcel (graph/reasoning/delivered_elsewhere.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.delivered_elsewhere import read_delivered_elsewhere, says_delivered_elsewhere
from graph.reasoning.problem_reports import DELIVERED_NOT_RECEIVED, reported_problems


@pytest.mark.parametrize(("text", "elsewhere"), [
    ("my package was left at the wrong house", True),
    ("the driver delivered my parcel to the wrong address", True),
    ("my parcel went to my old address", True),
    ("can you deliver it to a different address?", False),  # a wish: the address change's
    ("I got the wrong item", False),
])
def test_a_parcel_delivered_somewhere_else(text, elsewhere):
    assert says_delivered_elsewhere(text) is elsewhere


def test_the_wrong_item_reading_moves_to_the_lost_parcel_and_the_report_stays():
    text = "my package was left at the wrong house"
    read = read_delivered_elsewhere({"wrong_item": 0.85, "shipping_delay": 0.09, "lost_package": 0.06}, text)
    assert read["lost_package"] == pytest.approx(1.0)
    assert DELIVERED_NOT_RECEIVED in reported_problems(text)  # still a person's
