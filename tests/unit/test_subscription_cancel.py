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
    # ...and the e-mails by the verb ("please stop emailing me" was thanked for a suggestion)
    ("Please stop emailing me", "emails"), ("stop spamming me!!", "emails"),
    # unwanted e-mails told rather than cancelled ("I didn't sign up but..." got the password-reset article)
    ("I didn't sign up but I'm getting your emails", "emails"), ("why do you send me so many emails", "emails"),
    # ...or posted, or texted
    ("@NorthboundHelp you keep sending me catalogues I never asked for", "catalogues"),
    ("stop sending me texts", "texts"),
    ("@SpotifyCares how do I cancel my premium", "premium"),  # a paid tier named by itself
])
def test_what_a_message_cancels_when_it_is_no_order(text, thing):
    assert thing_cancelled(text) == thing


@pytest.mark.parametrize("text", ["cancel my order please", "cancel my order and the newsletter",
                                  "can you cancel NB109436?", "cancel the jacket", "stop sending me emails",
                                  "stop texting me about my order", "I'm not getting your emails about my order",
                                  "cancel my premium jacket order"])
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


def test_mail_or_texts_not_wanted_move_every_answerable_reading_to_the_account():
    """"you keep sending me catalogues I never asked for" read 0.47 account, 0.13 out of scope, 0.09 shipping: a person's."""
    from graph.reasoning.subscription_cancel import sends_unwanted
    probs = {"account_help": 0.47, "out_of_scope": 0.13, "shipping_info": 0.09, "wrong_item": 0.06, "complaint": 0.25}
    read = read_subscription_cancel(probs, "you keep sending me catalogues I never asked for")
    assert read["account_help"] == pytest.approx(0.69) and read["complaint"] == 0.25
    assert not sends_unwanted("stop sending me emails about my order")


def test_a_way_to_stop_texts_is_never_the_scam_articles_forwarding():
    """"stop sending me texts" got "Forward the suspicious email or text to us and delete it"."""
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _request, article_passage
    text = compose(_request("stop sending me texts", "account_help",
                            passages=[article_passage("suspicious-messages")])).text
    assert "Forward" not in text and "don't have reliable information" in text
    emails = compose(_request("I want to stop the marketing emails", "account_help",
                              passages=[article_passage("newsletter-preferences")])).text
    assert "unsubscribe link" in emails
