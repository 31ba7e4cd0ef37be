"""Every escalation rule and router, as pure functions."""

from __future__ import annotations

import pytest

from graph import policy
from graph.policy import Signals, Thresholds, escalation_reasons
from graph.routing import BREAK_SWITCH, decide_route, route_after_classify, route_after_score

DEFAULTS = Thresholds()


def test_defaults_match_the_product_brief():
    assert (DEFAULTS.confidence, DEFAULTS.refund_limit, DEFAULTS.frustrated_after_replies) == (0.7, 50.0, 2)


@pytest.mark.parametrize(
    ("frustrated", "replies", "fires"),
    [(True, 2, True), (True, 5, True), (True, 1, False), (True, 0, False), (False, 3, False)],
)
def test_frustration_needs_two_agent_replies_first(frustrated, replies, fires):
    assert (policy.frustrated_after_exchanges(frustrated, replies, after=2) == policy.FRUSTRATED) is fires


@pytest.mark.parametrize(
    ("frustrated", "replies", "repeated", "fires"),
    [(True, 0, True, True), (True, 1, True, True), (False, 0, True, False), (False, 5, True, False),
     (True, 0, False, False), (True, 2, False, True)],
)
def test_reported_earlier_contacts_count_as_past_the_two_replies(frustrated, replies, repeated, fires):
    assert (policy.frustrated_after_exchanges(frustrated, replies, 2, repeated) == policy.FRUSTRATED) is fires


@pytest.mark.parametrize(
    ("thread", "earlier", "repeated", "frustrated", "fires"),
    [
        (0, 2, False, True, True),  # two replies in an earlier conversation, frustrated in a new one
        (1, 1, False, True, True),  # one here, one there
        (0, 1, False, True, False),
        (0, 2, False, False, False),  # calm customer: memory alone never escalates
        (0, 0, True, True, True),  # first message reports earlier failed contacts
        (0, 0, False, True, False),  # frustrated first message, nothing reported, no history
    ],
)
def test_frustration_counts_replies_across_conversations(thread, earlier, repeated, frustrated, fires):
    signals = Signals(intents=["order_status"], confidence=0.9, frustrated_now=frustrated, agent_replies=thread,
                      earlier_replies=earlier, repeated_contact=repeated)
    assert ("frustrated" in escalation_reasons(signals, DEFAULTS)) is fires


def test_safety_fires_first_whatever_else_holds():
    assert policy.safety_concern(["self_harm"]) == policy.SAFETY
    assert policy.safety_concern([]) is None
    signals = Signals(intents=["order_status"], confidence=0.95, safety=["harassment"], wants_human=True)
    assert escalation_reasons(signals, DEFAULTS) == ["safety", "human_requested"]


@pytest.mark.parametrize(("amount", "fires"), [(50.0, False), (50.01, True), (49.99, False), (None, False), (0.0, False), (480.0, True)])
def test_refund_over_limit_is_strictly_above_the_limit(amount, fires):
    assert (policy.refund_over_limit(amount, 50.0) == policy.REFUND_OVER_LIMIT) is fires


@pytest.mark.parametrize(("confidence", "fires"), [(0.69, True), (0.7, False), (0.95, False), (0.0, True)])
def test_low_confidence(confidence, fires):
    assert (policy.low_confidence(confidence, 0.7) == policy.LOW_CONFIDENCE) is fires


def test_human_request():
    assert policy.human_requested(True) == policy.HUMAN_REQUESTED
    assert policy.human_requested(False) is None


@pytest.mark.parametrize(
    ("intents", "fires"),
    [(["order_status"], False), (["damaged_item"], True), (["order_status", "payment_dispute"], True), (["made_up"], True)],
)
def test_tier2_intent_including_unknown_intents(intents, fires):
    assert (policy.tier2_intent(intents) == policy.TIER2_INTENT) is fires


def test_a_reported_tier2_problem_escalates_whatever_intent_was_read():
    assert policy.tier2_intent(["shipping_delay"], ["delivered_not_received"]) == policy.TIER2_INTENT
    assert policy.tier2_intent(["shipping_delay"], []) is None


def test_action_required_only_for_resolutions_the_agent_never_does():
    assert policy.action_required(["reship_or_refund"]) == policy.ACTION_REQUIRED
    assert policy.action_required(["billing_review"]) == policy.ACTION_REQUIRED
    # Cancelling, address changes and small refunds are the agent's own tools now (tools/oms/actions).
    assert policy.action_required(["cancel_order"]) is None
    assert policy.action_required(["issue_refund"]) is None
    assert policy.action_required(["share_tracking"]) is None
    assert policy.action_required([]) is None


def test_oms_unavailable_only_matters_for_order_questions():
    assert policy.oms_unavailable("oms_unavailable", ["order_status"]) == policy.OMS_UNAVAILABLE
    assert policy.oms_unavailable("oms_unavailable", ["return_policy"]) is None
    assert policy.oms_unavailable(None, ["order_status"]) is None


def test_calm_confident_tier1_answer_has_no_reasons():
    assert escalation_reasons(Signals(intents=["order_status"], confidence=0.93, agent_replies=3), DEFAULTS) == []


def test_all_reasons_are_reported_together_in_stable_order():
    signals = Signals(
        intents=["refund_request", "damaged_item"], confidence=0.3, frustrated_now=True, agent_replies=2,
        wants_human=True, refund_amount=120.0, actions_needed=["reship_or_refund"],
    )
    assert escalation_reasons(signals, DEFAULTS) == [
        "human_requested", "frustrated", "tier2_intent", "refund_over_limit", "action_required", "low_confidence",
    ]


def test_thresholds_are_configuration():
    signals = Signals(intents=["order_status"], confidence=0.75, refund_amount=80.0)
    assert escalation_reasons(signals, Thresholds(confidence=0.8, refund_limit=100.0)) == ["low_confidence"]
    assert escalation_reasons(signals, Thresholds(confidence=0.5, refund_limit=60.0)) == ["refund_over_limit"]


def test_decide_route(monkeypatch):
    monkeypatch.delenv(BREAK_SWITCH, raising=False)
    assert decide_route([]) == "answer"
    assert decide_route(["low_confidence"]) == "escalate"


def test_break_switch_forces_a_route(monkeypatch):
    monkeypatch.setenv(BREAK_SWITCH, "answer")
    assert decide_route(["tier2_intent"]) == "answer"


def test_route_after_classify():
    assert route_after_classify({"turn": {"input_problem": "empty"}}) == "answer"
    assert route_after_classify({"turn": {}, "escalated": True}) == "escalate"
    assert route_after_classify({"turn": {}}) == "retrieve"
    assert route_after_classify({"turn": {"small_talk": "closing"}}) == "answer"
    assert route_after_classify({"turn": {"duplicate": True}, "escalated": True}) == "__end__"
    assert route_after_classify({"turn": {"small_talk": "closing"}, "escalated": True}) == "escalate"
    assert route_after_classify({"turn": {"input_problem": "empty"}, "escalated": True}) == "answer"


def test_a_safety_turn_goes_straight_to_a_person():
    safety = [{"category": "self_harm", "cue": "kill myself", "danger": True}]
    assert route_after_classify({"turn": {"safety": safety}}) == "escalate"
    assert route_after_classify({"turn": {"safety": safety, "small_talk": "closing"}}) == "escalate"
    assert route_after_classify({"turn": {"safety": []}}) == "retrieve"


def test_route_after_score_defaults_to_a_person_when_unsure():
    assert route_after_score({"turn": {"route": "answer"}}) == "answer"
    assert route_after_score({"turn": {"route": "escalate"}}) == "escalate"
    assert route_after_score({}) == "escalate"
