"""A delivery day asked to be moved is the shipping question, answered by the delivery instructions
(graph/reasoning/delivery_day.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.delivery_day import (
    asks_about_delivery_days,
    asks_to_move_the_delivery_day,
    read_delivery_day,
)
from graph.reasoning.offline.drafting import compose
from tests.unit.test_drafting import _request, article_passage


@pytest.mark.parametrize("text", ["can I change my delivery date?", "can you deliver it on another day?",
                                  "can I reschedule the delivery?", "can I pick a different delivery day",
                                  # held back while the customer is away (one went to a person, one "not in the help
                                  # center")
                                  "can you hold my order until I'm back from holiday?",
                                  "I'll be away next week, can you delay shipping?",
                                  # a missed delivery booked again (it was read as a return to start)
                                  "I missed the delivery, how do I rebook it?",
                                  "@NorthboundHelp can I change my delivery to a different day?",
                                  "can you move my delivery to saturday?"])
def test_a_delivery_day_asked_to_move(text):
    assert asks_to_move_the_delivery_day(text)


@pytest.mark.parametrize("text", ["my delivery date keeps changing", "the delivery date has passed",
                                  "when is my delivery date?", "my delivery was delayed again", "can you hold on a sec",
                                  "can I change my delivery address to my work?"])
def test_a_late_parcels_date_or_a_date_asked_is_not(text):
    assert not asks_to_move_the_delivery_day(text)
    assert not asks_to_move_the_delivery_day("they rescheduled my delivery again 😩")  # a delay told


def test_it_reads_as_the_shipping_question_and_is_answered_by_the_delivery_instructions():
    """"can I change my delivery date?" got an address change refused ("already delivered, so its shipping address can no
    longer be changed") or the late-express refund; the carriers' tracking link lets the customer choose another day."""
    read = read_delivery_day({"change_address": 0.5, "shipping_delay": 0.3, "shipping_info": 0.2},
                             "can I change my delivery date?")
    assert read["shipping_info"] == pytest.approx(1.0)
    passages = [article_passage("shipping-delays"), article_passage("track-your-order"),
                article_passage("delivery-instructions")]
    reply = compose(_request("can I change my delivery date?", "shipping_info", passages=passages)).text
    assert "another delivery day" in reply, reply


@pytest.mark.parametrize(("text", "days"), [
    ("do you ship on weekends?", True), ("do you deliver on sundays?", True), ("can you deliver on saturday?", True),
    ("does the courier deliver at the weekend?", True),
    ("are you open on sundays?", False), ("my parcel came on saturday", False),  # the team's hours; a delivery told
])
def test_the_days_deliveries_are_made_asked(text, days):
    assert asks_about_delivery_days(text) is days


def test_the_days_deliveries_are_made_are_answered_by_the_delivery_days_not_the_rates():
    """"do you ship on weekends?" got the rates table, whose "business days" read near "ship"."""
    reply = compose(_request("do you ship on weekends?", "shipping_info",
                             passages=[article_passage("shipping-overview")])).text
    assert "Monday to Saturday" in reply and "$5.95" not in reply, reply
