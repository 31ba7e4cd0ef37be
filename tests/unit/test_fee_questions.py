"""What the shop charges for a delivery or a return is no disputed charge (graph/reasoning/fee_questions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.fee_questions import asks_delivery_fee, asks_return_fee, read_fee_question


@pytest.mark.parametrize("text", [
    "do you charge duties?", "will I be charged customs on an order to the UK?", "how much do you charge for express?",
    "how much is shipping to canada and do you charge duties?", "Is there a fee for international delivery?",
    "would I get charged import tax in Germany?", "why is the delivery charge so high?",
    "how come your shipping fees are so expensive?",
])
def test_a_delivery_fee_asked_about(text):
    assert asks_delivery_fee(text) and not asks_return_fee(text)


@pytest.mark.parametrize("text", [
    "do you charge a restocking fee?", "do you guys charge for returns?", "is there a charge for exchanges?",
    "will I be charged for the return label?",
])
def test_a_return_fee_asked_about(text):
    assert asks_return_fee(text) and not asks_delivery_fee(text)


@pytest.mark.parametrize("text", [
    "why did you charge me twice?", "you charged me for shipping again", "i was charged twice, will I be charged "
    "again when it ships?", "I was charged for an order I never authorised", "do you charge my card when I order?",
    "charge my card for express please", "why is the charge on my card so high",
])
def test_a_charge_taken_or_no_fee_named_is_no_fee_question(text):
    assert not asks_delivery_fee(text) and not asks_return_fee(text)


def test_the_payment_readings_move_to_the_fee_article():
    probs = {"payment_dispute": 0.7, "payment_methods": 0.1, "shipping_info": 0.15, "return_policy": 0.05}
    read = read_fee_question(probs, "do you charge duties?")
    assert read["shipping_info"] == pytest.approx(0.95) and read["payment_dispute"] == 0.0
    read = read_fee_question(probs, "do you charge a restocking fee?")
    assert read["return_policy"] == pytest.approx(0.85) and read["payment_methods"] == 0.0
    assert read_fee_question(probs, "why did you charge me twice?") is probs


def test_the_cost_of_sending_goods_back_is_a_returns_question_not_the_delivery_rates():
    """"I'm in the UK, how much does it cost to send something back?" got the UK's delivery rates: the postage asked
    of is a return's (the return policy's label fees)."""
    from graph.reasoning.fee_questions import asks_cost_of_sending_back

    probs = {"shipping_info": 0.55, "return_request": 0.3, "return_policy": 0.15}
    for text in ("I'm in the UK, how much does it cost to send something back?", "do I have to pay to send them back?",
                 "how much does it cost to ship the jacket back?"):
        assert asks_cost_of_sending_back(text), text
        assert read_fee_question(probs, text)["return_policy"] == pytest.approx(0.7), text
    for text in ("can I get my shipping cost back?", "how much is shipping to the UK?",
                 "I'd like to send back the rain shell. And how much is express?"):  # its own sentence asks express
        assert not asks_cost_of_sending_back(text) and read_fee_question(probs, text) is probs, text


@pytest.mark.parametrize("text", ["do I have to pay for the return label?", "ok and do I have to pay for the return label?",
                                  "is the return label free?", "how much does a return label cost?", "are returns free"])
def test_what_a_return_label_costs_is_the_return_policys_question_not_a_return_to_start(text):
    """Read 1.00 as a return to start, the reply refused the customer's latest order for its window."""
    read = read_fee_question({"return_request": 0.95, "shipping_info": 0.05}, text)
    assert read["return_policy"] == pytest.approx(1.0)


@pytest.mark.parametrize(("text", "kept"), [
    ("I want to know if you ship to Canada. Also are returns free?", "shipping_info"),  # another question first
    ("Can I exchange it? Also are returns free?", "exchange"),
    ("I was charged for the return label, why?", "return_request"),  # a charge taken
    ("I need a return label please", "return_request"),  # a label asked for, not its cost
])
def test_a_label_asked_beside_another_request_or_a_charge_taken_keeps_its_reading(text, kept):
    read = read_fee_question({kept: 0.9, "payment_dispute": 0.1}, text)
    assert read[kept] == pytest.approx(0.9)


def test_a_fee_queried_with_no_wait_said_is_no_late_delivery():
    """"why is the delivery charge so high?" read 0.51 disputed payment and 0.40 late delivery: a person's, unsure."""
    probs = {"payment_dispute": 0.51, "shipping_delay": 0.40, "shipping_info": 0.09}
    assert read_fee_question(probs, "why is the delivery charge so high?")["shipping_info"] == pytest.approx(1.0)
    late = read_fee_question(probs, "why is the delivery charge so high when my order is late?")
    assert late["shipping_delay"] == 0.40 and late["shipping_info"] == pytest.approx(0.60)


def test_a_delivery_fee_queried_is_asked_of_the_shipping_articles_as_their_rates():
    """Asked in its own words it found "We don't offer same-day or guaranteed next-day delivery"."""
    from graph.nodes.retrieve import _in_house_words
    from graph.reasoning.fee_questions import DELIVERY_RATES_ASKS, queries_delivery_fee

    assert queries_delivery_fee("@NorthboundHelp why is the delivery charge so high?")
    assert _in_house_words("why is the delivery charge so high?") == DELIVERY_RATES_ASKS
    assert not queries_delivery_fee("do you charge duties?")  # its own words find the duties
    assert not queries_delivery_fee("why is the charge on my card so high")  # no delivery's fee


def test_paying_for_returns_is_what_the_return_label_costs():
    """"why do I have to pay for returns now??" got the return policy's refund sentences."""
    from graph.reasoning.fee_questions import asks_cost_of_return_label
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _request, article_passage
    assert asks_cost_of_return_label("@NorthboundHelp why do I have to pay for returns now??")
    assert not asks_cost_of_return_label("I paid for returns of two items, where's my refund")  # no question
    text = compose(_request("@NorthboundHelp why do I have to pay for returns now??", "return_policy",
                            passages=[article_passage("return-policy")])).text
    assert "Returns are free in the United States and Canada" in text, text
