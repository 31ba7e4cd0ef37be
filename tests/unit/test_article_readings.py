"""One question split between readings a help article answers (graph/reasoning/article_readings.py), and what the
offline engine's confidence makes of it (OfflineReasoner.assess: `read_alone` when no article is quoted)."""

from __future__ import annotations

from graph.reasoning.article_readings import ARTICLE_INTENTS, with_article_readings
from graph.reasoning.base import Draft
from graph.reasoning.offline.engine import _sureness
from graph.state import Question
from tests.unit.test_two_readings import _reading  # one reading of one question, its text aside

TEXT = "I want to send this as a gift, will the price show on the packing slip?"


def test_the_article_intents_are_the_tier1_ones_answered_from_the_help_center():
    assert {"shipping_info", "promo_code", "product_info", "return_policy"} <= ARTICLE_INTENTS
    assert not ARTICLE_INTENTS & {"order_status", "sizing", "return_request", "refund_request", "damaged_item"}


def test_a_question_split_between_article_readings_is_as_sure_as_they_are_together():
    # the probe's reading: 0.65 shipping, 0.23 promotions (the price), the rest product and a trace of tier 2
    reading = with_article_readings(_reading({"shipping_info": 0.65, "promo_code": 0.23, "product_info": 0.08,
                                              "wrong_item": 0.02, "sizing": 0.02}), 0.7)
    (question,) = reading.questions
    assert question["confidence"] == 0.96 and question["read_alone"] == 0.65
    assert reading.intent == "shipping_info" and reading.confidence == 0.65  # the model's own reading is kept


def test_not_when_sure_alone_not_sure_together_tier2_more_than_a_trace_or_the_customer_needs_a_person():
    cases = [
        _reading({"shipping_info": 0.8, "promo_code": 0.2}),  # sure alone already
        _reading({"shipping_info": 0.4, "promo_code": 0.2, "sizing": 0.2, "order_status": 0.2}),  # 0.6 together
        _reading({"shipping_info": 0.6, "promo_code": 0.3, "damaged_item": 0.1}),  # a damaged item: a person looks
        _reading({"order_status": 0.5, "shipping_info": 0.3, "promo_code": 0.2}),  # an order question: not articles'
        _reading({"shipping_info": 0.6, "promo_code": 0.4}, frustrated=True),
        _reading({"shipping_info": 0.6, "promo_code": 0.4}, wants_human=True),
    ]
    assert [("read_alone" in with_article_readings(case, 0.7).questions[0]) for case in cases] == [False] * 6


def test_a_reply_that_quotes_no_article_is_only_as_sure_as_the_question_read_alone():
    question = Question(text=TEXT, intent="shipping_info", confidence=0.96, read_alone=0.65)
    assert _sureness(question, Draft(text="Tick 'This is a gift'...", citations=["send-as-gift"])) == 0.96
    assert _sureness(question, Draft(text="I don't have reliable information about that.")) == 0.65
    assert _sureness(Question(text=TEXT, intent="shipping_info", confidence=0.9), Draft(text="...")) == 0.9
