"""How refunds work, asked in general, is a return-policy question (graph/reasoning/refund_questions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.refund_questions import asks_how_refunds_work, read_refund_question


@pytest.mark.parametrize("text", [
    "how do refunds work?", "what's the process for getting a refund?", "how do I get my money back?",
    "do you give refunds if I change my mind?", "are refunds issued to the original payment method?",
    "can I get a refund without sending it back?", "@NorthboundCo how does the refund process work?",
    "do refunds go back to the card I paid with?", "How can I get a full refund if it doesn't fit?",
    "¿cómo pido un reembolso?", "Comment obtenir un remboursement ?", "wie funktioniert die Rückerstattung?",
])
def test_a_general_question_about_refunds_is_a_policy_question(text):
    assert asks_how_refunds_work(text)


@pytest.mark.parametrize("text", [
    "where is my refund?", "how do I get my refund?",  # a refund of the customer's own
    "how can I get my money back for the jacket I bought?",  # goods of their own
    "how do I get a refund for order NB108888?", "I returned the jacket, how do refunds work?",
    "how do I get a refund? it never arrived", "can I get a refund, the zip is broken",  # a problem told
    "can I get a refund?", "refund please", "how long do refunds take?",  # wants one, or a refund's timing
])
def test_a_refund_wanted_or_awaited_is_not(text):
    assert not asks_how_refunds_work(text)


def test_the_refund_readings_mass_goes_to_the_return_policy():
    probs = {"refund_status": 0.73, "refund_request": 0.2, "return_policy": 0.05, "account_help": 0.02}
    read = read_refund_question(probs, "how do I get my money back?")
    assert read["refund_status"] == 0.0 and read["refund_request"] == 0.0 and read["account_help"] == 0.02
    assert read["return_policy"] == pytest.approx(0.98)
    assert read_refund_question(probs, "where is my refund?") == probs
