"""A customer contesting what they were told is a contested case for a person (graph/reasoning/contested.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.contested import contests_what_was_said
from graph.reasoning.problem_reports import CONTESTED, reported_problems

CASES = [
    ("you told me it was returnable and now you say it's final sale?? I want this sorted", True),
    ("that's not what I was told on the phone", True),
    ("the website never said it was final sale", True),
    ("your agent promised a full refund and now I get half", True),
    ("I was told it would arrive monday but now it says friday", False),  # a delay, with its tracking to answer
    ("my mistake, I should have said: NB105392", False),  # correcting their own words
    ("I was told to contact you about a return", False),
    ("you said you'd refund me, has it gone through?", False),
    ("nobody told me it was final sale when I bought it, that's not fair", True),  # terms never given, by no one
    ("I was never told sale items can't be returned", True),
    ("nobody told me about the delay", False),  # a late parcel, with its tracking to answer
    # a decision of ours disputed, or a refund short of what was paid
    ("you refused my return saying it was worn but it was brand new with tags. this is not fair", True),
    ("they rejected my claim even though I sent photos", True),
    ("you only refunded half of what I paid, where's the rest?", True),
    ("I was only refunded $40 of the $80", True),
    ("you refused my return", False),  # no dispute told: what happened, to look up
    ("can you only refund part of it?", False),
]


@pytest.mark.parametrize(("text", "contested"), CASES)
def test_what_was_said_contested_goes_to_a_person_a_delay_or_a_correction_does_not(text, contested):
    assert contests_what_was_said(text) is contested
    assert (CONTESTED in reported_problems(text)) is contested


@pytest.mark.parametrize("text", ["still no refund. I'm contacting my bank", "I am calling my credit card company"])
def test_a_bank_contacted_now_over_a_payment_is_a_chargeback_on_its_way(text):
    from graph.reasoning.problem_reports import CHARGE_DISPUTED

    assert CHARGE_DISPUTED in reported_problems(text)
    assert CHARGE_DISPUTED not in reported_problems("I'm calling my bank to check the refund")
    assert CHARGE_DISPUTED not in reported_problems("I'm going to the bank tomorrow anyway")
