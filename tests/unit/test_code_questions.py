"""A question about getting a discount code is the promotions' question, not an order's (code_questions.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.code_questions import (
    COMBINED_CODES_QUESTION,
    CURRENT_CODES_QUESTION,
    asks_for_a_discount_code,
    asks_to_combine_codes,
    codes_question,
    programme_asked,
    read_code_question,
)


@pytest.mark.parametrize("text", [
    "is there a code for first orders?",
    "do you have a student discount code",
    "any discount for my first order?",
    "got a discount code for a first order? 👀",  # the opening left out: got the failing codes' reasons
    "whens the next sale lol",  # read as a product question (0.4) and sent to a person
    "is there a discount code for signing up to the newsletter?",
    "¿tienen algún código de descuento?",
    "Gibt es einen Rabattcode?",
    "you got any discount codes?",
    # a sale, an event's deals, a discount for a group
    "any black friday deals still going?", "do you have any sales on right now?", "is anything on sale right now?", "what's on sale?",
    "do you do a student discount?",
])
def test_asking_for_a_discount_code(text):
    assert asks_for_a_discount_code(text)


@pytest.mark.parametrize("text", [
    "my promo code is not working",  # one that fails: the promo reading has it
    "discount code north15 isn't working, can i use two codes?",
    "where is my tracking code",
    "what is the gift card code",
    "the discount code expired yesterday, can you extend it?",
    "where is my first order?",
    "got a discount code for my first order but it doesnt work",
    "I've got a promo code and I want to know when they expire.",  # one the customer has
    "I have a discount code, where do I enter it?",
    "is the parka on sale?",  # a product's price
    "are there any deals on my order?",
])
def test_no_discount_code_asked_for(text):
    assert not asks_for_a_discount_code(text)


def test_the_order_reading_goes_to_the_promotions():
    probs = {"order_status": 0.89, "promo_code": 0.08, "shipping_info": 0.03}
    read = read_code_question(probs, "is there a code for first orders?")
    assert max(read, key=read.get) == "promo_code" and read["order_status"] == 0.0
    assert read_code_question(probs, "where is my first order?") == probs


@pytest.mark.parametrize("text", ["can I use WELCOME10 and FREESHIP together?", "can I stack discount codes?",
                                  "Can I use WELCOME10 and FREESHIP together?",  # two codes: most letters, few words
                                  "Can I use two promo codes?", "can I use both codes"])
def test_codes_asked_to_go_together(text):
    assert asks_to_combine_codes(text)


@pytest.mark.parametrize("text", [
    "I have two codes. Is it expired?",  # two codes had, not used together
    "I'D LIKE 2 KNOW Y MY ORDR IS LATE. HW DO I WASH DA RNNING SHORT TOGETHER?",  # capitals shouted are no codes
    "can I use my gift card and a promo code together?",  # a card and a code: the gift-card article's
    "north15 isn't working, can i use two codes?",  # a code that fails: the failure's question
])
def test_not_codes_asked_to_go_together(text):
    assert not asks_to_combine_codes(text)


def test_a_codes_question_is_asked_in_the_help_centers_words():
    assert codes_question("can I stack discount codes?") == COMBINED_CODES_QUESTION
    assert codes_question("any black friday deals still going?") == CURRENT_CODES_QUESTION
    assert codes_question("my promo code is not working") is None


@pytest.mark.parametrize(("text", "head"), [
    ("do you have a referral program? refer a friend?", "referral"),
    ("how do I join your vip club", "vip"),
    ("do you guys do refer a friend", "refer"),
    ("is there a loyalty programme?", "loyalty"),
])
def test_whether_there_is_a_programme_is_the_promotions_question(text, head):
    """"do you have a referral program? refer a friend?" was read as a complaint and went to a person for "refer"."""
    assert programme_asked(text) == head
    read = read_code_question({"complaint": 0.6, "account_help": 0.3, "promo_code": 0.1}, text)
    assert read["promo_code"] == pytest.approx(1.0)


def test_a_complaint_about_a_programme_is_no_question_whether_there_is_one():
    assert programme_asked("your loyalty program is a scam, my points vanished") is None


def test_a_programme_the_help_center_never_names_is_said_to_be_outside_it():
    """"how do I join your vip club" got the password reset steps ("sign up")."""
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _request, article_passage

    reply = compose(_request("how do I join your vip club", "promo_code",
                             passages=[article_passage("password-reset"), article_passage("promo-codes")])).text
    assert "don't have reliable information" in reply and "Forgot password" not in reply


def test_how_to_use_a_code_gets_where_it_goes_not_why_codes_fail():
    # "how do i use my promo code" got the reasons a code fails (the troubleshooting article came first)
    from graph.reasoning.code_questions import asks_how_to_use_a_code
    from graph.reasoning.offline.drafting import compose
    from tests.unit.test_drafting import _request, article_passage

    assert asks_how_to_use_a_code("how do i use my promo code")
    assert asks_how_to_use_a_code("where do I enter the discount code?")
    assert not asks_how_to_use_a_code("how do I use my promo code, it says expired")  # one that fails
    draft = compose(_request("how do i use my promo code", "promo_code",
                             passages=[article_passage("promo-code-not-working"), article_passage("promo-codes")]))
    assert "'Discount code' box at checkout" in draft.text and "Common reasons" not in draft.text, draft.text


@pytest.mark.parametrize(("text", "discount_code"), [
    # a code of the customer's that fails, its kind unsaid, is a discount code ("my code isn't working" was handed over
    # as nothing of ours, 0.6)
    ("my code isn't working", True), ("the code says invalid", True), ("my code isnt working!!", True),
    ("the discount code didn't apply", True),
    # ...but a code of another kind is named
    ("my tracking code isn't working", False), ("the verification code never came", False),
    ("my gift card code won't work", False), ("the code you sent me to log in doesn't work", False),
    ("the QR code isn't working at the post office", False), ("my zip code is not valid apparently", False),
    # ...or another matter raised beside it, which comes first
    ("I want to return one of the leggings. Also my code NORTH15 didn't work.", False),
])
def test_a_code_that_fails_its_kind_unsaid_is_a_discount_code(text, discount_code):
    from graph.reasoning.code_questions import reports_a_discount_code_failing

    assert reports_a_discount_code_failing(text) is discount_code
    probs = {"out_of_scope": 0.6, "promo_code": 0.33, "order_status": 0.07}
    read = read_code_question(probs, text)
    assert (max(read, key=read.get) == "promo_code") is discount_code
