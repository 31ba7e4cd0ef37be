"""What a reply inside a conversation looks like, learned from first messages vs later turns
(graph/reasoning/offline/continuation_model.py), and how much it may move the dialogue's prior."""

from __future__ import annotations

from graph.dialogue.continuation import STAY_DETAIL, STAY_SHORT, stay_prior
from graph.dialogue.slots import read_slots
from graph.reasoning.offline.continuation_model import ContinuationModel

OPENERS = [
    "Hi, where is my order? I ordered a jacket two weeks ago and nothing has arrived yet.",
    "I want to return the boots I bought last month, they are too small for me.",
    "Can I change the delivery address on my order please? I am moving house next week.",
    "Do you ship to Canada and how long does delivery usually take there?",
    "My parcel says delivered but there is nothing at my door, what should I do now?",
    "Hello, I was charged twice for the same order and I would like the extra charge removed.",
    "What sizes does the wool coat come in and does it run large or small?",
    "I would like to cancel the order I placed this morning because I ordered the wrong colour.",
] * 3
REPLIES = [
    "it's NB100234", "#NB100871", "my email is sam.ortiz@example.com", "Sam Ortiz, 60614", "still nothing",
    "any update?", "the blue one", "the one with the scarf", "I don't have the number, sorry", "thanks!",
    "ok and then?", "that doesn't help", "yes please", "hello??", "nb100455 thanks", "no idea sorry",
] * 2


def test_replies_and_openers_are_told_apart_out_of_fold_and_on_new_wordings():
    model = ContinuationModel.train(OPENERS, REPLIES)
    assert model.metrics["oof_reply_recall"] >= 0.8 and model.metrics["oof_opener_recall"] >= 0.8
    assert model.probability("it's NB100999") > 0.5
    assert model.probability("Hello, I bought a pair of trainers last week and I want to send them back.") < 0.5


def test_the_learned_likelihood_raises_a_follow_up_but_never_past_a_detail_or_a_problem():
    text = "nothing has changed on my side since yesterday morning honestly"
    low, _ = stay_prior(text, read_slots(text), [], None)
    raised, how = stay_prior(text, read_slots(text), [], 0.97)
    assert how == "follow_up" and low < raised == STAY_SHORT
    detail = "my email is sam.ortiz@example.com"
    assert stay_prior(detail, read_slots(detail), [], 0.99)[0] == STAY_DETAIL
    problem = "still nothing, and the tracking now says lost"
    assert stay_prior(problem, read_slots(problem), [], 0.99) == (0.0, None)
