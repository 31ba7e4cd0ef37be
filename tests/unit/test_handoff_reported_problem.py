"""A handoff names the problem the message reports in so many words, whichever intent the model read: a
parcel marked delivered but never received needs a carrier claim even when the model read a delay."""

from __future__ import annotations

from graph.reasoning.base import Classification, DraftRequest
from graph.reasoning.offline.handoff import brief

TEXT = "Order NB100001 was already late and now the tracking says delivered but I never got it"


def _brief(intent: str):
    reading = Classification(intent=intent, confidence=0.6, questions=[], entities={}, frustrated=False,
                             wants_human=False)
    order = {"id": "NB100001", "status": "delivered", "total": "42.00"}
    return brief(DraftRequest(text=TEXT, classification=reading, oms={"orders": [order]}), ["low_confidence"])


def test_a_tier_1_reading_of_a_reported_loss_says_what_was_reported_and_suggests_the_claim():
    handed = _brief("shipping_delay")
    assert "Reported: delivered not received." in handed.summary
    assert handed.suggested_resolution == (
        "Open a carrier claim for NB100001; reship or refund ($42.00) per the lost-parcel policy.")


def test_a_lost_parcel_reading_suggests_the_claim_from_the_intent_itself():
    handed = _brief("lost_package")
    assert "intent lost_package" in handed.summary and "Reported:" not in handed.summary
    assert handed.suggested_resolution.startswith("Open a carrier claim for NB100001")


def test_an_order_the_agent_picked_is_said_to_be_a_guess_beside_the_latest_orders():
    """A damaged crewneck named with a typo was handed over "about order NB2", the latest delivered one, as if the
    customer had named it; the crewneck was in NB3."""
    reading = Classification(intent="damaged_item", confidence=0.6, questions=[], entities={}, frustrated=False,
                             wants_human=False)
    picked = {"id": "NB2", "status": "delivered", "total": "106.00"}
    recent = [{"id": "NB1", "status": "in_transit"}, {"id": "NB2", "status": "delivered"},
              {"id": "NB3", "status": "delivered"}]
    guessed = brief(DraftRequest(text="crewncek sweaer ripped already", classification=reading,
                                 oms={"orders": [picked], "recent_orders": recent}), ["tier2_intent"])
    assert "about order NB2 (delivered, total $106.00; our best guess, no order named; latest orders: NB1 in_transit, " \
           "NB3 delivered)" in guessed.summary, guessed.summary
    named = brief(DraftRequest(text="the sweater from NB2 ripped", classification=Classification(
        intent="damaged_item", confidence=0.6, questions=[], entities={"order_numbers": ["NB2"]}, frustrated=False,
        wants_human=False), oms={"orders": [picked], "recent_orders": recent}), ["tier2_intent"])
    assert "about order NB2 (delivered, total $106.00):" in named.summary and "best guess" not in named.summary


def test_the_handoff_lists_the_latest_orders_after_a_guessed_one():
    from graph.nodes.handoff_context import orders_for_handoff

    oms = {"orders": [{"id": "NB2"}], "recent_orders": [{"id": "NB1"}, {"id": "NB2"}, {"id": "NB3"}]}
    assert orders_for_handoff(oms, None, guessed=True) == ["NB2", "NB1", "NB3"]
    assert orders_for_handoff(oms, None) == ["NB2"]  # named by the customer: that one
