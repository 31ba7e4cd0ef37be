"""A question that names the policy it asks for is the help center's (graph/reasoning/policy_named.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.policy_named import named_policy, read_named_policy
from graph.reasoning.policy_questions import mark_policy_questions, request_intents
from graph.state import Question


@pytest.mark.parametrize(("text", "reading"), [
    ("what is your policy on exchanges?", "exchange"),
    ("exchange policy?", "exchange"),
    ("whats the policy for cancelling an order", "cancel_order"),
    ("what's your policy on address changes after ordering?", "change_address"),
    ("tell me your refund policy pls", "return_policy"),
    ("what's your shipping policy", "shipping_info"),
    ("What is Northbound's return policy", "return_policy"),
    ("¿cuál es su política de cambios?", "exchange"),
    ("quelle est votre politique de retour ?", "return_policy"),
    ("Wie ist Ihre Rückgaberichtlinie?", "return_policy"),
])
def test_a_policy_asked_for_by_its_subject_is_read_as_the_subjects(text, reading):
    """"what is your policy on exchanges?" checked the customer's newest order against the exchange window, and
    "what's your shipping policy" got the return policy's sentence on refunded shipping costs."""
    assert named_policy(text) == reading


@pytest.mark.parametrize("text", [
    "I want to cancel my order, what is your cancellation policy?",  # the action is asked for too
    "please exchange it for a medium, what's your exchange policy?",
    "your return policy is a joke",  # said, not asked
    "what is your policy on lost packages?",  # a tier-2 situation: policy_questions.py reads it
    "do you have a price match policy?",  # no subject of ours
    "where is my order",
])
def test_a_request_a_remark_or_another_subject_is_not(text):
    assert named_policy(text) is None


def test_the_other_readings_go_to_the_named_subject_and_a_situation_keeps_its_mass():
    read = read_named_policy({"exchange": 0.5, "return_request": 0.3, "damaged_item": 0.2}, "what's your return policy?")
    assert read["return_policy"] == pytest.approx(0.8)
    assert read["exchange"] == 0.0 and read["damaged_item"] == pytest.approx(0.2)


def test_a_named_policy_of_an_order_action_looks_up_and_acts_on_no_order():
    asked = mark_policy_questions([Question(text="exchange policy?", intent="exchange", confidence=0.99)])
    assert asked[0].get("asks_policy")
    assert request_intents(asked, "exchange") == []
    wanted = mark_policy_questions([Question(text="I want to exchange my jacket", intent="exchange", confidence=0.99)])
    assert not wanted[0].get("asks_policy") and request_intents(wanted, "exchange") == ["exchange"]


def test_a_question_about_a_situations_policy_is_as_sure_as_the_situations_together():
    """"what happens if my parcel arrives damaged?" read 0.55 lost and most of the rest damaged, and went to a person
    unsure; either way the articles retrieved by its words answer it."""
    asked = Question(text="what happens if my parcel arrives damaged?", intent="lost_package", confidence=0.55)
    reading = {"lost_package": 0.55, "damaged_item": 0.35, "return_request": 0.1}
    marked = mark_policy_questions([asked], reading)
    assert marked[0]["asks_policy"] and marked[0]["confidence"] == pytest.approx(0.9)
    # a report of it is no policy question, and keeps its own confidence
    told = Question(text="my parcel arrived damaged, what happens now?", intent="damaged_item", confidence=0.55)
    assert mark_policy_questions([told], reading)[0]["confidence"] == 0.55


def test_how_long_anyones_exchange_takes_is_the_exchange_policy_asked_in_its_words():
    # "how long does an exchange take?" refused the newest order for its window
    from graph.nodes.retrieve import _in_house_words
    from graph.reasoning.policy_named import EXCHANGE_TIME_ASKS, named_policy

    for text in ("how long does an exchange take?", "how long do exchanges usually take"):
        assert named_policy(text) == "exchange" and _in_house_words(text) == EXCHANGE_TIME_ASKS
    assert named_policy("how long does my exchange take?") is None  # the customer's own exchange
    assert named_policy("how long does a refund take?") is None  # a refund's time has its own readings
