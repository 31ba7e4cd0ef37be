"""Feedback that asks nothing is thanked or apologised for, never read as a problem a person must decide
(graph/reasoning/feedback.py), and a person praised is praise (chit_chat.praise_only)."""

from __future__ import annotations

import pytest

from graph.reasoning.chit_chat import praise_only
from graph.reasoning.feedback import DISAPPOINTMENT, FEEDBACK_INTENTS, SUGGESTION, feedback_kind


@pytest.mark.parametrize(("text", "kind"), [
    ("not impressed with the quality lately tbh", DISAPPOINTMENT),
    ("bit disappointed with how long everything takes lately", DISAPPOINTMENT),
    ("your packaging is way too much plastic", DISAPPOINTMENT),
    ("the website is so slow today", DISAPPOINTMENT),
    ("honestly the new fits used to be better", DISAPPOINTMENT),
    ("I wish you had more colours in the henley", SUGGESTION),
    ("the models on your site all look the same, more diversity please", SUGGESTION),
    ("you guys should really bring back the olive chinos", SUGGESTION),
    ("would be nice if the joggers were made in tall sizes too", SUGGESTION),
    # as a "maybe" ("maybe use..." read as a damaged item) or "it'd be nice"
    ("maybe use paper tape on the mailers, less plastic", SUGGESTION),
    ("it'd be nice if the chinos were made in olive", SUGGESTION),
    # only the packaging harmed, the goods said to be fine ("box arrived totally crushed but the jacket inside is fine
    # thankfully" was handed over as a damaged item)
    ("the box arrived crushed but the parka inside is fine, luckily", DISAPPOINTMENT),
    ("mailer was ripped open when it came, item ok", DISAPPOINTMENT),
    ("parcel arrived soaked but everything inside was fine", DISAPPOINTMENT),
    # late, come now, and let go ("it arrived a day late but whatever, it's fine" was asked which order it was)
    ("it arrived a day late but whatever, it's fine", DISAPPOINTMENT),
    ("not happy with how long it took but it's here now", DISAPPOINTMENT),
    # ...the goods' state said in a sentence of its own, or with "'s"
    ("the mailer came totally battered. Contents fine though", DISAPPOINTMENT),
    ("the shoebox was squashed but the boot's fine", DISAPPOINTMENT),
    # said to be let go, nothing asked, owed or reported ("no need to do anything, just letting you know..." went to a
    # person as a damaged item)
    ("no need to reply, just letting you know the courier was very rude", DISAPPOINTMENT),
    ("not a huge deal but the driver left the parcel in full view of the street", DISAPPOINTMENT),
    ("for what it's worth the wrapping paper was torn, gift still looked nice", DISAPPOINTMENT),
    # a wish said without its "I", a website said to be harder to use
    ("honestly, just wish there were more colours in the joggers", SUGGESTION),
    ("wish you'd do the hoodie in forest green", SUGGESTION),
    ("the checkout is a lot harder to use since the update", DISAPPOINTMENT),
])
def test_a_disappointment_or_a_suggestion_told_without_a_request_is_feedback(text, kind):
    assert feedback_kind(text) == kind
    assert FEEDBACK_INTENTS[kind] == ("complaint" if kind == DISAPPOINTMENT else "out_of_scope")


@pytest.mark.parametrize("text", [
    "really disappointed, I waited in all day for this parcel",  # something happened to an order
    "not impressed, the zip broke on the first wear",  # a faulty item: a person's
    "disappointed with my order, can I return it?",  # asks for something
    "so disappointed #disappointed my refund still isn't here",
    "I wish you would answer my emails, this is my 3rd message",  # a failed contact, with a number
    "not impressed. I want to make a complaint",
    "disappointed with the jacket, I got the wrong size",
    "estoy decepcionado con la calidad",  # the words are English
    "is the henley coming back in more colours?",  # a question
    "very disappointing, the fleece is sold out again",  # the stock: the help center's to answer
    "the fabric started pilling after one wash, really disappointed",  # a defect: a person's
    "really disappointed with my new boots",  # goods of the customer's own
    "I wish the box was here already",  # a parcel awaited
    "maybe try a different courier, mine was late",  # a late parcel of the customer's
    # the goods harmed too, or something asked beside the packaging
    "the box was crushed and the jacket inside is damaged", "the box was crushed, the lamp is broken",
    "the box was soaked but the shirt is fine, can I get a discount?", "the box is damaged, is the item ok to use?",
    # what the customer is sent, asked to stop: "please stop emailing me" was thanked for the suggestion
    "please stop emailing me", "pls stop sending me texts", "please stop calling me",
    # late and still awaited, or something asked of it
    "my order is late but whatever", "it came late but can I get a refund on shipping?",
    "it was late, but where is the second parcel?",
    # let go, but with something wrong, missing or asked beside it, or goods that do not fit
    "no big deal but you sent me the wrong colour", "fyi my parcel never came", "fyi the joggers are too short",
    "just letting you know the zip broke on day one", "not a big deal, can I change the size though?",
    # a greeting is no wish for the store
    "wish you a merry christmas!", "I wish to return my order",
    # a fault of the site told as feedback: the site's ways past it answer
    "just some feedback: the checkout kept logging me out",
])
def test_a_report_a_request_or_a_question_is_not(text):
    assert feedback_kind(text) is None


def test_a_person_praised_is_praise_and_this_kind_of_thing_is_not():
    assert praise_only("just wanted to say the delivery guy was really nice today")
    assert praise_only("shoutout to your colleague, so helpful")
    assert not praise_only("i ordered early to avoid this kind of thing and is the material itchy Thank you.")
