"""Praise that asks nothing (graph/reasoning/chit_chat.py: praise_only): thanked back, never handed over."""

from __future__ import annotations

import pytest

from graph.reasoning.chit_chat import asks_anything, goodbye_with_a_remark, praise_only


@pytest.mark.parametrize("text", [
    "thanks for the quick delivery!! love the jacket 😍", "you guys are the best",
    "thanks for the quick help yesterday!", "Thank you so much for all your help!",
    "Got my order today, the dress is gorgeous. Thank you!", "Hi! Love the new jacket, thanks so much",
    "just got my order and wow the packaging is so cute 🥹", "obsessed with my new boots!!",
    # what came, told as the reason for the thanks
    "@NorthboundHelp just received my refund, thank you!", "got my parcel today, thanks guys!",
    # a service thanked for is done, not asked for; a rating is praise
    "thanks for the quick refund!! 10/10", "thank you for the fast exchange, love the new size",
    "thanks for sorting my refund so quickly",
])
def test_praise_that_asks_nothing_is_praise_only(text):
    assert praise_only(text)


@pytest.mark.parametrize("text", [
    "great, another week with no parcel. love that for me", "love the jacket, do you have it in blue?",
    "love it but the zip broke", "thanks, where is my order", "love the jacket, want it in blue too",
    "thanks for nothing", "Great job guys 🙄", "I have a question about an order. Thanks so much!!",
    "choosing between two backpacks and is the material itchy Thank you.", "thanks!", "Bonjour, merci beaucoup",
    '@NorthboundHelp great, "arriving today" for the third day in a row 🙃', "brilliant. just brilliant 🤦",
    "amazing, the 4th time I've been told that", "perfect, apparently it was delivered",
    "thanks, I need help with my order", "great service but please help me change my address",
    "wow, still no parcel", "wow. 3 weeks and nothing", "cute, you sent the wrong size",
    "hi, I run a small instagram account and would love to collab",  # business: where partnerships go
    "just received my refund but it's the wrong amount, thanks", "got my refund",  # a problem; no kind word
    "thanks for the late delivery", "thanks for the refund, when will it show?",  # sarcasm; a question
])
def test_sarcasm_a_request_a_problem_or_a_bare_thanks_is_not(text):
    assert not praise_only(text)


def test_a_question_without_its_question_mark_asks():
    assert asks_anything("what's the best pizza place near you lol")
    assert asks_anything("can you recommend a good phone plan") and not asks_anything("love the new ad campaign")
    # a question word inside a sentence is most often none
    assert not asks_anything("huge thanks to the driver who found my parcel, you are stars")
    assert not asks_anything("the courier, who was lovely, left it where I asked")
    assert asks_anything("lol what is the best pizza place near you")


@pytest.mark.parametrize(("text", "closes"), [
    ("never mind it just arrived, thanks!", True), ("nvm it came today, thank you", True),
    ("never mind, found it. thanks", True), ("oh it just turned up! thanks anyway", True),
    # it came, with a problem told beside it: a new question, not a goodbye
    ("it arrived but the zip is broken, thanks", False), ("it arrived damaged, thanks", False),
    ("ok it arrived thanks but it is the wrong colour", False),
])
def test_news_that_what_was_asked_after_came_closes_the_conversation(text, closes):
    assert goodbye_with_a_remark(text) is closes
