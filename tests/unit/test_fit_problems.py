"""Goods that do not fit are a return or an exchange, not damaged or wrong goods (graph/reasoning/fit_problems.py).
Every message here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.fit_problems import read_fit_problem, tells_goods_do_not_fit

PROBLEM = {"damaged_item": 0.8, "wrong_item": 0.05, "return_request": 0.1, "exchange": 0.05}


@pytest.mark.parametrize(("text", "onto"), [
    ("the dress doesn't fit, what can I do?", "return_request"),
    ("my boots are too tight on me", "return_request"),
    ("the coat is way too big, can I get a smaller one?", "exchange"),
    ("I ordered the wrong size, can I swap it for a medium?", "exchange"),
])
def test_goods_that_do_not_fit_are_a_return_or_an_exchange(text, onto):
    assert tells_goods_do_not_fit(text)
    read = read_fit_problem(PROBLEM, text)
    assert not read.get("damaged_item") and not read.get("wrong_item")
    assert read[onto] == pytest.approx(PROBLEM[onto] + 0.85)


@pytest.mark.parametrize("text", [
    "you sent me the wrong size, I ordered a M",  # an error of ours
    "the jacket doesn't fit and the zip is broken",  # something broken beside the fit
    "got a size S instead of the L I ordered, it doesn't fit",
    "is the parka true to size?",  # asks, tells of no goods
    "the box was too big for my letterbox",
])
def test_an_error_of_ours_or_no_fit_told_keeps_its_reading(text):
    assert read_fit_problem(PROBLEM, text) is PROBLEM


@pytest.mark.parametrize("text", [
    "the jacket I ordered is too small, I want my money back", "it's too big, refund please",
    "they're too tight, can I get a refund?",
])
def test_money_back_for_goods_that_do_not_fit_is_a_return(text):
    """A refund request over goods that don't fit went to a person over the refund limit: the money comes back by
    returning them, as the history's own tickets of the kind are returns."""
    asked = {"refund_request": 0.9, "return_request": 0.05, "exchange": 0.05}
    read = read_fit_problem(asked, text)
    assert not read.get("refund_request") and read["return_request"] == pytest.approx(0.95)


@pytest.mark.parametrize("text", [
    "the boots don't fit, i'd like a half size up please", "the jeans are too tight, can I get the next size up?",
    "my sneakers are too small. I want a size 10",
])
def test_another_size_asked_for_goods_that_do_not_fit_is_an_exchange_not_a_size_question(text):
    """"The boots don't fit, I'd like a half size up" got the boots' size chart: the customer has the boots and asks
    for another size of them."""
    asked = {"sizing": 0.9, "exchange": 0.1}
    read = read_fit_problem(asked, text)
    assert not read.get("sizing") and read["exchange"] == pytest.approx(1.0)


def test_what_to_do_with_goods_that_do_not_fit_is_a_return_not_a_size_question():
    """"my bike shorts are too tight, what can I do?" got the shorts' size chart."""
    asked = {"sizing": 0.9, "return_request": 0.1}
    read = read_fit_problem(asked, "hey, my bike shorts are too tight, what can I do?")
    assert not read.get("sizing") and read["return_request"] == pytest.approx(1.0)
    advice = "the M is usually too tight on me, what should I do?"  # before buying: the size question
    assert read_fit_problem(asked, advice) is asked


@pytest.mark.parametrize("text", [
    "the M is usually too tight on me, should I size up?",  # advice before buying
    "I'm between sizes, the S is too small, would you recommend a medium?",
    "the parka runs too big, do you have a smaller size?",  # asks the range
])
def test_advice_on_which_size_to_buy_keeps_the_size_reading(text):
    asked = {"sizing": 0.9, "exchange": 0.1}
    assert read_fit_problem(asked, text) is asked
