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
    "will I get the shipping cost back?", "is shipping refunded if I return something?",  # went to a person
    "will you refund the shipping too?", "do you refund postage?",  # asked of the shop, during a return
])
def test_a_general_question_about_refunds_is_a_policy_question(text):
    assert asks_how_refunds_work(text)


@pytest.mark.parametrize("text", [
    "where is my refund?", "how do I get my refund?",  # a refund of the customer's own
    "how can I get my money back for the jacket I bought?",  # goods of their own
    "how do I get a refund for order NB108888?", "I returned the jacket, how do refunds work?",
    "how do I get a refund? it never arrived", "can I get a refund, the zip is broken",  # a problem told
    "can I get a refund?", "refund please", "how long do refunds take?",  # wants one, or a refund's timing
    "can I get a refund on shipping since it was late",  # the late-delivery credit's
])
def test_a_refund_wanted_or_awaited_is_not(text):
    assert not asks_how_refunds_work(text)


def test_the_refund_readings_mass_goes_to_the_return_policy():
    probs = {"refund_status": 0.73, "refund_request": 0.2, "return_policy": 0.05, "account_help": 0.02}
    read = read_refund_question(probs, "how do I get my money back?")
    assert read["refund_status"] == 0.0 and read["refund_request"] == 0.0 and read["account_help"] == 0.02
    assert read["return_policy"] == pytest.approx(0.98)
    assert read_refund_question(probs, "where is my refund?") == probs


@pytest.mark.parametrize("text", [
    "can the refund go to my Amex instead of PayPal?", "can I get my refund as store credit instead?",
    "Is it possible to have the refund sent to my gift card balance rather than my credit card?",
    "can you refund it to a different card?", "I'd rather have store credit than a refund",
    "could I get the money back on my debit card instead", "can the refund be paid into my bank account",
])
def test_where_a_refund_goes_is_a_policy_question_even_about_ones_own(text):
    """These were read as a refund to take (a person, over the limit), a refund awaited (the orders listed) or the
    ways to pay; the refunds article says where money goes back."""
    from graph.reasoning.refund_questions import asks_where_refund_goes

    assert asks_where_refund_goes(text)
    read = read_refund_question({"refund_request": 0.5, "payment_methods": 0.3, "return_policy": 0.2}, text)
    assert read["return_policy"] == pytest.approx(1.0)


@pytest.mark.parametrize("text", [
    "refund to my card please",  # a refund wanted, told not asked
    "Can I get a refund? Refund to my card please.",  # the sentence that names the card asks nothing
    "my card expired, where will my refund go?", "my refund went to a card I cancelled, what happens now?",  # a problem
    "I still haven't got my refund to my visa", "can I pay with a gift card?",
])
def test_a_refund_wanted_a_problem_or_a_way_to_pay_is_not_where_a_refund_goes(text):
    from graph.reasoning.refund_questions import asks_where_refund_goes

    assert not asks_where_refund_goes(text)
