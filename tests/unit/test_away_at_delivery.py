"""A parcel delivered while the customer is out is a status question, not a lost parcel (away_at_delivery.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.away_at_delivery import away_when_delivered, read_away_at_delivery


@pytest.mark.parametrize(("text", "away"), [
    ("order says delivered but I'm at work, will it be safe?", True),
    ("tracking says it was dropped off and I'm away till sunday", True),
    ("says delivered, I'm not home until 6, where did they leave it?", True),
    ("tracking shows delivered and I'm on holiday, is it safe?", True),  # the tracking's own words
    ("the courier left it at 2pm and I'm still at work", True),
    ("tracking says delivered but I haven't been home yet, should I wait?", True),  # not looked yet
    ("it says delivered but I haven't checked the mailbox yet", True),
    ("it says delivered but I checked and it's not there", False),
    ("it says delivered but I was at work and when I got home it wasn't there", False),  # missing: lost
    ("delivered yesterday but nothing at my door", False),
    ("I'm away for a few days next week. Is it ok to have it left on the doorstep?", False),  # before it ships
])
def test_delivered_while_away_and_nothing_said_missing(text, away):
    assert away_when_delivered(text) is away


def test_the_lost_reading_goes_to_the_status_question():
    probs = {"lost_package": 0.7, "order_status": 0.2, "shipping_info": 0.1}
    moved = read_away_at_delivery(probs, "order says delivered but I'm at work, will it be safe?")
    assert max(moved, key=moved.get) == "order_status" and moved.get("lost_package", 0.0) == 0.0
    assert read_away_at_delivery(probs, "delivered yesterday but nothing at my door") == probs
