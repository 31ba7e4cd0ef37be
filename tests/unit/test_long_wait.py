"""How long the goods took, said as a grievance (graph/reasoning/long_wait.py): a late order, not a product question."""

from __future__ import annotations

import pytest

from graph.reasoning.long_wait import read_long_wait, says_goods_took_long


@pytest.mark.parametrize("text", [
    "wow 3 weeks for a t-shirt, amazing service 🙄", "2 weeks for a pair of socks??",
    "been waiting 3 weeks for my jacket", "over a month for one hoodie. never again",
])
def test_days_or_weeks_for_goods_is_a_wait_for_them(text):
    assert says_goods_took_long(text)


@pytest.mark.parametrize("text", [
    "2 weeks for a refund??", "it took 10 days to get a refund",  # a refund's wait is the refund's question
    "I wore it for 3 days for a wedding, can I return it?",  # no wait: the span follows no word of waiting
    "I have had it 2 weeks for my runs and the sole came off",
    "3 weeks for a t-shirt and it arrived torn",  # a problem reported: a person's
])
def test_a_refund_a_span_of_use_or_a_reported_problem_is_not(text):
    assert not says_goods_took_long(text)


def test_tier1_and_goods_problem_readings_go_to_the_delay_but_a_complaint_stays():
    probs = {"damaged_item": 0.23, "complaint": 0.19, "shipping_info": 0.17, "sizing": 0.31, "shipping_delay": 0.1}
    read = read_long_wait(probs, "wow 3 weeks for a t-shirt, amazing service 🙄")
    assert read["shipping_delay"] == pytest.approx(0.81) and read["complaint"] == 0.19
    assert read["damaged_item"] == 0 and read["sizing"] == 0
    assert read_long_wait(probs, "is the tee 100% cotton?") is probs
