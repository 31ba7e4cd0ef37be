"""An earlier contact that got nowhere, told as a story (attempt, then what came of it), in six languages; and
the sentences that mention a contact without a failure, or someone else's attempt, which are not."""

from __future__ import annotations

import pytest

from graph.policy import FRUSTRATED, frustrated_after_exchanges
from graph.reasoning.earlier_contacts import reports_failed_contact
from graph.reasoning.frustration import is_frustrated, reports_earlier_failures

FAILED_CONTACTS = [
    "I tried calling but nobody picked up",
    "tried phoning three times, can't get through",
    "I rang your helpline and was on hold for an hour before it cut off",
    "I called yesterday and the line just went dead",
    "emailed you last week and still haven't heard anything",
    "I sent a message through the contact form days ago, nothing",
    "I've been on hold for 45 minutes",
    "your chat keeps disconnecting me before I get an answer",
    "spent two hours on the phone with your team yesterday and it's still not fixed",
    "I was promised a call back on Monday and nobody called",
    "the agent I spoke to said it would be sorted in 48 hours, it hasn't been",
    "I was told last week my refund was processed, still nothing",
    "messaged you on Facebook too but no reply",
    "your phone line is always busy",
    "I was hung up on",
    "the last person I spoke to promised to escalate it and nothing happened",
    "he llamado y nadie contesta",
    "les escribí hace una semana y no me respondieron",
    "j'ai appelé plusieurs fois sans réponse",
    "j'ai déjà envoyé un mail la semaine dernière, rien",
    "ich habe schon angerufen aber niemand geht ran",
    "ich habe letzte Woche eine E-Mail geschickt und keine Antwort bekommen",
    "já liguei e ninguém atende",
    "ho già scritto la settimana scorsa ma nessuno mi ha risposto",
    # the story in a sentence of its own, after one about something else
    "The app says it was collected, it wasn't. Tried phoning but couldn't get through.",
    "My parcel is missing. Called twice, nobody answered.",
    # a contact promised to the customer that never came
    "you promised to call me back and never did", "someone was supposed to call me back yesterday and nobody did",
    "you said you would email me and I heard nothing",
]

NOT_FAILED_CONTACTS = [
    "the courier tried calling me but I was at work",
    "can you call me back when it ships?",
    "I emailed you my order number, it's NB104233",
    "I spoke to my bank and they said the payment went through",
    "my phone died so I missed the driver's call",
    "I called the shop and they said it's in stock",
    "I was told by a friend that you ship to Canada",
    "I sent the return last week, has it arrived?",
    "I'll call you tomorrow",
    "I got your email, thanks",
    "still nothing from the courier, where is my parcel?",
    # a promise that is not a contact, or a courier's
    "you promised free shipping and never did", "they said they would call me tomorrow",
    "the courier was supposed to call me and never did",
]


@pytest.mark.parametrize("text", FAILED_CONTACTS)
def test_a_failed_earlier_contact(text):
    assert reports_failed_contact(text)
    assert reports_earlier_failures(text)


@pytest.mark.parametrize("text", NOT_FAILED_CONTACTS)
def test_not_a_failed_earlier_contact(text):
    assert not reports_failed_contact(text)


def test_a_calm_story_of_a_failed_call_is_not_frustration_by_itself():
    """It puts a frustrated message past the two exchanges; it does not make a calm one frustrated."""
    calm = "I tried calling but the line was busy. Where is my order NB104233?"
    assert reports_earlier_failures(calm)
    assert not is_frustrated(calm)
    assert frustrated_after_exchanges(frustrated_now=False, agent_replies=0, after=2,
                              repeated_contact=reports_earlier_failures(calm)) is None


def test_a_frustrated_first_message_with_a_failed_contact_is_past_the_two_exchanges():
    angry = "This is ridiculous. I emailed you last week and still haven't heard anything."
    assert is_frustrated(angry)
    assert frustrated_after_exchanges(frustrated_now=True, agent_replies=0, after=2,
                              repeated_contact=reports_earlier_failures(angry)) == FRUSTRATED
