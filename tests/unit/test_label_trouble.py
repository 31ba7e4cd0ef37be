"""Trouble with a return label the customer has, told apart from a return or a label asked for
(graph/reasoning/label_trouble.py)."""

from __future__ import annotations

import pytest

from graph.reasoning.glossary import english_reading
from graph.reasoning.label_trouble import tells_of_label_trouble


@pytest.mark.parametrize("text", [
    "my return label isn't working, the post office won't accept it", "the return label you sent me has expired",
    "I never got the return label email", "how do I print the return label? I don't have a printer",
    "the QR code for my return won't scan at the drop off", "I lost my return label", "UPS refused to take my return label",
])
def test_a_label_the_customer_has_that_does_not_work_is_trouble_with_it(text):
    assert tells_of_label_trouble(text)


@pytest.mark.parametrize("text", [
    "can you email me a label?", "Is there a prepaid label? I'm in US.",  # asking for one: a return to start
    "I want to return the jeans, can you send a label?",  # a return asked for in so many words
    "the label says XXL but it's clearly not", "the house number on the label is wrong",  # not a return label
    "it's been showing \"Label created\" for two days", "the care label was wrong, it shrank",
])
def test_asking_for_a_label_or_another_label_is_not(text):
    assert not tells_of_label_trouble(text)


@pytest.mark.parametrize("text, language", [
    ("la etiqueta de devolución ha caducado, ¿qué hago?", "es"), ("l'étiquette de retour a expiré", "fr"),
    ("das Rücksendeetikett ist abgelaufen", "de"), ("a etiqueta de devolução expirou", "pt"),
    ("l'etichetta di reso è scaduta", "it"),
])
def test_trouble_with_a_label_is_read_in_the_brands_languages_by_their_gloss(text, language):
    assert tells_of_label_trouble(english_reading(text, language))


def test_how_long_a_label_lasts_is_asked_of_the_label_not_a_return_to_start():
    """"how long is the return label valid for" proposed a return on the newest order."""
    from graph.reasoning.label_trouble import asks_how_long_a_label_lasts

    for text in ("how long is the return label valid for", "@NorthboundCo does the label expire?",
                 "is my return label still valid?"):
        assert asks_how_long_a_label_lasts(text), text
    for text in ("how long do I have to return something?", "can you send me a return label?",
                 "how long does a refund take?"):
        assert not asks_how_long_a_label_lasts(text), text
