"""The shop's site or app not working is the shop's problem, not an order's or goods' (graph/reasoning/site_trouble.py).
Every message here is written for the test."""

from __future__ import annotations

import pytest

from graph.reasoning.site_trouble import read_site_trouble, says_site_trouble


@pytest.mark.parametrize("text", [
    "the size guide page is broken on mobile", "your app crashes every time I open my basket",
    "ur site keeps crashing when i checkout", "website is down", "the app won't load",
    "I keep getting an error on the checkout page",
    "the website won't let me add anything to my basket", "your app keeps saying error when I open my basket",
    "I'm trying to place an order but the payment page won't load",  # the page a payment is made on
    "hello, the website is super slow today, every page takes forever", "the search isn't showing any results",
    "ur return portal keeps saying my order number is invalid",  # what the page refuses
    "I'm getting an error 500 when trying to pay", "checkout gives me a 502 bad gateway",  # a server's error
    "the checkout kept logging me out", "checkout page keeps freezing",  # the checkout failing as a page does
])
def test_the_site_or_app_not_working(text):
    assert says_site_trouble(text)


@pytest.mark.parametrize("text", [
    "your checkout keeps failing when I press pay",  # a payment: the declined-payment article
    "the website won't let me log in, keeps saying error",  # a sign-in: the reset article
    "the tracking link doesn't work",  # an order's
    "my jacket arrived broken", "the zip is broken",  # goods
    "do you have an app?",
    "is your competitor's app down?",  # not ours
    "is ur checkout broken???",  # where a payment fails: the declined-payment article
    "the site won't let me pay with paypal",  # a payment
    "the payment page says my card was declined", "my order is taking forever",  # an order's wait
])
def test_a_payment_a_sign_in_an_order_or_goods_is_not(text):
    assert not says_site_trouble(text)


def test_the_answerable_readings_and_the_goods_problems_move_to_the_account_reading():
    """"the size guide page is broken on mobile" read as a damaged item at 0.6 and went to a person."""
    probs = {"damaged_item": 0.6, "sizing": 0.2, "account_help": 0.05, "complaint": 0.1, "payment_dispute": 0.05}
    read = read_site_trouble(probs, "the size guide page is broken on mobile")
    assert read["account_help"] == pytest.approx(0.85) and read["damaged_item"] == read["sizing"] == 0.0
    assert read["complaint"] == 0.1 and read["payment_dispute"] == 0.05  # a person's own readings keep their mass
    assert read_site_trouble(probs, "my jacket arrived broken") is probs


@pytest.mark.parametrize(("text", "goes_on"), [
    ("still not working", True), ("same thing on my phone", True), ("that didn't help", True),
    ("ok thanks, it works now", False), ("which page do you mean?", False),
])
def test_the_site_still_failing_is_told(text, goes_on):
    from graph.reasoning.site_trouble import says_trouble_goes_on

    assert says_trouble_goes_on(text) is goes_on
