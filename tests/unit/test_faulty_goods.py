"""Goods that do not work or came apart in use (graph/reasoning/faulty_goods.py): a defect, tier 2."""

from __future__ import annotations

import pytest

from graph.reasoning.faulty_goods import reports_faulty_goods


@pytest.mark.parametrize("text", [
    "The blender I got last week doesn't seem to be working right. Can I send it back?",
    "hey, my new jacket's zipper stopped working after two days, I want to return it",
    "The headphones arrived but they don't work at all",
    "my kettle isn't working properly, I'd like a refund please",
    'the watch I bought stopped working, what can I do?',
    "The lamp won't turn on. It's brand new. I'd like to return it.",
    'Got my boots yesterday and the sole is already coming off',
    'the vacuum stopped charging after a week, can I get it replaced?',
    "the jacket's seam ripped the first time I wore it",
    'my leggings faded after one wash',
    'the strap snapped after two days',
    "the zip is stuck and won't close",
    'Compré una lámpara y no funciona',
    'j ai acheté un casque, il ne marche plus',
    'die Uhr, die ich bestellt habe, funktioniert nicht mehr',
    'comprei um relógio e parou de funcionar',
    'ho comprato una lampada e non si accende',
    "I bought a speaker and it really doesn't work",
    "it's already broken, I only got it on monday",
    'the heel came off on the first wear',
    'zip broke after a day',
    "the lamp won't turn on, can you send me a return label?",
    'after two days the buttons fell off',
    "hi my rain shell isn't waterproof at all, got soaked today",  # fails at what it is sold for
    'the boots leak after ten minutes in the rain',
    "my shell isn't waterproof??",
    'mi chaqueta no es impermeable',
    'meine Jacke ist nicht wasserdicht',
    # a hole or a tear in them, or worn out at once
    "the shirt has a hole in it", "there's a rip in the sleeve of my new hoodie", "my jeans have a tear in the knee",
    "it shrank in the first wash",
    "the colour ran and ruined my other clothes",
    # ...or sent worn by someone before
    "the boots smell like someone already wore them", "the jeans I got look worn, there are marks on the knees",
    "you sent me a used jacket", "the shirt has clearly been worn before",
])
def test_goods_that_do_not_work_or_came_apart_are_a_defect(text):
    assert reports_faulty_goods(text)


@pytest.mark.parametrize("text", [
    "isn't the parka waterproof?",  # asks whether it is
    'the shell is water resistant, not waterproof, right?',
    'Not waterproof enough for hiking in Scotland? Which jacket should I get?',
    'you leaked my email address',  # data, not goods
    "I'd like the grey ones, which are not waterproof, instead",  # a description of goods wanted
    'swap it for a pair that is brown and not waterproof',
    'I want boots that do not leak',
    "the promo code doesn't work",
    "your website isn't working",
    "the tracking link won't open",
    "the app keeps crashing and won't load",
    "Tuesday doesn't work for me",
    'my order stopped moving in transit',
    'the tracking stopped updating',
    "I can't connect to the site",
    "I can't start a return",
    'my order has been stuck in transit for days already',
    "it doesn't work",
    "doesn't work",
    "my card isn't working at checkout",
    "the gift card won't work",
    'will it work with an iphone?',
    'does this jacket work for hiking?',
    'I split the payment, did it work?',
    "my discount didn't work",
    "the size doesn't work for me, can I exchange?",
    "the delivery slot doesn't work for me",
    "I tried resetting it but it didn't work",
    "the return label won't print",
    "the QR code isn't working at the post office",
    "your chat isn't working",
    "Click and collect isn't working",
    'does the jacket have a broken zip policy?',
    'the sizes run small, can I swap?',
    'what if it stops working?',
    'my parcel is stuck at the depot',
    'the sale ended already?',
    "I don't work weekends, can it come saturday?",
    "the number you gave me doesn't work",
    "it's not working, I can't pay",
    "my email isn't working",
    'my jacket zip broke after 8 months, are defects covered?',
    'my netflix isnt working',
    'le casque ne marche plus',
    'the password reset link is broken',
    'your phone line is dead',
    "the discount isn't working at checkout",
    "my voucher won't apply",
    'the filter on your site is broken',
    'the site is down',
    'it says my card is not working',
    "is there a hole in the pocket for headphones?", "I had tears in my eyes when it finally came",
    "there's a hole in your checkout page, it lets me pay twice", "I ran out of time to return it",
    "after a week I ran the numbers and you overcharged me", "does it shrink in the wash?",
    "the sandal started pilling after one wash, refund to my card please",  # the history's refund request
    # goods the customer wore, or a question whether they were
    "the jacket I've already worn twice is great", "can I return shoes I've already worn?",
    "is the jacket worn in the photo?",
])
def test_the_shops_own_things_questions_and_wear_after_months_are_not(text):
    assert not reports_faulty_goods(text)


@pytest.mark.parametrize(("text", "battery"), [
    ("my headphones stopped charging", True), ("my phone won't charge", True), ("it won't hold a charge", True),
    ("the smartwatch battery dies in an hour", True),
    ("you won't charge me for shipping, right?", False),  # someone charged
    ("my card is not charging at checkout", False), ("why did you charge me twice", False),  # money
])
def test_a_battery_that_no_longer_charges_is_a_defect_not_a_disputed_payment(text, battery):
    from graph.reasoning.faulty_goods import read_faulty_goods, reports_goods_not_charging

    assert reports_goods_not_charging(text) is battery
    read = read_faulty_goods({"payment_dispute": 0.8, "damaged_item": 0.15, "out_of_scope": 0.05}, text)
    assert (read["damaged_item"] == pytest.approx(1.0)) is battery
