"""Which sentences of a message ask something (graph/reasoning/offline/engine.reads_as_ask): only those are
read as questions of their own, so a story told in several sentences gets one answer, not one per sentence."""

import numpy as np
import pytest

from graph.reasoning.offline.engine import OfflineReasoner, points_back_only, reads_as_ask
from graph.reasoning.topic import is_bare_opener, names_a_topic


@pytest.mark.parametrize("sentence", [
    "where is my parcel", "Can you check order NB100001", "hi, could you send a new label",
    "and how long does a refund take", "btw do you ship to Canada", "any update on this",
    "I'd like to return the jacket", "please cancel it", "it arrived today?", "let me know when it ships",
])
def test_asks(sentence):
    assert reads_as_ask(sentence)


@pytest.mark.parametrize("sentence", [
    "I can't pick up a parcel if nobody rings the bell to let me know they're here", "It is three days late.",
    "They said it was delivered but it wasn't", "Don't worry about the other one.",
    "The tracking has not moved since Monday", "I could not find the label in the box",
])
def test_tells(sentence):
    assert not reads_as_ask(sentence)


@pytest.mark.parametrize("sentence", [
    "What can I do?", "Where do I go from here?!", "What should we do now?", "Can anyone help me please?",
    "What's next?", "How do I do that?", "So I have an issue with @SomeShop and I need some help.",
    "I have a quick question.", "How long does it take?", "How much will that cost?", "Is this normal?",
    "is there a minimum?", "what's the limit?",
])
def test_an_ask_that_only_points_back_names_no_topic(sentence):
    assert not names_a_topic(sentence)


@pytest.mark.parametrize("sentence", [
    "What can I do so I'm not charged twice?", "Can I return it?", "Is it waterproof?", "When will it arrive?",
    "Is there a number I can call?", "I need some help with my account", "Is there an issue with your website?",
])
def test_an_ask_with_a_subject_names_it(sentence):
    assert names_a_topic(sentence)


class _ScriptedModel:
    """Stands in for the trained intent model: a fixed reading per sentence (this test is about the splitting)."""

    classes = ["damaged_item", "order_status", "payment_methods"]

    def predict_proba(self, texts):
        def row(text):
            if text == "What can I do?":
                return [0.9, 0.05, 0.05]
            if text == "Can I pay with PayPal?":
                return [0.02, 0.03, 0.95]
            return [0.05, 0.9, 0.05]
        return np.array([row(text) for text in texts])


def test_a_sentence_that_only_points_back_is_not_answered_on_its_own():
    engine = OfflineReasoner(_ScriptedModel())
    pointing = engine.classify("The tracking has not moved since Monday on my jacket order. What can I do?", [])
    assert [q["intent"] for q in pointing.questions] == ["order_status"]
    second = engine.classify("The tracking has not moved since Monday on my jacket order. Can I pay with PayPal?", [])
    assert [q["intent"] for q in second.questions] == ["order_status", "payment_methods"]


@pytest.mark.parametrize("text", [
    "Hello?", "hi, I need some help", "Can you help me please", "Good morning! I was wondering if you could assist me.",
    "@shop hi there, quick question", "hola, necesito ayuda", "Bonjour, j'ai une question", "Hallo, ich habe eine Frage",
    "Olá, preciso de ajuda", "Ciao, ho una domanda",
    "???", "@shop ...",  # only asks for attention
    "test", "test?",  # trying the chat out: asked what it is about, not told "I can't help with that"
])
def test_a_message_that_only_greets_or_asks_for_help_is_a_bare_opener(text):
    assert is_bare_opener(text)


@pytest.mark.parametrize("text", [
    "Hi, I need help with an order", "hola, necesito ayuda con mi pedido", "my parcel never came",
    "@shop https://t.co/abc123",  # the substance is in the linked photo or post
    "👍", "12345", "@shop",  # no words at all: not a greeting
    "@shop Any updates?",  # alone, asks after the customer's order
    "the 32 then", "I need it by the 12th",  # a number is content: a size, a date
    "can I test the jacket before buying?",
])
def test_a_message_with_a_subject_or_content_elsewhere_is_not_an_opener(text):
    assert not is_bare_opener(text)


def test_a_short_question_that_only_points_back_is_read_with_the_last_ask():
    assert points_back_only("and how long does it take?") and points_back_only("how much is it?")
    assert points_back_only("and how much?") and not points_back_only("what about express?")  # names express
    assert not points_back_only("when will it arrive?")  # names its own subject
    # a question word with nothing named asks of what came before: "how much?" after "do you ship to canada"
    assert points_back_only("how much") and points_back_only("how long?") and points_back_only("why?")
    assert not points_back_only("how much is express?") and not points_back_only("where is my order?")
    assert not points_back_only("what's your return policy for sale items?")
    # whether it is free or costs anything names no subject of its own: "and is it free?" after the return window
    assert points_back_only("and is it free?") and points_back_only("does it cost anything?")
    assert not points_back_only("is shipping free?")  # names shipping


@pytest.mark.parametrize(("said", "leans"), [
    ("do they run wide?", True), ("can I send one by email?", True), ("is express available there?", True),
    ("is there a discount for first orders?", False),  # "is there" points at nothing
    ("where is it? NB109419", False),  # names its own order
    ("I want to return it", False),  # asks nothing
])
def test_a_short_question_whose_subject_is_a_pronoun_leans_on_the_ask_before_it(said, leans):
    from graph.reasoning.offline.engine import leans_on_before

    assert leans_on_before(said) is leans


@pytest.mark.parametrize(("said", "more"), [
    ("and express?", True), ("what about express?", True), ("and the jackets?", True), ("also returns?", True),
    ("and to the UK?", False),  # names a place of its own
    ("and NB109419?", False),  # names an order
    ("and can I pay with paypal at checkout?", False),  # a question of its own
])
def test_a_word_or_two_more_about_the_last_asks_subject(said, more):
    from graph.reasoning.offline.engine import asks_more_of_the_same

    assert asks_more_of_the_same(said) is more


def test_a_word_or_two_more_of_the_same_thing_is_read_with_the_ask_before_it():
    engine = OfflineReasoner(_ShippingModel("shipping_info"))
    joined = engine.classify("and express?", [("customer", "how long does shipping take to australia?")])
    assert joined.questions[0]["text"] == "how long does shipping take to australia? and express?"


class _ShippingModel:
    """Stands in for the trained intent model: every text reads as a shipping question, or as an order's status."""

    classes = ["shipping_info", "order_status"]

    def __init__(self, intent: str):
        self.row = [0.95, 0.05] if intent == "shipping_info" else [0.05, 0.95]

    def predict_proba(self, texts):
        return np.array([self.row for _ in texts])


def test_a_question_leaning_on_the_ask_before_it_is_read_with_it_when_both_are_about_the_same_thing():
    engine = OfflineReasoner(_ShippingModel("shipping_info"))
    joined = engine.classify("is express available there?", [("customer", "do you ship to australia?")])
    assert joined.questions[0]["text"] == "do you ship to australia? is express available there?"
    assert joined.questions[0]["subject_before"] == "do you ship to australia?"
    # an order's question is about the order the conversation is on, which the lookup keeps: read as it is
    status = OfflineReasoner(_ShippingModel("order_status")).classify(
        "will it get here by monday?", [("customer", "where is my order NB100001?")])
    assert status.questions[0]["text"] == "will it get here by monday?"


@pytest.mark.parametrize("text", ["please advise 😊😊", "Kindly advise.", "please revert asap", "Please revert at the earliest."])
def test_a_closing_request_for_a_reply_names_no_topic(text):
    """"...can i use two codes\n\nplease advise 😊😊" read its "please advise" as a complaint of its own (0.7), and the
    message went to a person."""
    assert not names_a_topic(text)
