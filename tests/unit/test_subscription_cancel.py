"""Cancelling a subscription, a membership or the emails cancels no order (graph/reasoning/subscription_cancel.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.subscription_cancel import (
    cancels_a_subscription,
    read_subscription_cancel,
    thing_cancelled,
)


@pytest.mark.parametrize("text, thing", [
    ("cancel my subscription please", "subscription"),
    ("how do I cancel my membership?", "membership"),
    ("@AmazonHelp how do I cancel my prime video subscription", "prime video"),
    ("I want to stop the marketing emails", "marketing emails"),
    ("end my free trial", "free trial"),
    # the texts, named as such or by the verb ("stop texting me please" was read as an order's cancellation)
    ("how do I stop the marketing texts?", "marketing texts"), ("stop texting me please", "texts"),
    # unwanted e-mails told rather than cancelled ("I didn't sign up but..." got the password-reset article)
    ("I didn't sign up but I'm getting your emails", "emails"), ("why do you send me so many emails", "emails"),
])
def test_what_a_message_cancels_when_it_is_no_order(text, thing):
    assert thing_cancelled(text) == thing


@pytest.mark.parametrize("text", ["cancel my order please", "cancel my order and the newsletter",
                                  "can you cancel NB109436?", "cancel the jacket", "stop sending me emails",
                                  "stop texting me about my order", "I'm not getting your emails about my order"])
def test_an_order_or_goods_cancelled_is_no_subscription(text):
    assert not cancels_a_subscription(text)


def test_the_order_readings_mass_goes_to_the_account_reading():
    probs = {"cancel_order": 0.96, "account_help": 0.02, "shipping_info": 0.02}
    read = read_subscription_cancel(probs, "cancel my subscription please")
    assert read["cancel_order"] == 0.0 and read["account_help"] == pytest.approx(0.98)
    assert read_subscription_cancel(probs, "cancel my order please") == probs


@pytest.mark.parametrize("text", ["cancelar mi suscripción por favor", "je veux résilier mon abonnement",
                                  "quero cancelar a assinatura"])
def test_a_subscription_cancelled_in_another_of_the_brands_languages(text):
    assert cancels_a_subscription(text)
    assert not cancels_a_subscription("annuler ma commande")
