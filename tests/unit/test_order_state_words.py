"""Where an order stands, in the customer's language, for a list of their orders (phrases.order_state)."""

from __future__ import annotations

from graph.reasoning import phrases
from graph.reasoning.offline.passages import shares_a_word


def test_each_language_names_the_state():
    assert phrases.order_state("in_transit", "en") == "on its way"
    assert phrases.order_state("in_transit", "es") == "en camino"
    assert phrases.order_state("delivered", "de") == "zugestellt"


def test_an_unknown_language_is_english_and_an_unknown_status_has_no_word():
    assert phrases.order_state("cancelled", "nl") == "cancelled"
    assert phrases.order_state("on_the_moon", "en") is None
    assert phrases.order_state(None, "fr") is None


def test_every_kind_of_footwear_is_the_articles_footwear():
    for goods in ("shoes", "trainers", "sandal", "slippers"):
        assert shares_a_word(f"can I return {goods} I tried on?", "Footwear must come in the original box.")
