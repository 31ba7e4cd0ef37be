"""Which turns reach the OMS: order questions, and cases going to a person; never a policy question."""

from __future__ import annotations

import pytest

from graph.nodes.call_oms import oms_needed


def _turn(*intents: str, wants_human: bool = False) -> dict:
    return {
        "intent": intents[0],
        "questions": [{"text": "", "intent": i, "confidence": 0.9} for i in intents],
        "wants_human": wants_human,
    }


@pytest.mark.parametrize("intent", ["return_policy", "shipping_info", "sizing", "payment_methods", "out_of_scope"])
def test_policy_questions_do_not_call_the_oms(intent: str) -> None:
    assert oms_needed(_turn(intent)) == (False, False)


@pytest.mark.parametrize("intent", ["order_status", "refund_request", "damaged_item", "cancel_order"])
def test_order_questions_need_the_order(intent: str) -> None:
    assert oms_needed(_turn(intent)) == (True, True)


def test_a_second_question_about_an_order_counts() -> None:
    assert oms_needed(_turn("return_policy", "order_status")) == (True, True)


@pytest.mark.parametrize("turn", [_turn("payment_dispute"), _turn("complaint"), _turn("sizing", wants_human=True)])
def test_cases_for_a_person_look_the_customer_up_for_the_handoff(turn: dict) -> None:
    assert oms_needed(turn) == (False, True)
