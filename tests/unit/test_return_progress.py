"""A return already sent back is asked after, not started again (graph/reasoning/return_progress.py). Every
message here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.return_progress import asks_after_a_return, read_return_progress

READ_AS_A_NEW_RETURN = {"return_request": 0.9, "refund_status": 0.08, "return_policy": 0.02}


@pytest.mark.parametrize("text", [
    "@northbound how do I track my return?", "@NorthboundHelp how can I track a return?",
    "where is my return",
    "did you get my return yet?",
    "has my return arrived?",
    "whats the status of my return",
    "I dropped off my return at the post office 3 days ago, how do I know you got it?",
    "I sent the boots back last week, did you get them?",
])
def test_asking_after_a_return_sent_back_is_a_refund_awaited(text):
    assert asks_after_a_return(text)
    read = read_return_progress(READ_AS_A_NEW_RETURN, text)
    assert read["refund_status"] == pytest.approx(1.0) and not read.get("return_request")


@pytest.mark.parametrize("text", [
    "I want to start a return",
    "how do I return my jeans",
    "where is my return label",  # the label's trouble
    "can I track my return and also return the boots?",  # a new return asked for beside it
    "I sent my return, can I return the jacket too?",
    "I sent the boots back, how do I know which size to order next?",  # asks nothing of the return's arrival
])
def test_a_return_to_start_or_its_paperwork_keeps_its_reading(text):
    assert read_return_progress(READ_AS_A_NEW_RETURN, text) is READ_AS_A_NEW_RETURN
