"""A request for a person, said the many ways people say it, in four languages; and the sentences that
mention staff, take the request back, or report someone else's attempt, which are not requests."""

from __future__ import annotations

import pytest

from graph.reasoning.human_request import wants_human

REQUESTS = [
    # English: talk to a person
    "is there a real person I can talk to?",
    "I want to speak to a manager",
    "let me talk to a human being",
    "I'd rather deal with an actual person than a chatbot",
    "are you a bot? I need a human",
    "I need to talk to somebody about this",
    "why can't I speak to a person?",
    "I want someone from your team to look at this",
    "ok can someone look into it then", "could somebody check this for me?",
    "representative!",
    "live chat agent please",
    "where can I lodge a complaint",
    "¿me pasas con un agente?",
    "stop with the bot, I want an agent",
    "escalate please",
    "bitte einen Mitarbeiter",
    # English: be put through
    "put me through to an agent",
    "connect me with support",
    "transfer me to customer service please",
    "I'd like to escalate this to a supervisor",
    "get a manager on the line",
    "can I get someone on the phone?",
    # English: be contacted, or a way to reach someone
    "can someone call me please",
    "please contact me",
    "DM me",
    "please send me a DM",
    "can I DM you the details?",
    "have a supervisor contact me asap",
    "can you have someone reach out to me",
    "could a member of your team get in touch with me",
    "please have someone email me about the refund",
    "give me a phone number to call",
    "how do I reach a live person",
    "been on hold for an agent for 40 minutes",
    # English: refusing the bot
    "stop the bot",
    "I don't want to talk to a bot",
    "no I want to speak to a manager",
    # Spanish
    "quiero hablar con una persona de verdad",
    "¿hay alguien con quien pueda hablar?",
    "pásenme con un agente por favor",
    "que alguien me llame por favor",
    "necesito hablar con un supervisor",
    "contáctenme por favor",
    "no quiero hablar con un robot",
    # French
    "je voudrais parler à un humain",
    "est-ce que quelqu'un peut m'appeler ?",
    "passez-moi un responsable",
    "mettez-moi en relation avec un conseiller",
    "contactez-moi svp",
    "je veux un vrai conseiller, pas un robot",
    # German
    "ich möchte mit einem Menschen sprechen",
    "kann mich jemand zurückrufen?",
    "verbinden Sie mich bitte mit einem Mitarbeiter",
    "ich will keinen Bot, ich will eine echte Person",
    "bitte kontaktieren Sie mich",
    "ich möchte Ihren Vorgesetzten sprechen",
    # Portuguese, Italian
    "quero falar com uma pessoa",
    "vorrei parlare con un operatore",
]

NOT_REQUESTS = [
    # negated
    "I don't need a human, just tell me where my order is",
    "no need to call me, email is fine",
    "don't call me, I'm at work all day",
    "I don't want anyone to call me",
    "please don't contact me by phone",
    "no necesito hablar con nadie, solo quiero el reembolso",
    "no me llamen, prefiero escribir por aquí",
    "je n'ai pas besoin de parler à un conseiller, juste le numéro de suivi",
    "pas besoin de m'appeler",
    "ich brauche keinen Rückruf, eine E-Mail reicht",
    "Sie müssen mich nicht anrufen",
    # staff mentioned, or someone else's attempt reported
    "your agent told me it would ship Monday",
    "the manager at the store was lovely",
    "I spoke to someone yesterday and they sorted it",
    "the courier tried to call me but I missed it", "please update my phone number so the courier can call me",
    "the driver could ring me when he gets here",
    "the bot answered my question, thanks",
    "I already talked to a manager, all good now",
    "the agent was really helpful last time",
    "customer service called me back already, thanks",
    "el agente me dijo que llegaría el lunes",
    "votre conseiller m'a dit que c'était remboursé",
    "Ihr Mitarbeiter hat mir gesagt, dass es unterwegs ist",
    "the delivery person left it with my neighbour",
    "my manager ordered this for the office",
    "I contacted the seller and they said to ask you",
    "I had a long chat with your support team last week",
    "after my talk with a rep the parcel showed up",
    # other requests that only look like one
    "my phone number changed, please update it",
    "is the support team open on Sundays?",
    "I'll contact you again if it doesn't arrive",
    "can you email me the invoice?",
    "can someone help me?", "the courier said someone would call me",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_a_request_for_a_person(text):
    assert wants_human(text)


@pytest.mark.parametrize("text", NOT_REQUESTS)
def test_not_a_request_for_a_person(text):
    assert not wants_human(text)


def test_the_lists_cover_the_ways_and_languages_asked_for():
    assert len(REQUESTS) >= 40 and len(NOT_REQUESTS) >= 20


@pytest.mark.parametrize(("text", "asks"), [
    ("are you a real person?", True), ("Are you a bot or a human??", True), ("is this a bot", True),
    ("am I talking to a real person?", True), ("hi, are you AI?", True), ("¿eres un bot?", True),
    ("bist du ein Bot?", True),
    # said, with the question after it ("you're a bot aren't you" got "I can't help with that one")
    ("you're a bot aren't you", True), ("this is a bot, right?", True), ("you are a bot and useless", False),
    ("are you a real person? I need to return my boots", False),  # something else asked too
    ("I want a real person", False), ("are you open on sundays?", False),
])
def test_who_is_answering_is_a_question_not_a_request_for_a_person(text, asks):
    from graph.reasoning.bot_question import asks_who_answers
    from graph.reasoning.human_request import wants_human

    assert asks_who_answers(text) is asks
    if asks:
        assert not wants_human(text)
