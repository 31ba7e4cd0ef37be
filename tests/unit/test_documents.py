"""A receipt or an invoice asked for is the order's document (graph/reasoning/documents.py). Every message here is
written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.documents import asks_for_a_document, read_document_request


@pytest.mark.parametrize("text", ["I need a receipt for my company", "can I get a copy of my receipt?",
                                  "please send me an invoice for my last order", "we'd like an invoice please"])
def test_a_document_wanted(text):
    assert asks_for_a_document(text)


@pytest.mark.parametrize("text", ["do I need the receipt to return something?", "I lost the receipt, can I still return it?",
                                  "will I need a receipt?", "where is my order?"])
def test_whether_one_is_needed_or_one_lost_is_no_document_wanted(text):
    assert not asks_for_a_document(text)


def test_the_answerable_readings_move_to_the_orders_status_and_a_persons_keep_their_mass():
    """"I need a receipt for my company" read 0.39 between an order's status and the return policy."""
    probs = {"order_status": 0.39, "return_policy": 0.35, "shipping_info": 0.16, "payment_dispute": 0.1}
    read = read_document_request(probs, "I need a receipt for my company")
    assert read["order_status"] == pytest.approx(0.9) and read["payment_dispute"] == pytest.approx(0.1)
    assert read_document_request(probs, "do I need the receipt?") is probs
