"""A reply to the agent keeps the conversation's topic (graph/nodes/continuation.py)."""

from __future__ import annotations

from graph.nodes.continuation import continue_previous, is_detail_reply
from graph.reasoning.base import Classification


def _reading(intent: str, confidence: float, text: str = "x") -> Classification:
    return Classification(intent=intent, confidence=confidence, questions=[{"text": text, "intent": intent,
                          "confidence": confidence}], entities={}, frustrated=False, wants_human=False)


PREVIOUS = {"intent": "cancel_order", "intent_confidence": 0.93}


def test_identity_details_keep_the_previous_intent():
    text = "Sure, my name is Ana Lopez and my zip code is 80273."
    kept = continue_previous(_reading("out_of_scope", 0.41, text), PREVIOUS, text)
    assert kept.intent == "cancel_order" and kept.confidence == 0.93
    assert is_detail_reply("I don't have the order number with me right now.")


def test_a_yes_answers_the_agent_whatever_the_model_reads_in_it():
    text = "Yes, that is correct. Please go ahead and make the updates."
    assert continue_previous(_reading("wrong_item", 0.9, text), PREVIOUS, text).intent == "cancel_order"


def test_how_the_money_comes_back_is_part_of_a_return_not_a_new_refund_request():
    text = "Please refund it to my original payment method."
    previous = {"intent": "return_request", "intent_confidence": 0.88}
    assert continue_previous(_reading("refund_request", 0.8, text), previous, text).intent == "return_request"


def test_a_new_confident_question_is_its_own_topic():
    text = "Also, do you ship to Canada?"
    assert continue_previous(_reading("shipping_info", 0.95, text), PREVIOUS, text).intent == "shipping_info"


def test_nothing_to_continue_without_a_confident_previous_turn():
    text = "my zip is 80273"
    assert continue_previous(_reading("sizing", 0.3, text), {}, text).intent == "sizing"
    unsure = {"intent": "order_status", "intent_confidence": 0.5}
    assert continue_previous(_reading("sizing", 0.3, text), unsure, text).intent == "sizing"


def test_a_bare_address_answers_the_agents_question_where_the_order_should_go():
    previous = {"intent": "change_address", "intent_confidence": 0.95}
    for text in ("6906 Sunset Blvd, Brisbane, QLD 4076", "6 Meadow Road, Leeds, LS1 4RU",
                 "742 Evergreen Terrace, Springfield, IL 62704"):
        assert continue_previous(_reading("out_of_scope", 0.9, text), previous, text).intent == "change_address"
    text = "Brisbane is lovely this time of year"
    assert continue_previous(_reading("out_of_scope", 0.9, text), previous, text).intent == "out_of_scope"
