"""A place in the agent's list of orders picks one order ("the second one"); words that only look like a place
("the first time", "last week") pick none."""

from __future__ import annotations

import pytest

from graph.dialogue.order_pick import listed_to_pick_from, picked_from_list, place_picked

LISTED = ["NB3", "NB2", "NB1"]  # newest first, as the agent lists them


@pytest.mark.parametrize("text, order", [
    ("the first one", "NB3"), ("The second one please", "NB2"), ("it's the third one", "NB1"),
    ("the last one", "NB1"), ("the oldest", "NB1"), ("the most recent one", "NB3"), ("the latest order", "NB3"),
    ("second", "NB2"), ("2nd one", "NB2"), ("number 2", "NB2"), ("#3", "NB1"), ("the middle one", "NB2"),
    ("el primero", "NB3"), ("la segunda por favor", "NB2"), ("la dernière", "NB1"), ("die zweite bitte", "NB2"),
    ("my last order", "NB3"),  # "my last order" is the newest, not the last listed
])
def test_a_place_in_the_list_picks_that_order(text, order):
    assert picked_from_list(text, LISTED) == order


@pytest.mark.parametrize("text", [
    "the first time I wore it, it ripped", "the second item is wrong", "I ordered it last week",
    "not the first, the second", "it was my first order with you", "I don't know", "the jeans", "",
])
def test_words_that_only_look_like_a_place_pick_nothing(text):
    assert picked_from_list(text, LISTED) is None


def test_a_place_the_list_does_not_have_picks_nothing():
    assert place_picked("the third one") == 2
    assert picked_from_list("the third one", ["NB3", "NB2"]) is None
    assert picked_from_list("the first one", []) is None


def test_the_list_counts_only_while_the_agent_waits_for_an_order():
    listed = {"listed_orders": LISTED, "awaiting": ["order_number"]}
    assert listed_to_pick_from(listed) == LISTED
    assert listed_to_pick_from({**listed, "awaiting": ["confirmation"]}) == []
    assert listed_to_pick_from(None) == []


def test_a_place_in_a_list_never_shown_leaves_the_question_open_but_the_newest_names_one():
    """"the first one" after "which order is your message about?" (no list) got "I've told you all I can about" the
    order the agent had guessed; it is asked again, with the orders listed. "the newest one" names one by itself."""
    from graph.nodes.call_oms import still_asked_which

    waiting = {"awaiting": ["order_number"], "listed_orders": []}
    assert still_asked_which(waiting, {"text": "the first one", "context": "detail"})
    assert not still_asked_which(waiting, {"text": "the newest one", "context": "detail"})
    assert not still_asked_which(waiting, {"text": "my most recent order", "context": "detail"})


def test_a_yes_picks_the_one_order_listed():
    """"Your most recent order is NB1 (...). Is it that one?" "yes": that order; a yes to a list of several picks none."""
    assert picked_from_list("yes", ["NB1"]) == "NB1"
    assert picked_from_list("yes please", ["NB1"]) == "NB1"
    assert picked_from_list("yes", ["NB1", "NB2"]) is None
    assert picked_from_list("no", ["NB1"]) is None


@pytest.mark.parametrize("text", ["that one", "it's that one", "the one that says delivered, I can't find it",
                                  "it's the last one, it says delivered",
                                  "it says delivered but I haven't checked the mailbox yet"])
def test_the_one_order_offered_is_picked_by_pointing_at_it(text):
    """"the last one delivered, NB105252, arrived on ... Which order is your message about?" then "the one that says
    delivered": the orders were listed again; pointing at the one offered picks it, and picks none of several."""
    assert picked_from_list(text, ["NB1"]) == "NB1"
    assert picked_from_list("the one that says delivered", ["NB1", "NB2"]) is None


def test_the_order_a_which_order_question_offered_is_the_list_to_pick_from():
    from graph.nodes.answer import after_reply
    from graph.reasoning import phrases

    asked = " ".join([phrases.say("nothing_on_its_way", "en", order="NB1", when="May 2, 2026"),
                      phrases.say("ask_which_order", "en")])
    turn = {"draft": asked, "oms": {"orders": [{"id": "NB1"}], "candidates": []}, "intent": "order_status"}
    dialogue = after_reply({"topic": "order_status", "awaiting": []}, turn)
    assert dialogue["awaiting"] == ["order_number"] and dialogue["listed_orders"] == ["NB1"]
    answered = after_reply({"topic": "order_status", "awaiting": []}, {**turn, "draft": "It arrived on May 2."})
    assert answered["listed_orders"] == [] and answered["order_id"] == "NB1"


def test_the_oldest_of_all_orders_is_not_the_one_offered():
    assert picked_from_list("it's the oldest one", ["NB1"]) is None
    assert picked_from_list("the oldest one", ["NB1", "NB2", "NB3"]) == "NB3"
