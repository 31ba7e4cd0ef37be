"""Sign-offs of several sentences and accounts at risk (graph/reasoning/signals.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from graph.nodes.classify import closes_with_chat
from graph.reasoning.chit_chat import goodbye_with_a_remark
from graph.reasoning.signals import account_at_risk, is_closing, signs_off


@pytest.mark.parametrize("text", [
    "Thank you so much! That's all I needed.",
    "Great, appreciate it! That’s all I needed.",
    "Thank you for your help. That will be all for now. Take care.",
    "no worries", "Perfect, thank you!", "ok thanks bye",
    # what people add on the way out: an interjection, "you too", their own next step
    "Nah, that's everything. Thanks!", "Cheers, same to you!", "No more questions needed, thank you.",
    "Okay, that's all I wanted to know. Thanks a bunch.", "Thanks for sorting that out. That's it for today.",
    "Lovely, thank you! I'll watch out for the parcel.", "Thanks again. If something comes up, I'll get in touch.",
    # ...or what they will try, now the answer is in
    "alright I'll just wait a few more days then, thanks", "Got it, I'll try ordering it online. Thanks so much!",
    "ok great, I'll order it somewhere else then. thanks anyway!", "ok I'll try again later",
    # a tweet drops the "I"; a question let go
    "@NorthboundHelp ok thanks, will wait and see", "OK, never mind then.", "nevermind", "nvm",
    "Thanks, that's all I need.", "ok that's everything I want to know, thanks",
    # a request let go
    "Actually, I changed my mind, I'll keep them.", "ok I'll keep it then, thanks",
    # the answer taken as it is, or the customer's own order to come
    "Ok that's fair.", "fair enough", "that makes sense, thanks", "I see, thanks", "OK I'll order the grey one.",
])
def test_sign_offs_close_the_conversation(text):
    assert is_closing(text)


@pytest.mark.parametrize("text", ["@NorthboundHelp thank you!", "@NorthboundHelp 👍", "@NorthboundHelp @support thanks, bye",
                                  "thanks https://t.co/abc123", "@NorthboundHelp Thank you so much! That's all I needed."])
def test_a_tweet_signs_off_as_its_words_do_whatever_handles_and_links_it_carries(text):
    """A reply tweet opens with the brand's @handle: "@NorthboundHelp thank you!" was read as a bare opener."""
    assert is_closing(text)
    assert not is_closing("@NorthboundHelp thanks, but my order is still missing")
    assert not is_closing("@NorthboundHelp")


@pytest.mark.parametrize("text", ["No.", "nope", "Well.", "Uh, no", "Actually,"])
def test_an_interjection_alone_is_an_answer_not_a_goodbye(text):
    assert not is_closing(text)


@pytest.mark.parametrize("text", [
    "thanks, but where is my order", "Thanks! Can you also check my refund?", "thank you, my order never arrived",
    "Great, thanks! I'd like to go with the bigger one", "thank you for nothing",
    "Nope, I still haven't got it", "Thanks, you too! Also the parcel is late", "I'll check my email but nothing came",
    "I'll wait, but this is ridiculous", "Thanks, I'll try that. what about my refund?",
    "I changed my mind, I want to return it instead", "Actually, I need to change my address.",
    "I'll keep the jacket but return the jeans", "I see the charge twice", "that's fine but where is my refund?",
    "Oh, I see. Could we modify this order then?",  # an acknowledgement leading into a request
])
def test_a_thank_you_with_something_still_asked_is_not_a_sign_off(text):
    assert not is_closing(text)


SURE_AT = 0.7


def _reading(intent, wants_human=False, frustrated=False, confidence=0.95, language="en"):
    return SimpleNamespace(intent=intent, wants_human=wants_human, frustrated=frustrated, confidence=confidence,
                           language=language)


def test_a_goodbye_with_a_pleasantry_closes_when_the_rest_is_not_about_the_store():
    text = "That's all, enjoy your evening! Remember to stretch after sitting all day!"
    assert signs_off(text) and closes_with_chat(_reading("out_of_scope"), "out_of_scope", text, SURE_AT)


def test_a_goodbye_closes_when_the_rest_is_nothing_the_engine_can_place():
    text = "That's all, have a lovely weekend! Don't forget to feed the birds!"
    assert closes_with_chat(_reading("promo_code", confidence=0.3), "promo_code", text, SURE_AT)
    # read surely as a request, the same words are a question after all
    assert not closes_with_chat(_reading("promo_code", confidence=0.9), "promo_code", text, SURE_AT)


@pytest.mark.parametrize("text, reading", [
    ("Thanks. The parcel is still not here.", _reading("shipping_delay")),  # a new problem after the thanks
    ("Thanks for your help! Tell me a joke?", _reading("out_of_scope")),  # asks something
    ("That's all. Get me a person.", _reading("out_of_scope", wants_human=True)),
    ("Thanks for nothing. Useless.", _reading("out_of_scope", frustrated=True)),
    ("Thanks. The parcel is still not here.", _reading("shipping_delay", confidence=0.4)),  # unsure, still a problem
])
def test_a_thank_you_beside_a_problem_or_a_request_is_read_as_usual(text, reading):
    assert not closes_with_chat(reading, reading.intent, text, SURE_AT)


def test_a_goodbye_read_alone_as_out_of_scope_closes_though_the_conversation_reads_its_topic_into_it():
    text = "Cheers, appreciate it. If you ever fancy a good book, let me know haha"
    assert closes_with_chat(_reading("order_status", confidence=0.9), "out_of_scope", text, SURE_AT)


@pytest.mark.parametrize("text", [
    "Perfect, thanks! You've been really helpful. Honestly it's been a rough week with the kids.",
    "Thanks for your help! Off to walk the dog now.",
    "Thank you! You're a star. Hope your shift goes quickly!",
    "Lovely, thank you. Merry Christmas to you and the team!",
    "Thanks a lot! My husband will be thrilled lol",
])
def test_a_goodbye_with_a_remark_about_life_closes_whatever_the_model_reads_in_it(text):
    assert closes_with_chat(_reading("complaint", confidence=0.95), "complaint", text, SURE_AT)


@pytest.mark.parametrize("text", [
    "Thanks. My parcel arrived damaged though.", "Thanks! The jacket I got is the wrong size.",
    "Thank you. I was charged twice.", "Thanks for that. The tracking hasn't moved in 5 days.",
    "Ok thanks. Still no refund on my card.", "Cheers. The boots fell apart after a week.",
    "Thank you. Nothing has arrived yet.", "Thanks. It happened again today.",
    "Thanks. My daughter says the hoodie shrank in the wash.", "Thanks! Oh and my gift card balance shows zero.",
    "Merci. Le colis est arrivé abîmé.",
    "Hello,\n\ni'm in toronto can it go to a locker\n\nThanks so much!!",  # a question without its "?"
])
def test_a_thank_you_beside_anything_of_the_store_is_no_remark(text):
    assert not goodbye_with_a_remark(text)
    assert not closes_with_chat(_reading("complaint", confidence=0.95), "complaint", text, SURE_AT)


@pytest.mark.parametrize("text", [
    "my account was hacked", "Someone changed the password on my account", "my account is locked",
    "still waiting on my account to be unlocked", "I can't confirm my identity to get back in",
    "mi cuenta está bloqueada",
])
def test_accounts_at_risk_go_to_a_person(text):
    assert account_at_risk(text)


@pytest.mark.parametrize("text", ["I forgot my password", "how do I update my account email", "log in problems"])
def test_ordinary_account_questions_are_not_at_risk(text):
    assert not account_at_risk(text)


@pytest.mark.parametrize("text", [
    "Okay, my name is Sam Reyes, and my zip code is 10027.",  # the details asked for, after an "okay"
    "Great, my order number is NB108412", "Sure, it's the one I placed on Monday.",
])
def test_an_acknowledgement_before_what_was_asked_for_is_no_sign_off(text):
    assert not signs_off(text)
    assert not closes_with_chat(_reading("out_of_scope"), "out_of_scope", text, SURE_AT)


@pytest.mark.parametrize("text", ["Okay, thanks!", "ok great", "Perfect, I'll wait then", "Okay, that's all, have a nice day"])
def test_an_acknowledgement_with_the_goodbye_still_signs_off(text):
    assert signs_off(text)


@pytest.mark.parametrize(("text", "language", "closes"), [
    ("gracias, ya me llegó el pedido", "es", True), ("danke, das Paket ist angekommen", "de", True),
    ("merci, le colis est arrivé", "fr", True),
    ("gracias, pero mi pedido no ha llegado", "es", False),  # a problem beside the thanks
])
def test_a_goodbye_in_another_language_is_read_by_its_english_gloss(text, language, closes):
    """"gracias, ya me llegó el pedido" was answered with the newest order's status: the sign-offs are English words."""
    reading = _reading("order_status", confidence=0.74, language=language)
    assert closes_with_chat(reading, "order_status", text, SURE_AT) is closes
