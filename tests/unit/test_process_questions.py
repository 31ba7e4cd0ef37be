"""A question for how something is done, asked as how it works, is searched and answered as its steps
(graph/reasoning/process_questions.py)."""

import pytest

from graph.reasoning.process_questions import steps_question


@pytest.mark.parametrize(("text", "asked"), [
    ("how do returns work?", "steps to returns"),
    ("hi! how does the exchange process work?", "steps to exchange"),
    ("what's the process for returning an item?", "steps to returning an item"),
    ("what are the steps to get a refund?", "steps to get a refund"),
    ("what is the procedure for a return", "steps to return"),
])
def test_a_process_asked_as_how_it_works_is_its_steps(text, asked):
    assert steps_question(text) == asked


@pytest.mark.parametrize("text", [
    "how does it work?", "how does the app work?",  # nothing of the shop's that has steps
    "how do I start a return?",  # asks what to do in its own words: the what-to-do sentence answers it already
    "the process is confusing", "where is my order?",
])
def test_no_process_asked(text):
    assert steps_question(text) is None
