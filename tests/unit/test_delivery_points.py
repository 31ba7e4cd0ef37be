"""Whether an order can go to a locker, a pickup point or a PO box is a shipping question
(graph/reasoning/delivery_points.py). Every message here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.delivery_points import asks_to_send_to_a_point, read_delivery_point

READ_AS_LOST = {"lost_package": 0.57, "shipping_info": 0.3, "order_status": 0.13}


@pytest.mark.parametrize("text", [
    "can I get my order delivered to an amazon locker?", "could you ship it to a PO box?",
    "can it go to a locker", "Can I send it to a pickup point?",
])
def test_asking_to_send_an_order_to_a_point_is_a_shipping_question(text):
    assert asks_to_send_to_a_point(text)
    read = read_delivery_point(READ_AS_LOST, text)
    assert read["shipping_info"] == pytest.approx(1.0) and not read.get("lost_package")


@pytest.mark.parametrize("text", [
    "it says delivered to a parcel locker but I never got a code",  # a report, not a question
    "my parcel went to the wrong locker", "can I change my address?",
])
def test_a_report_or_another_question_keeps_its_reading(text):
    assert read_delivery_point(READ_AS_LOST, text) is READ_AS_LOST
