"""Only a plain yes executes a proposed order action; a plain no drops it; anything else is a new message."""

from __future__ import annotations

import pytest

from graph.consent import read_consent


@pytest.mark.parametrize("text", ["yes", "Yes please!", "go ahead", "confirm", "Yes, go ahead. Thanks!",
                                  "sí, adelante", "claro", "oui, allez-y", "je confirme", "ja, bitte", "einverstanden"])
def test_plain_yes_in_four_languages(text):
    assert read_consent(text) == "yes"


@pytest.mark.parametrize("text", ["no", "No thanks", "never mind", "I changed my mind", "mejor no", "non merci",
                                  "nein", "lieber nicht"])
def test_plain_no_in_four_languages(text):
    assert read_consent(text) == "no"


@pytest.mark.parametrize("text", [
    "yes but send it to my office instead",  # a condition: not the action that was proposed
    "yes?",  # a question
    "what is your return window",
    "No, I want to return it instead",  # a change of mind with a new request: answered as a new message
    "yes yes yes yes yes yes yes yes yes yes yes yes yes",  # too long to be a plain answer
    "ok", "perfect, thanks", "👍", "sounds good",  # acknowledgements, not an explicit yes
    "",
])
def test_anything_else_is_not_consent(text):
    assert read_consent(text) is None


@pytest.mark.parametrize("text", ["Yes, that's what I want.", "yes, sounds good", "Yes, that sounds perfect. Thank you!",
                                  "Yes, that's correct. Please go ahead with the change. Thank you!"])
def test_an_explicit_yes_may_be_followed_by_an_acknowledgement(text):
    assert read_consent(text) == "yes"


@pytest.mark.parametrize("text", ["that's what I want", "sounds perfect, thank you", "great, let's do it"])
def test_the_acknowledgement_alone_is_still_no_answer(text):
    assert read_consent(text) is None


@pytest.mark.parametrize(("text", "answer"), [("ok yes go ahead", "yes"), ("alright, yes please", "yes"),
                                              ("great, do it", "yes"), ("ok no, leave it", "no"), ("okay", None),
                                              # ...and a "then" after it ("ok go ahead then" was proposed again)
                                              ("ok go ahead then", "yes"), ("ok then", None),
                                              ("Yes, that's right, please go ahead.", "yes")])
def test_an_acknowledgement_may_come_before_an_explicit_answer(text, answer):
    assert read_consent(text) == answer


def test_a_yes_that_only_confirms_a_fact_wants_nothing_done():
    from graph.consent import confirms_a_fact

    for text in ("yes, that's right", "Yes, that is correct.", "correct", "that's right thanks"):
        assert confirms_a_fact(text), text
    for text in ("yes", "yes please", "go ahead", "yes that's right, please go ahead"):
        assert not confirms_a_fact(text), text


def test_the_word_cancel_alone_asks_for_a_cancellation():
    """"cancel please" with nothing waiting got "There's nothing waiting for your confirmation": read as a no, it is a
    cancellation asked for. With an action waiting it is still the no (read_consent)."""
    from graph.consent import asks_to_cancel

    for text in ("cancel please", "Cancel it.", "ok cancel", "cancel that"):
        assert read_consent(text) == "no" and asks_to_cancel(text), text
    for text in ("no", "never mind, cancel", "annule", "stop"):
        assert not asks_to_cancel(text), text


@pytest.mark.parametrize("text", ["yes start it", "Yes, please process the return", "ok yes, go ahead and start the return",
                                  "yes do it now"])
def test_a_yes_that_names_doing_the_proposed_action_is_a_yes(text):
    assert read_consent(text, "start_return") == "yes"
    # with nothing proposed it asks for the action ("Yes, please proceed with the exchange. Thank you!" is no goodbye)
    assert read_consent(text) is None


def test_a_yes_that_names_one_action_confirms_that_action_only():
    assert read_consent("yes cancel it please", "cancel_order") == "yes"
    assert read_consent("yes, return them", "start_return") == "yes"
    assert read_consent("yes cancel it please", "start_return") is None  # a new request, not this proposal
    assert read_consent("yes cancel it please") is None
    assert read_consent("yes start it but send the label to my office") is None
