"""The audit of order actions against the OMS (evals/action_audit.judge): pure, no network."""

from __future__ import annotations

import copy

from evals.action_audit import judge, summarise_actions

CANCEL = {"action": "cancel", "order_id": "NB1", "order_status": "cancelled", "idempotency_key": "k-cancel",
          "refunds": [{"payment_id": "RF-1", "method": "card:visa:4242", "amount": "49.99"}]}
REFUND = {"action": "refund", "order_id": "NB2", "order_status": "delivered", "idempotency_key": "k-refund",
          "refunds": [{"payment_id": "RF-2", "method": "paypal", "amount": "20.00"}]}
ORDERS = {
    "NB1": {"id": "NB1", "status": "cancelled", "paid_total": "49.99", "refunded_total": "49.99", "items": [],
            "payments": [{"id": "P1", "kind": "payment", "amount": "49.99"},
                         {"id": "RF-1", "kind": "refund", "amount": "49.99"}]},
    "NB2": {"id": "NB2", "status": "delivered", "paid_total": "80.00", "refunded_total": "20.00", "items": [],
            "payments": [{"id": "P2", "kind": "payment", "amount": "80.00"},
                         {"id": "RF-2", "kind": "refund", "amount": "20.00"}]},
}


def row(action: dict, customer: str = "C1") -> dict:
    return {"idempotency_key": action["idempotency_key"], "customer_id": customer, "order_id": action["order_id"],
            "action": action["action"], "response": action}


def problems(reported, recorded, orders=ORDERS, limit=50.0) -> dict[str, list[str]]:
    return {v["key"]: v["problems"] for v in judge("C1", reported, recorded, orders, limit)}


def test_actions_reported_recorded_and_in_effect_are_verified():
    verdicts = judge("C1", [CANCEL, REFUND], [row(CANCEL), row(REFUND)], ORDERS, 50.0)
    assert [(v["kind"], v["verified"]) for v in verdicts] == [("cancel", True), ("refund", True)]
    summary = summarise_actions(verdicts)
    assert summary["actions_taken"] == 2 and summary["actions_verified"] == 2
    assert summary["actions_by_kind"]["cancel"] == 1 and summary["refunded_by_agent"] == 20.0


def test_a_claim_the_oms_never_recorded_is_flagged():
    assert problems([CANCEL], []) == {"k-cancel": ["not_in_oms"]}


def test_an_action_the_customer_was_never_told_about_is_flagged():
    assert problems([], [row(CANCEL)]) == {"k-cancel": ["unreported"]}


def test_a_tampered_order_is_not_as_promised():
    tampered = copy.deepcopy(ORDERS)
    tampered["NB1"]["status"] = "pending"
    assert problems([CANCEL], [row(CANCEL)], tampered) == {"k-cancel": ["not_as_promised"]}
    missing_refund = copy.deepcopy(ORDERS)
    missing_refund["NB2"]["payments"] = missing_refund["NB2"]["payments"][:1]
    assert problems([REFUND], [row(REFUND)], missing_refund) == {"k-refund": ["not_as_promised"]}


def test_a_second_action_of_one_kind_on_one_order_is_a_duplicate():
    again = {**REFUND, "idempotency_key": "k-refund-2", "refunds": [{**REFUND["refunds"][0], "payment_id": "RF-3"}]}
    orders = copy.deepcopy(ORDERS)
    orders["NB2"]["payments"].append({"id": "RF-3", "kind": "refund", "amount": "20.00"})
    found = problems([REFUND, again], [row(REFUND), row(again)], orders)
    assert found == {"k-refund": ["duplicate"], "k-refund-2": ["duplicate"]}


def test_a_refund_over_the_limit_and_another_customers_order_are_flagged():
    big = {**REFUND, "refunds": [{**REFUND["refunds"][0], "amount": "50.01"}]}
    orders = copy.deepcopy(ORDERS)
    orders["NB2"]["payments"][1]["amount"] = "50.01"
    assert "over_limit" in problems([big], [row(big)], orders)["k-refund"]
    assert problems([CANCEL], [row(CANCEL, customer="C2")], {"NB1": None}) == {"k-cancel": ["other_customer"]}
