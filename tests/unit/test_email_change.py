"""An email address to change is the account's, not a delivery address (graph/reasoning/email_change.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.email_change import changes_email_not_address


@pytest.mark.parametrize("text", [
    "Can I change the email address on my order? I made a typo",
    "I entered the wrong email when I ordered",
    "there's a typo in my email on order NB123456",
    "please update my e-mail to jo99@example.com",
])
def test_a_change_of_email_is_read_as_such(text):
    assert changes_email_not_address(text)


@pytest.mark.parametrize("text", [
    "I need to change the shipping address on my order, my email is jo@example.com",
    "wrong apartment number on my order",
    "I moved, please update my address. Email me if there's a problem",
    "change the address to 12 Oak Street",
    "where is my order? I got no email",
])
def test_a_delivery_address_or_no_change_is_not(text):
    assert not changes_email_not_address(text)


def test_the_reading_moves_from_a_delivery_address_to_the_account():
    from graph.reasoning.email_change import read_email_change

    probs = {"change_address": 0.8, "account_help": 0.1, "order_status": 0.1}
    moved = read_email_change(probs, "Can I change the email address on my order? I made a typo")
    assert moved == {"account_help": 0.9, "order_status": 0.1}
    assert read_email_change(probs, "please change the shipping address on my order") == probs


def test_a_wrong_email_is_not_a_wrong_item():
    from graph.reasoning.email_change import read_email_change

    probs = {"wrong_item": 0.6, "change_address": 0.1, "account_help": 0.2, "order_status": 0.1}
    moved = read_email_change(probs, "I put the wrong email on my order")
    assert max(moved, key=moved.get) == "account_help" and "wrong_item" not in moved
    kept = read_email_change(probs, "I got the wrong item, can you email me a label?")
    assert kept["wrong_item"] == 0.6  # the goods are wrong here: the email is only how to reach them


def test_a_change_of_email_is_no_edit_of_the_order_unless_a_cancellation_is_asked():
    from graph.reasoning.email_change import read_email_change

    probs = {"cancel_order": 0.9, "account_help": 0.1}
    moved = read_email_change(probs, "Is it possible to change the email on my order? I made a typo")
    assert moved == {"account_help": pytest.approx(1.0)}
    kept = read_email_change(probs, "I used the wrong email, please cancel my order")
    assert kept["cancel_order"] == 0.9
