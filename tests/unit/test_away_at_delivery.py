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


def test_a_signature_wanted_while_nobody_is_home_is_the_delivery_instructions_question():
    """"the carrier says they need a signature, I'm not home" was read as a lost parcel and went to a person; the help
    center says what to do (name a neighbour through the tracking link)."""
    from graph.reasoning.away_at_delivery import signature_while_away

    assert signature_while_away("the carrier says they need a signature, I'm not home")
    assert signature_while_away("I won't be home to sign for it")
    assert not signature_while_away("someone signed for it but I never got it")  # missing: lost
    read = read_away_at_delivery({"lost_package": 0.6, "shipping_info": 0.4},
                                 "the carrier says they need a signature, I'm not home")
    assert read["shipping_info"] == pytest.approx(1.0)


def test_a_question_about_signatures_is_answered_by_the_signature_section():
    """"I won't be home to sign for it, what do I do?" got the parcel-not-for-you article (nearest by "home")."""
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _request, article_passage

    passages = [article_passage("parcel-not-for-you"), article_passage("delivery-instructions")]
    reply = compose(_request("I won't be home to sign for it, what do I do?", "shipping_info", passages=passages)).text
    assert "Express parcels need one" in reply, reply
