"""The real-messages figures on six hand-built rows whose every figure is worked out below by hand."""

from __future__ import annotations

import pytest

from evals.real import metrics as m


def turn(
    route="answer",
    intent=None,
    reasons=(),
    frustrated=False,
    wants_human=False,
    reply_language="en",
    confidence=0.8,
    latency_s=1.0,
):
    return {
        "text": "t",
        "reply": "r",
        "route": route,
        "intent": intent,
        "reasons": list(reasons),
        "frustrated": frustrated,
        "wants_human": wants_human,
        "reply_language": reply_language,
        "confidence": confidence,
        "latency_s": latency_s,
    }


def row(rid, source, intent, tier, expected, reason, turns, frustrated=False, language="en", error=None):
    return {
        "id": rid,
        "source": source,
        "error": error,
        "turns": turns,
        "label": {
            "intent": intent,
            "tier": tier,
            "expected_route": expected,
            "escalate_reason": reason,
            "frustrated": frustrated,
            "language": language,
        },
    }


# A: right. B: tier 2 answered with the wrong intent. C: a human request, escalated. D: tier 1 escalated for
# low confidence, right intent. E: frustrated first message, answered first then escalated on turn 2.
# F: not_support answered as out_of_scope, in English to a Spanish writer. A's first turn is flagged
# frustrated although its label is not (a false positive).
A = row("A", "tw", "order_status", 1, "answer", None, [turn(intent="order_status", frustrated=True)])
B = row(
    "B",
    "tw",
    "damaged_or_wrong_item",
    2,
    "escalate",
    "complex_issue",
    [turn(intent="product_info", confidence=0.9)],
)
C = row(
    "C",
    "tw",
    "human_request",
    2,
    "escalate",
    "human_request",
    [turn("escalate", "complaint", ["human_requested"], wants_human=True)],
)
D = row(
    "D", "tau", "return_policy", 1, "answer", None, [turn("escalate", "return_policy", ["low_confidence"])]
)
E = row(
    "E",
    "tau",
    "refund_status",
    2,
    "escalate",
    "frustration",
    [turn(intent="refund_status", frustrated=True), turn("escalate", "refund_status", ["frustrated"])],
    frustrated=True,
)
F = row("F", "tau", "not_support", 1, "answer", None, [turn(intent="out_of_scope")], language="es")
ROWS = [A, B, C, D, E, F]


def test_conversation_view_figures():
    figs = m.figures(ROWS, "conversation")
    assert figs["rows"] == 6 and figs["tier1_rows"] == 3 and figs["tier2_rows"] == 3 and figs["errors"] == 0
    assert figs["routing_accuracy"] == pytest.approx(4 / 6)  # B and D wrong
    assert figs["tier2_answered"] == pytest.approx(1 / 3)  # B
    assert figs["tier1_escalated"] == pytest.approx(1 / 3)  # D
    assert figs["intent_accuracy"] == pytest.approx(5 / 6)  # only B wrong
    assert figs["frustration_recall"] == 1.0  # E
    assert figs["frustration_precision"] == pytest.approx(1 / 2)  # A and E flagged, E labelled
    assert figs["human_request_rows"] == 1 and figs["human_request_recall"] == 1.0
    assert figs["safety_rows"] == 0 and figs["safety_recall"] is None
    assert figs["language_rows"] == 6 and figs["language_accuracy"] == pytest.approx(5 / 6)
    assert figs["non_en_rows"] == 1 and figs["language_accuracy_non_en"] == 0.0


def test_first_message_view_only_reads_the_first_turn():
    figs = m.figures(ROWS, "first_message")
    assert figs["routing_accuracy"] == pytest.approx(3 / 6)  # E now answered too
    assert figs["tier2_answered"] == pytest.approx(2 / 3)  # B and E
    assert figs["tier1_escalated"] == pytest.approx(1 / 3)
    assert figs["intent_accuracy"] == pytest.approx(5 / 6)


def test_without_frustrated_first_drops_only_rows_labelled_for_frustration():
    summary = m.summarise(ROWS)
    without = summary["without_frustrated_first"]
    assert without["excluded_rows"] == 1  # E
    assert without["conversation"]["rows"] == 5
    assert without["conversation"]["routing_accuracy"] == pytest.approx(3 / 5)
    assert without["conversation"]["tier2_answered"] == pytest.approx(1 / 2)
    assert without["first_message"]["tier2_answered"] == pytest.approx(1 / 2)


def test_per_source_confusion_reasons_and_latency():
    summary = m.summarise(ROWS)
    assert {s: f["rows"] for s, f in summary["per_source"].items()} == {"tau": 3, "tw": 3}
    assert summary["per_source"]["tw"]["routing_accuracy"] == pytest.approx(2 / 3)  # B wrong
    assert summary["per_source"]["tau"]["routing_accuracy"] == pytest.approx(2 / 3)  # D wrong
    assert summary["confusion"] == {
        "damaged_or_wrong_item": {"product_info": 1},
        "human_request": {"human_request": 1},
        "not_support": {"not_support": 1},
        "order_status": {"order_status": 1},
        "refund_status": {"refund_status": 1},
        "return_policy": {"return_policy": 1},
    }
    assert summary["escalation_reasons"]["conversation"] == {
        "human_requested": 1,
        "low_confidence": 1,
        "frustrated": 1,
    }
    assert summary["escalation_reasons"]["first_message"] == {"human_requested": 1, "low_confidence": 1}
    assert summary["multi_turn_rows"] == 1
    assert summary["latency"]["turns"] == 7 and summary["latency"]["p50_s"] == 1.0


def test_failures_put_tier2_answered_first_then_tier1_escalated():
    worst = m.failures(ROWS)
    assert [(w["kind"], w["record"]["id"]) for w in worst] == [
        ("tier2_answered", "B"),
        ("tier1_escalated", "D"),
    ]


def test_an_errored_row_counts_as_a_miss_and_leads_the_failures():
    broken = row("G", "tw", "order_status", 1, "answer", None, [], error="ConnectError: refused")
    figs = m.figures([A, broken], "conversation")
    assert figs["errors"] == 1
    assert figs["routing_accuracy"] == 0.5 and figs["intent_accuracy"] == 0.5
    assert m.failures([A, broken])[0]["kind"] == "error"
    assert m.predicted_label(broken, "conversation") == "(error)"


def test_human_request_needs_the_signal_and_an_escalation():
    escalated_without_signal = row(
        "H",
        "tw",
        "human_request",
        2,
        "escalate",
        "human_request",
        [turn("escalate", "complaint", ["tier2_intent"])],
    )
    signal_but_answered = row(
        "I",
        "tw",
        "human_request",
        2,
        "escalate",
        "human_request",
        [turn("answer", "complaint", [], wants_human=True)],
    )
    assert not m.intent_correct(escalated_without_signal, "conversation")
    assert not m.intent_correct(signal_but_answered, "conversation")
    assert m.figures([escalated_without_signal, signal_but_answered, C], "conversation")[
        "human_request_recall"
    ] == (pytest.approx(1 / 3))


def test_not_support_is_right_when_answered_or_predicted_out_of_scope():
    answered_other_intent = row("J", "tw", "not_support", 1, "answer", None, [turn(intent="order_status")])
    escalated_out_of_scope = row(
        "K", "tw", "not_support", 1, "answer", None, [turn("escalate", "out_of_scope", ["low_confidence"])]
    )
    escalated_other = row(
        "L", "tw", "not_support", 1, "answer", None, [turn("escalate", "complaint", ["tier2_intent"])]
    )
    assert m.intent_correct(answered_other_intent, "conversation")
    assert m.intent_correct(escalated_out_of_scope, "conversation")
    assert not m.intent_correct(escalated_other, "conversation")
    assert m.predicted_label(escalated_other, "conversation") == "complaint_other"


def test_mapping_follows_the_dataset_readme():
    assert "lost_package" in m.accepted_intents("order_status", 2)
    assert "lost_package" not in m.accepted_intents("order_status", 1)
    assert m.accepted_intents("return_request", 1) == {"return_request", "exchange"}
    assert m.accepted_intents("discount_or_payment_method", 1) == {"promo_code", "payment_methods"}
    assert m.PROJECT_TO_LABEL["sizing"] == "product_sizing"
    assert m.PROJECT_TO_LABEL["lost_package"] == "shipping_delay"
    assert m.PROJECT_TO_LABEL["out_of_scope"] == "not_support"
    assert m.accepted_intents("human_request", 2) == frozenset()


def test_every_label_maps_onto_project_intents_that_exist():
    from graph.intents import INTENTS

    for label, intents in m.LABEL_INTENTS.items():
        assert intents and intents <= set(INTENTS), label


def test_safety_recall_needs_the_safety_reason():
    with_reason = row(
        "S1", "tw", "complaint_other", 2, "escalate", "safety", [turn("escalate", "complaint", ["safety"])]
    )
    other_reason = row(
        "S2",
        "tw",
        "complaint_other",
        2,
        "escalate",
        "safety",
        [turn("escalate", "complaint", ["tier2_intent"])],
    )
    figs = m.figures([with_reason, other_reason, A], "conversation")
    assert figs["safety_rows"] == 2 and figs["safety_recall"] == 0.5


def test_the_intent_models_own_probability_is_calibrated_apart_from_the_capped_route_confidence():
    # a tier-2 intent read right at 0.9: nothing is drafted for it, so the policy's confidence is 0
    capped = turn(intent="damaged_item", confidence=0.0)
    capped["intent_confidence"] = 0.9
    records = [row("X", "tw", "damaged_or_wrong_item", 2, "escalate", "complex_issue", [capped])]
    route_view = m.calibration(records)
    model_view = m.calibration(records, key="intent_confidence")
    assert route_view["bins"] == [{"bin": "0.0-0.2", "rows": 1, "mean_confidence": 0.0, "accuracy": 1.0}]
    assert model_view["bins"] == [{"bin": "0.8-1.0", "rows": 1, "mean_confidence": 0.9, "accuracy": 1.0}]
    assert model_view["ece"] == pytest.approx(0.1)
