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


def test_a_document_that_did_not_come_with_the_goods_is_wanted_and_no_goods_are_missing():
    # "there was no invoice in my parcel" was read as goods missing from it (0.4) and handed over
    for text in ("there was no invoice in my parcel", "the receipt wasn't included in the box",
                 "I didn't get an invoice with my order"):
        assert asks_for_a_document(text), text
    read = read_document_request({"wrong_item": 0.4, "order_status": 0.3, "return_policy": 0.3},
                                 "there was no invoice in my parcel")
    assert read["order_status"] == pytest.approx(1.0) and read["wrong_item"] == 0
    # a goods problem beside a document wanted keeps its reading
    kept = read_document_request({"wrong_item": 0.4, "order_status": 0.6}, "please send me an invoice for my order")
    assert kept["wrong_item"] == 0.4
