"""A question about a parcel's delivery that tells of no loss is the order's status (graph/reasoning/no_loss_told.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.no_loss_told import asks_without_a_loss, read_no_loss_told


@pytest.mark.parametrize(("text", "no_loss"), [
    ("who is delivering my parcel?", True), ("when was my last order delivered?", True),
    ("tracking says label created for 4 days now", True),
    ("it says delivered but i dont have it", False), ("has my package been lost?", False),  # a loss told or asked
    ("my parcel was stolen?", False), ("where is my parcel?", False),
    ("what happens if i'm not home when it's delivered", False),  # deliveries in general
    ("my order shows delivered to a locker but I don't have a code", False),
    # a loss told briefly, or a parcel gone elsewhere: left to the model
    ("@northbound_apparel delivered?? whre", False), ("The tracking shows a photo of a door that isn't mine.", False),
    ("the tracking says delivered to a different city", False), ("my parcel says it's been returned to sender, why?", False),
])
def test_a_question_that_tells_of_no_loss(text, no_loss):
    assert asks_without_a_loss(text) is no_loss


def test_the_lost_parcel_reading_goes_to_the_status_family_as_the_model_split_it():
    probs = {"lost_package": 0.3, "order_status": 0.6, "shipping_delay": 0.1, "refund_status": 0.0}
    read = read_no_loss_told(probs, "when was my last order delivered?")
    assert read["lost_package"] == 0.0 and read["order_status"] == pytest.approx(0.6 + 0.3 * 6 / 7)
    assert read["shipping_delay"] == pytest.approx(0.1 + 0.3 / 7)
    assert read_no_loss_told(probs, "it says delivered but i dont have it") is probs
