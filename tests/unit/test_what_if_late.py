"""What happens if the order does not come (graph/reasoning/what_if_late.py): read as a late order, answered with its
status and the late-order article's "what to do"."""

from __future__ import annotations

import pytest

from graph.reasoning.what_if_late import asks_what_if_it_does_not_come, read_what_if_late


@pytest.mark.parametrize("text", [
    "ok and if it doesn't come by friday?", "what do I do if my package never arrives",
    "what happens if my order doesn't come?", "what if it's not here by the weekend?",
    "and in case the parcel gets lost?", "what if it still hasn't arrived next week",
])
def test_a_question_whose_condition_is_the_order_not_coming(text):
    assert asks_what_if_it_does_not_come(text)


@pytest.mark.parametrize("text", [
    "my order hasn't arrived",  # a report, not a question of what if (not_arrived.py reads it)
    "what if it doesn't fit?",  # the goods, not the parcel
    "if it says delivered but I don't have it, what do I do?",  # tracking that says delivered is another question
    "what if my parcel arrives damaged?",  # a damaged parcel is the damaged-items policy's (policy_questions.py)
    "do you ship to canada",
])
def test_not_a_report_goods_that_do_not_fit_or_a_parcel_marked_delivered(text):
    assert not asks_what_if_it_does_not_come(text)


def test_its_shipping_and_situation_readings_go_to_the_late_reading():
    probs = {"shipping_info": 0.5, "lost_package": 0.2, "order_status": 0.2, "shipping_delay": 0.1}
    read = read_what_if_late(probs, "ok and if it doesn't come by friday?")
    assert read["shipping_delay"] == pytest.approx(0.8) and read["order_status"] == 0.2
    assert read["shipping_info"] == 0 and read["lost_package"] == 0
    assert read_what_if_late(probs, "do you ship to canada") is probs
