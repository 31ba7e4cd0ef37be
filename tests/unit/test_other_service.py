"""Another company's service is out of scope (graph/reasoning/other_service.py). Every message is written for the
test."""

from __future__ import annotations

import pytest

from graph.nodes.score import _reported
from graph.reasoning.other_service import names_another_service, read_other_service


@pytest.mark.parametrize(("text", "other"), [
    ("my spotify premium renewed without asking, can I get my money back?", True),
    ("why did my xbox game pass charge me twice", True), ("netflix charged me again this month", True),
    ("how do I get a refund from the app store for an app", True), ("i bought a game code that doesn't work", True),
    ("can you reset my Instagram password", True), ("the airline lost my suitcase, what do I do", True),
    ("My DoorDash driver never showed up with my food", True), ("got charged for a kindle book I didn't buy", True),
    # the brand asked something, a service only mentioned, a bank where our refunds land, a flight as a date
    ("I saw your jacket on instagram, do you have it in navy?", False), ("can I pay with paypal?", False),
    ("my bank says there's no pending refund from you", False), ("will the parka arrive before my flight?", False),
    ("can I iron the shirt on the steam setting?", False), ("my order is late", False),
])
def test_another_service_named_as_the_customers(text, other):
    assert names_another_service(text) is other


def test_every_reading_goes_to_out_of_scope_and_no_problem_of_ours_is_reported():
    probs = {"payment_dispute": 0.7, "refund_request": 0.2, "out_of_scope": 0.1}
    read = read_other_service(probs, "got charged for a kindle book I didn't buy")
    assert read == pytest.approx({"payment_dispute": 0.0, "refund_request": 0.0, "out_of_scope": 1.0})
    assert read_other_service(probs, "I was charged twice for my order") is probs
    # the same charge told of our order is a dispute a person looks into; of another company's, none of ours
    assert _reported("got charged for something I didn't buy", [], "en") == ["charge_disputed"]
    assert _reported("got charged twice for a kindle book", [], "en") == []
