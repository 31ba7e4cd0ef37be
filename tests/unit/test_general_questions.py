"""A general-knowledge question or a chatbot task is out of scope (graph/reasoning/general_questions.py). Every message
is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.general_questions import asks_general_knowledge, read_general_question


@pytest.mark.parametrize(("text", "general"), [
    ("what's the capital of canada?", True), ("what year did the Berlin wall fall", True),
    ("who invented the telephone", True), ("who won the match last night?", True), ("what is 12 times 8?", True),
    ("translate 'thank you' into German please", True), ("can you write me a short poem about autumn", True),
    ("help me with my history homework", True), ("what's the weather like in Boston today", True),
    ("will it snow on new year's eve?", True), ("recommend me a good movie for tonight", True),
    ("what are the lyrics to happy birthday", True),
    # the store asked, in the same words
    ("can you recommend a coat for the snow?", False), ("what year was my order placed?", False),
    ("who sent my parcel?", False), ("who won the giveaway?", False), ("what's the biggest size you do?", False),
    ("is it going to rain, is the shell waterproof?", False), ("what's 32 x 30 in your sizes?", False),
    ("translate your return policy into spanish please", False), ("what is the weather resistance of the parka", False),
    ("when was the jacket restocked", False),
])
def test_a_general_question_is_told_from_one_for_the_store(text, general):
    assert asks_general_knowledge(text) is general


def test_every_reading_goes_to_out_of_scope():
    probs = {"order_status": 0.7, "product_info": 0.2, "out_of_scope": 0.1}
    read = read_general_question(probs, "What year did the Titanic sink?")
    assert read == pytest.approx({"order_status": 0.0, "product_info": 0.0, "out_of_scope": 1.0})
    assert read_general_question(probs, "where is my order?") is probs
