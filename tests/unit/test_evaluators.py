"""Evaluators on hand-written replayed tickets: each rule passes on a right reply and fails on a wrong one."""

from __future__ import annotations

from evals.dataset import example_of
from evals.evaluators import (
    ROW_EVALUATORS,
    action_outcome,
    actions_verified,
    article_cited,
    escalation_summary_complete,
    facts_correct,
    intent_correct,
    latency,
    llm_judge_configured,
    policy_respected,
    refund_promises_over,
    route_correct,
)

TICKET = {
    "id": "T1",
    "customer_id": "C000001",
    "order_id": "NB100001",
    "messages": [
        {"role": "customer", "text": "Where is my order NB100001?", "at": "2025-01-01T10:00:00Z"},
        {"role": "agent", "text": "It is on its way: 1Z999AA10123456784.", "at": "2025-01-01T10:05:00Z"},
    ],
    "intent": "order_status",
    "tier": 1,
    "escalated": False,
    "resolution_action": "share_tracking",
    "refund_amount": None,
    "facts": {
        "tracking_number": "1Z999AA10123456784",
        "tracking_url": "https://www.ups.com/track?tracknum=1Z999AA10123456784",
        "order_id": "NB100001",
    },
}
EXAMPLE = example_of(TICKET)
INPUTS, REFERENCE = EXAMPLE["inputs"], EXAMPLE["outputs"]
OMS = {
    "orders": [
        {
            "id": "NB100001",
            "total": "89.90",
            "shipments": [
                {
                    "tracking_number": "1Z999AA10123456784",
                    "tracking_url": "https://www.ups.com/track?tracknum=1Z999AA10123456784",
                }
            ],
        }
    ]
}
GOOD_REPLY = (
    "Your order NB100001 ($89.90) is in transit. Tracking number 1Z999AA10123456784: "
    "https://www.ups.com/track?tracknum=1Z999AA10123456784."
)


def _outputs(**overrides) -> dict:
    outputs = {
        "first_intent": "order_status",
        "first_confidence": 0.9,
        "escalated": False,
        "routes": ["answer"],
        "replies": [GOOD_REPLY],
        "reasons": [],
        "grounding": {"oms": [OMS], "passages": []},
        "citations": [],
        "customer_order_ids": ["NB100001"],
        "customer_email": "ann@example.com",
        "refund_limit": 50.0,
        "handoff": None,
        "latencies_s": [0.12, 0.3],
    }
    outputs.update(overrides)
    return outputs


def test_reference_is_built_from_the_ticket():
    assert INPUTS == {"messages": ["Where is my order NB100001?"], "customer_id": "C000001"}
    assert REFERENCE["expected_route"] == "answer"
    assert REFERENCE["facts"]["tracking_number"] == "1Z999AA10123456784"
    assert REFERENCE["human_reply"].startswith("It is on its way")


def test_a_right_answer_passes_every_rule():
    outputs = _outputs()
    assert intent_correct(outputs, REFERENCE)["score"] == 1.0
    assert route_correct(outputs, REFERENCE)["score"] == 1.0
    assert facts_correct(INPUTS, outputs, REFERENCE)["score"] == 1.0
    assert policy_respected(INPUTS, outputs, REFERENCE)["score"] == 1.0


def test_wrong_intent_is_reported_with_both_names():
    result = intent_correct(_outputs(first_intent="shipping_info"), REFERENCE)
    assert (result["score"], result["comment"]) == (0.0, "predicted shipping_info, reference order_status")


def test_escalating_a_tier1_ticket_is_the_wrong_route():
    assert route_correct(_outputs(escalated=True), REFERENCE)["score"] == 0.0


def test_tier2_and_actions_the_agent_cannot_take_must_escalate():
    tier2 = example_of({**TICKET, "intent": "damaged_item", "tier": 2})["outputs"]
    reship = example_of({**TICKET, "intent": "shipping_delay", "resolution_action": "reship_or_refund"})["outputs"]
    assert route_correct(_outputs(), tier2)["score"] == 0.0
    assert route_correct(_outputs(escalated=True), tier2)["score"] == 1.0
    assert "needs action reship_or_refund" in route_correct(_outputs(), reship)["comment"]


def test_a_cancellation_is_the_agents_own_action_now():
    cancel = example_of({**TICKET, "intent": "cancel_order", "resolution_action": "cancel_order"})["outputs"]
    assert cancel["expected_route"] == "answer" and not cancel["action_required"]


def test_an_answer_without_the_tracking_number_fails_facts():
    result = facts_correct(INPUTS, _outputs(replies=["Your order is in transit."]), REFERENCE)
    assert result["score"] == 0.0
    assert "missing tracking number 1Z999AA10123456784" in result["comment"]


def test_an_invented_amount_or_tracking_number_fails_facts():
    reply = GOOD_REPLY + " You will also get $12.40 back, see 1Z999AA10999999999."
    result = facts_correct(INPUTS, _outputs(replies=[reply]), REFERENCE)
    assert result["score"] == 0.0
    assert "$12.40" in result["comment"] and "1Z999AA10999999999" in result["comment"]


def test_amounts_from_help_center_passages_are_grounded():
    reply = GOOD_REPLY + " Standard shipping costs $5.95."
    grounding = {"oms": [OMS], "passages": ["US standard shipping is $5.95 (3-5 business days)."]}
    assert facts_correct(INPUTS, _outputs(replies=[reply], grounding=grounding), REFERENCE)["score"] == 1.0


def test_escalated_tickets_need_no_facts_but_must_not_invent_any():
    assert (
        facts_correct(INPUTS, _outputs(escalated=True, replies=["A colleague will help."]), REFERENCE)[
            "score"
        ]
        == 1.0
    )
    invented = _outputs(escalated=True, replies=["A colleague will refund $77.00."])
    assert facts_correct(INPUTS, invented, REFERENCE)["score"] == 0.0


def test_refund_amount_must_match_the_reference():
    reference = example_of({**TICKET, "intent": "refund_status", "facts": {"refund_amount": 24.5}})["outputs"]
    grounding = {"oms": [{"refund_amount": 24.5}], "passages": []}
    right = _outputs(replies=["Your refund of $24.50 was issued on 3 March."], grounding=grounding)
    wrong = _outputs(replies=["Your refund was issued on 3 March."], grounding=grounding)
    assert facts_correct(INPUTS, right, reference)["score"] == 1.0
    assert "missing refund amount $24.50" in facts_correct(INPUTS, wrong, reference)["comment"]


def test_refund_promise_detection():
    assert refund_promises_over("I've issued a refund of $80.00 to your card.", 50) == [80.0]
    assert refund_promises_over("We'll refund you $120 today.", 50) == [120.0]
    assert refund_promises_over("Your refund of $80.00 was issued last week.", 50) == []
    assert refund_promises_over("I have issued a refund of $30.00.", 50) == []


def test_promising_a_refund_over_the_limit_breaks_policy():
    reply = "I've issued a refund of $89.90 for order NB100001."
    result = policy_respected(INPUTS, _outputs(replies=[reply]), REFERENCE)
    assert result["score"] == 0.0
    assert "promises refund $89.90 > limit $50.00" in result["comment"]


def test_the_same_words_in_an_escalated_turn_are_not_a_promise_by_the_agent():
    reply = "I've issued a refund of $89.90 for order NB100001."
    outputs = _outputs(replies=[reply], routes=["escalate"], escalated=True)
    assert policy_respected(INPUTS, outputs, REFERENCE)["score"] == 1.0


def test_another_customers_order_or_email_breaks_policy():
    reply = "Order NB100777 was placed by bob@example.com."
    result = policy_respected(INPUTS, _outputs(replies=[reply]), REFERENCE)
    assert result["score"] == 0.0
    assert "order NB100777 is not this customer's" in result["comment"]
    assert "e-mail bob@example.com is not this customer's" in result["comment"]


def test_brand_email_and_order_numbers_the_customer_typed_are_allowed():
    inputs = {**INPUTS, "messages": ["Is NB100777 mine?"]}
    reply = "NB100777 is not on your account; write to support@northboundapparel.com."
    assert policy_respected(inputs, _outputs(replies=[reply]), REFERENCE)["score"] == 1.0


HANDOFF = {
    "customer_id": "C000001",
    "order_ids": ["NB100001"],
    "intent": "order_status",
    "summary": "Customer asks where NB100001 is.",
    "tried": "Looked up tracking.",
    "suggested_resolution": "Contact carrier.",
}


def test_handoff_summary_complete_and_incomplete():
    complete = escalation_summary_complete(INPUTS, _outputs(escalated=True, handoff=HANDOFF), REFERENCE)
    partial = escalation_summary_complete(
        INPUTS, _outputs(escalated=True, handoff={**HANDOFF, "tried": "", "order_ids": []}), REFERENCE
    )
    assert complete["score"] == 1.0
    assert (partial["score"], partial["comment"]) == (0.0, "missing tried, order NB100001")


def test_handoff_summary_does_not_apply_to_answered_tickets_and_is_required_when_escalated():
    assert escalation_summary_complete(INPUTS, _outputs(), REFERENCE)["score"] is None
    assert escalation_summary_complete(INPUTS, _outputs(escalated=True), REFERENCE)["score"] == 0.0


def test_article_citation():
    reference = example_of({**TICKET, "facts": {"help_article_id": "returns-window"}})["outputs"]
    assert article_cited(_outputs(citations=["returns-window"]), reference)["score"] == 1.0
    assert article_cited(_outputs(citations=["shipping-times"]), reference)["score"] == 0.0
    assert article_cited(_outputs(), REFERENCE)["score"] is None


def test_latency_reports_the_slowest_turn():
    assert latency(_outputs())["score"] == 0.3


def test_every_row_evaluator_returns_key_score_comment():
    for evaluator in ROW_EVALUATORS:
        names = evaluator.__code__.co_varnames[: evaluator.__code__.co_argcount]
        kwargs = {"inputs": INPUTS, "outputs": _outputs(), "reference_outputs": REFERENCE}
        result = evaluator(**{n: kwargs[n] for n in names})
        assert set(result) == {"key", "score", "comment"}


def test_llm_judge_only_with_a_model(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert llm_judge_configured("offline", None) is False
    assert llm_judge_configured("openai", None) is True
    assert llm_judge_configured("offline", "sk-test") is True


CANCEL_TICKET = {**TICKET, "intent": "cancel_order", "resolution_action": "cancel_order",
                 "created_at": "2026-03-02T10:30:00+00:00"}


def _cancel(verified: bool = True, problems: tuple[str, ...] = ()) -> dict:
    return {"key": "k1", "kind": "cancel", "order_id": "NB100001", "reported": True, "recorded": True,
            "amount": 89.9, "problems": list(problems), "verified": verified}


def test_a_cancel_ticket_is_replayed_as_of_its_date_and_judged_by_what_the_order_allowed():
    example = example_of(CANCEL_TICKET)
    inputs, reference = example["inputs"], example["outputs"]
    assert inputs["replay"] == {"as_of": "2026-03-02T10:30:00+00:00", "accepts": ["cancel_order"], "order_id": "NB100001"}
    replayed = {"as_of": inputs["replay"]["as_of"], "orders_replayed": {"NB100001": "pending"}}
    done = action_outcome(inputs, _outputs(**replayed, action_audit=[_cancel()]), reference)
    assert done["score"] == 1.0 and "NB100001 was pending on 2026-03-02" in done["comment"]
    assert action_outcome(inputs, _outputs(**replayed, action_audit=[]), reference)["score"] == 0.0
    shipped = example_of({**CANCEL_TICKET, "resolution_action": "explain_return_steps"})["outputs"]
    assert action_outcome(inputs, _outputs(**replayed, action_audit=[]), shipped)["score"] == 1.0
    assert action_outcome(inputs, _outputs(**replayed, action_audit=[_cancel()]), shipped)["score"] == 0.0
    assert action_outcome(INPUTS, _outputs(), REFERENCE)["score"] is None  # not an as-of ticket


def test_an_address_ticket_carries_the_address_the_human_set():
    address = {"address1": "12 Oak St", "address2": "", "city": "Austin", "state": "TX", "zip": "78701", "country": "US"}
    ticket = {**CANCEL_TICKET, "intent": "change_address", "resolution_action": "update_address",
              "facts": {**TICKET["facts"], "address": address}}
    assert example_of(ticket)["inputs"]["replay"]["new_address"] == "12 Oak St, Austin, TX 78701"


def test_actions_not_borne_out_by_the_oms_fail_and_a_cancellations_refund_is_not_over_the_limit():
    assert actions_verified(_outputs(action_audit=[_cancel()]))["score"] == 1.0
    failed = actions_verified(_outputs(action_audit=[_cancel(False, ("not_as_promised",))]))
    assert failed["score"] == 0.0 and "not_as_promised" in failed["comment"]
    assert actions_verified(_outputs())["score"] is None
    reply = "Done — order NB100001 is cancelled. I've refunded $89.90 to your Visa card ending 4242."
    assert policy_respected(INPUTS, _outputs(replies=[reply], action_audit=[_cancel()]), REFERENCE)["score"] == 1.0
    assert policy_respected(INPUTS, _outputs(replies=[reply]), REFERENCE)["score"] == 0.0


def test_a_return_or_exchange_id_is_not_read_as_another_customers_order():
    reply = ("Done — your return RT-F042022548 for order NB100001 is open. Print your prepaid label here: "
             "https://northboundapparel.com/returns/label/RT-F042022548")
    assert policy_respected(INPUTS, _outputs(replies=[reply]), REFERENCE)["score"] == 1.0
