"""An order action named as a noun is read with its verb too (graph/reasoning/offline/action_verbs.py). Every message is
written for the test."""

from __future__ import annotations

from graph.reasoning.offline.action_verbs import with_action_verbs


def test_the_action_named_as_a_noun_is_said_with_its_verb():
    assert with_action_verbs("Great, then please process the removal of the sandals.") == (
        "Great, then please process remove the sandals.")
    assert with_action_verbs("Let's proceed with the modification of my order.") == (
        "Let's proceed with modify my order.")
    assert with_action_verbs("please confirm the cancellation of the hat") == "please confirm cancel the hat"


def test_a_message_naming_no_action_so_is_left_as_it_is():
    # ...nor the nouns the history asks with ("a refund for", "the return of")
    for text in ("please remove the sandals from my order", "what's the return window?", "a refund for the mug please",
                 "can you arrange the return of the boots?"):
        assert with_action_verbs(text) == text
