"""Asking how to send goods back, with nothing wrong told, is a return (graph/reasoning/send_back.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.send_back import asks_to_send_back, read_send_back


@pytest.mark.parametrize(("text", "send_back"), [
    ("how do i send it back?", True), ("can i send it back?", True), ("how do i send the dress back?", True),
    ("where should i post it back to", True), ("can we ship these back", True),
    ("how to send them back?", True),
    # a fault or an error of ours told beside it: the goods problem's reading stays
    ("it arrived broken, can i send it back?", False), ("they sent the wrong colour, how do i send it back", False),
    ("the zip is faulty, can I send it back", False), ("the box is missing a sleeve, how do I send it back?", False),
    ("The button fell off the first day. How do I send it back?", False),
    # more told beside the ask: a fault in words no pattern knows may be among it
    ("@shop the box was crsuhed and the tee is staied - how do I send it back??? - can I pay with paypal next time?",
     False),
    # no sending back asked
    ("i want to return my order", False), ("you sent it back to the warehouse?", False),
])
def test_a_send_back_asked_with_no_fault(text, send_back):
    assert asks_to_send_back(text) is send_back


def test_the_goods_problems_mass_goes_to_the_return():
    probs = {"damaged_item": 0.8, "wrong_item": 0.05, "return_request": 0.15}
    read = read_send_back(probs, "can i send it back?")
    assert read["damaged_item"] == 0.0 and read["wrong_item"] == 0.0
    assert read["return_request"] == pytest.approx(1.0)
    assert read_send_back(probs, "it came smashed, can i send it back?") is probs
