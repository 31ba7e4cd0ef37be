"""Credit asked for a late delivery (tools/oms/late_delivery.py, refund.check_late_delivery, graph/reasoning/
late_credit.py): who asks for it, what an order earns under the brand's rule, on hand-built orders."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from data.store_policy import TAU_RETAIL
from graph.reasoning.late_credit import read_late_credit
from tools.oms.actions import Proposal, Refusal, propose
from tools.oms.actions.base import ActionPolicy
from tools.oms.late_delivery import asks_credit_for_lateness, late_credit, late_order, lateness

TODAY = date(2026, 11, 30)
POLICY = ActionPolicy(refund_limit=Decimal("50.00"), today=TODAY)


def order(method="express", promised="2026-11-20", delivered="2026-11-23", *, number="NB200001", placed="2026-11-16",
          shipping="14.95", total="102.95", refunds=(), status=None):
    shipment = {"id": "S1", "status": "delivered" if delivered else "in_transit", "shipped_at": "2026-11-17T10:00:00Z",
                "promised_date": promised, "delivered_at": delivered and f"{delivered}T15:00:00Z"}
    payments = [{"id": "P1", "kind": "payment", "method": "card:visa:4242", "amount": total, "status": "succeeded",
                 "created_at": f"{placed}T09:00:00Z"}]
    payments += [{"id": f"R{i}", "kind": "refund", "method": "card:visa:4242", "amount": amount,
                  "status": "succeeded", "created_at": "2026-11-25T10:00:00Z"} for i, amount in enumerate(refunds)]
    return {"id": number, "status": status or ("delivered" if delivered else "in_transit"), "total": total,
            "shipping_cost": shipping, "shipping_method": method, "placed_at": f"{placed}T09:00:00Z",
            "items": [{"line_no": 1, "product_id": "TEE", "product_name": "Trail Tee", "quantity": 1,
                       "unit_price": "88.00", "status": "delivered" if delivered else "shipped", "options": {}}],
            "payments": payments, "shipments": [shipment]}


@pytest.mark.parametrize("text", [
    "any credit for a late order?",
    "my order showed up 5 days late, can I get some kind of credit for that?",
    "I paid for express shipping and it came in standard time. refund the difference?",
    "package arrived a week after the promised date, do I get anything back?",
    "Paid $15 for next day delivery and it took 4 days. I want the shipping refunded",
    "can I get a refund for the late delivery?",
    "do I get compensation when my parcel is delayed?",
    "can I get a refund on the delivery charge? my parcel was 4 days late",
    "I ordered express but it still hasn't come, it was due yesterday. Will you refund the express charge?",
    "my parcel came 5 days late, any chance of a partial refund or something?",
    "I was charged for express shipping but it came standard, can I get the difference back?",
])
def test_credit_asked_because_an_order_came_late(text):
    assert asks_credit_for_lateness(text)


@pytest.mark.parametrize("text", [
    "where is my order? it's late",  # where it is, not money
    "can I get a refund for my last order please",  # money, but no lateness
    "it came late and the jacket doesn't fit, I want a refund",  # goods sent back: the return's refund
    "I returned it late last week, when is my refund coming?",
    "do you offer a discount for students?",
    "what's the latest you ship before christmas?",
    "I paid full price and two days later it's 20% off. Can you refund the difference?",  # a price drop
    "it came late so I don't need it anymore. Refund to my card please, I don't want store credit",
    "I paid extra for express and it turned up late. I need a full money back.",  # the goods' refund
    "if the price drops can I get the difference back?", "it came standard size, can I get the difference back?",
    "the price dropped 3 days after I bought it, can I get the difference back?",  # the price-adjustment rule
])
def test_other_messages_ask_no_late_credit(text):
    assert not asks_credit_for_lateness(text)


def test_lateness_is_read_from_the_orders_own_dates():
    assert lateness(order(promised="2026-11-20", delivered="2026-11-23"), TODAY).days_late == 3
    assert lateness(order(promised="2026-11-20", delivered="2026-11-20"), TODAY) is None  # on the day
    still_out = lateness(order(promised="2026-11-27", delivered=None), TODAY)
    assert still_out.delivered is None and still_out.days_late == 3
    assert lateness(order(promised="2026-12-02", delivered=None), TODAY) is None  # not due yet


def test_an_express_order_past_its_promised_date_earns_its_express_fee_once():
    assert late_credit(order(), TODAY) == Decimal("14.95")
    assert late_credit(order(method="standard"), TODAY) == Decimal("0.00")
    assert late_credit(order(delivered="2026-11-19"), TODAY) == Decimal("0.00")
    assert late_credit(order(refunds=("14.95",)), TODAY) == Decimal("0.00")  # given already


def test_a_late_express_order_gets_its_fee_proposed_with_the_reason():
    result = propose("refund_request", order(), "my express order came 3 days late, refund the shipping?", POLICY)
    assert isinstance(result, Proposal) and not result.needs_person
    assert result.params["amount"] == "14.95" and result.amount == 14.95
    assert "November 23, 2026" in result.summary and "3 days after its promised date" in result.summary
    assert "express shipping fee comes back" in result.summary and "I can refund $14.95" in result.summary


@pytest.mark.parametrize(("kwargs", "code", "words"), [
    ({"method": "standard"}, "standard_late", "a late standard order isn't credited"),
    ({"delivered": "2026-11-19"}, "not_late", "by its promised delivery date"),
    ({"refunds": ("14.95",)}, "shipping_already_refunded", "has already been refunded"),
])
def test_lateness_that_earns_nothing_is_said_from_the_order_and_settles_the_request(kwargs, code, words):
    result = propose("refund_request", order(**kwargs), "it came late, any credit?", POLICY)
    assert isinstance(result, Refusal) and result.code == code and result.settled
    assert words in result.message


def test_an_order_not_shipped_yet_offers_a_cancellation_instead_of_credit():
    waiting = order(delivered=None, promised="2026-12-05", status="processing")
    result = propose("refund_request", waiting, "it's late, can I get a discount?", POLICY)
    assert isinstance(result, Refusal) and result.code == "late_not_shipped" and result.offer == "cancel_order"


def test_a_store_whose_agent_gives_no_refunds_hands_the_credit_to_a_person():
    tau = ActionPolicy(refund_limit=Decimal("50.00"), today=TODAY, store=TAU_RETAIL)
    result = propose("refund_request", order(), "my express order came late, refund the shipping", tau)
    assert isinstance(result, Refusal) and result.code == "late_credit_for_person" and not result.settled


def test_the_request_is_about_the_newest_recent_order_that_came_late():
    on_time = order(number="NB3", placed="2026-11-25", delivered="2026-11-27", promised="2026-11-28")
    late = order(number="NB2", placed="2026-11-10", delivered="2026-11-20", promised="2026-11-15")
    old_late = order(number="NB1", placed="2026-08-01", delivered="2026-08-12", promised="2026-08-06")
    assert late_order([on_time, late, old_late], TODAY)["id"] == "NB2"
    assert late_order([on_time, old_late], TODAY) is None
    express = order(number="NB0", placed="2026-11-05", delivered="2026-11-12", promised="2026-11-10")
    standard = {**late, "shipping_method": "standard"}
    assert late_order([standard, express], TODAY)["id"] == "NB2"
    assert late_order([standard, express], TODAY, "I paid for next day delivery and it came late")["id"] == "NB0"


def test_the_status_readings_of_a_late_credit_request_move_to_the_refund_request():
    probs = {"shipping_delay": 0.5, "order_status": 0.2, "refund_request": 0.1, "complaint": 0.1, "lost_package": 0.1}
    read = read_late_credit(probs, "my order came 5 days late, any credit?")
    assert read["refund_request"] == pytest.approx(0.9) and read["shipping_delay"] == read["complaint"] == 0.0
    assert read["lost_package"] == 0.1  # a lost parcel is a person's to settle
    assert read_late_credit(probs, "my order is 5 days late, where is it?") is probs


def test_nothing_left_to_refund_is_never_a_proposal_of_nothing():
    spent = order(refunds=("102.95",))  # everything paid came back already
    result = propose("refund_request", spent, "my express order came late, refund the shipping", POLICY)
    assert isinstance(result, Refusal) and result.code == "late_credit_for_person"


def test_an_order_not_due_yet_earns_no_credit_yet():
    result = propose("refund_request", order(promised="2026-12-02", delivered=None), "it's late, any credit?", POLICY)
    assert isinstance(result, Refusal) and result.code == "not_late"
    assert "isn't past its promised delivery date yet" in result.message


def test_an_order_still_on_its_way_is_answered_with_its_tracking():
    out = order(method="standard", promised="2026-11-27", delivered=None)
    out["shipments"][0].update(tracking_number="1Z999", tracking_url="https://ups.example/track/1Z999")
    result = propose("refund_request", out, "it's late, any credit?", POLICY)
    assert result.code == "standard_late" and "is still on its way" in result.message
    assert "The tracking number is 1Z999; you can follow it here: https://ups.example/track/1Z999." in result.message


def test_the_difference_for_express_never_given_is_no_discount_code():
    """Read 0.69 as a promo code and handed to a person for low confidence."""
    read = read_late_credit({"promo_code": 0.69, "refund_request": 0.2, "shipping_delay": 0.11},
                            "I was charged for express shipping but it came standard, can I get the difference back?")
    assert read["refund_request"] == pytest.approx(1.0)
