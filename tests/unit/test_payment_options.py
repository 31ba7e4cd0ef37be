"""A way to pay named in a question (graph/reasoning/payment_options.py): read as a payment question, and a way
the help center's list leaves out is one the shop does not take."""

from __future__ import annotations

import pytest

from graph.reasoning.payment_options import (
    INSTALMENTS_QUESTION,
    asks_about_a_way_to_pay,
    instalments_question,
    lists_ways_to_pay,
    named_payment_method,
    payment_methods_in,
    read_payment_option,
)


@pytest.mark.parametrize(("text", "name"), [
    ("can i pay with afterpay?", "Afterpay"),
    ("do you guys take cash app", "Cash App"),
    ("is cash on delivery possible?", "cash on delivery"),
    ("can I pay in bitcoin", "cryptocurrency"),
    ("¿puedo pagar con bizum?", "Bizum"),
    ("Kann ich per Überweisung bezahlen?", "bank transfer"),
    ("do you take afterpay and venmo?", "Venmo"),  # the last named: a follow-up read with the ask before it
])
def test_a_way_to_pay_is_named_by_its_name(text, name):
    assert named_payment_method(text) == name


@pytest.mark.parametrize("text", [
    "what's the zip code for returns?",  # a zip code, not Zip
    "the wire on my headphones broke",  # a cable, not a wire transfer
    "my ideal jacket would be a bit longer",  # nothing about paying
    "can I pay with paypal?",  # a way every list names: nothing to refuse
])
def test_no_way_to_pay_is_named(text):
    assert named_payment_method(text) is None


def test_a_question_asks_and_a_report_tells():
    assert asks_about_a_way_to_pay("do you take venmo")
    assert asks_about_a_way_to_pay("is cash on delivery possible")
    assert not asks_about_a_way_to_pay("I paid with venmo last week and still no order")


def test_the_list_of_ways_accepted_is_told_from_a_sentence_naming_two():
    assert lists_ways_to_pay("Accepted: Visa, Mastercard, American Express and Discover cards; PayPal; Apple Pay")
    assert lists_ways_to_pay("We take credit card, PayPal and gift card.")
    assert not lists_ways_to_pay("Gift cards cannot be bought with another gift card or a credit card.")
    assert payment_methods_in("We accept Visa, Afterpay and Zelle") == ["Afterpay", "Zelle"]


def test_a_question_about_a_way_to_pay_is_not_read_as_goods():
    probs = {"product_info": 0.6, "payment_methods": 0.3, "shipping_info": 0.1}
    read = read_payment_option(probs, "do you take venmo")
    assert max(read, key=read.get) == "payment_methods" and read["product_info"] == 0.0
    assert read_payment_option(probs, "is the fleece warm?") == probs


def test_spanish_cash_on_delivery_is_no_refund():
    probs = {"refund_status": 0.8, "payment_methods": 0.2}
    read = read_payment_option(probs, "¿Aceptan pago contra reembolso?")
    assert max(read, key=read.get) == "payment_methods"
    assert read_payment_option(probs, "can I get my refund on venmo?") == probs  # a refund asked for stays one


@pytest.mark.parametrize("text", [
    "is it possible to pay in installments",  # the US spelling: no word shared with "instalments"
    "@NorthboundHelp can i pay later?",
    "do you offer a payment plan?",
    "can I split the payment into 4?",
])
def test_paying_in_parts_is_asked_in_the_help_centers_words_and_answered_by_its_article(text):
    from graph.reasoning.offline.drafting import compose
    from graph.reasoning.payment_options import INSTALMENTS_QUESTION, instalments_question
    from tests.unit.test_drafting import _request, article_passage

    assert instalments_question(text) == INSTALMENTS_QUESTION
    # the payment article first, as the intent's history puts it: its declined-card sentences are no answer
    passages = [article_passage("payment-methods"), article_passage("klarna-instalments")]
    draft = compose(_request(text, "payment_methods", passages=passages))
    assert "4 interest-free payments" in draft.text and "klarna-instalments" in draft.text, draft.text
    assert "declined" not in draft.text


@pytest.mark.parametrize("text", [
    "my klarna installment failed",  # told, not asked: a problem with a payment
    "can I pay with paypal?",
    "I'll pay later today, is the item reserved?",
    "can I split the payment between two cards?",  # two cards at once, not instalments
])
def test_other_payment_messages_are_no_question_of_paying_in_parts(text):
    from graph.reasoning.payment_options import instalments_question

    assert instalments_question(text) is None


@pytest.mark.parametrize("text", ["what's the minimum for klarna?", "how many payments with klarna?",
                                  "can I use klarna for a $20 order?"])
def test_a_term_of_paying_in_parts_with_the_service_named_is_an_instalments_question(text):
    """"what's the minimum for klarna?" was read as a size question for "minimum" ("Which item is it for?")."""
    assert instalments_question(text) == INSTALMENTS_QUESTION
    read = read_payment_option({"sizing": 0.9, "payment_methods": 0.1}, text)
    assert read["payment_methods"] == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["my klarna payment failed", "is there a max with afterpay?", "I paid with klarna"])
def test_a_problem_a_statement_or_a_service_to_check_first_is_not(text):
    """Afterpay is first a way to pay the shop may not take (drafting's way-to-pay check), not Klarna's terms."""
    assert instalments_question(text) is None
