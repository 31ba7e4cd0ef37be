"""A country no shipping zone covers is answered by where the store ships (graph/reasoning/offline/unserved_place.py,
graph/reasoning/places.py). Every message here is written for the test."""

from __future__ import annotations

from data.generator.help_center import build_articles
from graph.reasoning.offline.unserved_place import unserved_place_answer
from graph.reasoning.places import asks_if_we_ship_outside, places_outside_zones, with_zones


def _article(article_id: str) -> dict:
    article = next(a for a in build_articles() if a.id == article_id)
    return {"doc_id": article.id, "title": article.title, "text": article.body, "source": "help_center",
            "url": article.url, "metadata": {"question": 0, "similarity": 0.6}}


def test_countries_outside_every_zone_are_named_as_a_reply_names_them():
    assert places_outside_zones("do you deliver to Japan or south korea?") == ["Japan", "South Korea"]
    assert places_outside_zones("¿Hacen envíos a México?") == ["Mexico"]
    assert places_outside_zones("shipping to New Mexico?") == []  # a US state, read first
    assert places_outside_zones("do you ship to ireland?") == []  # the European Union's
    assert with_zones("ship to japan?") == "ship to japan? (where we ship)"


def test_only_a_question_whether_the_store_ships_there_asks_it():
    assert asks_if_we_ship_outside("can you ship to India? how much would it cost") == ["India"]
    assert asks_if_we_ship_outside("hacen shipping to mexico ?") == ["Mexico"]  # a gloss of another language
    assert asks_if_we_ship_outside("I'm in Japan for work, where is my order?") == []


def test_the_help_centers_sentence_on_the_country_answers_else_where_it_ships_and_that_it_is_not_among_them():
    overview, eu = _article("shipping-overview"), _article("shipping-eu")
    text, cited = unserved_place_answer("do you ship to switzerland?", [overview, eu], "en")
    assert "Switzerland and Norway are not in the European Union, and we don't ship there." in text
    assert cited == "shipping-eu"
    text, cited = unserved_place_answer("can you ship to India? how much would it cost", [overview, eu], "en")
    assert text.startswith("We ship to the United States, Canada") and "We don't ship to India at the moment." in text
    assert "$" not in text and cited == "shipping-overview"
    spanish, _ = unserved_place_answer("hacen shipping to mexico ?", [overview], "es")
    assert "Por ahora no hacemos envíos a Mexico." in spanish


def test_no_sentence_on_where_the_store_ships_is_no_answer_of_this_kind():
    delivery = _article("delivery-instructions")  # "We deliver to the address you choose" names no zone
    assert unserved_place_answer("do you deliver to japan", [delivery], "en") is None
    assert unserved_place_answer("how much is shipping to canada", [_article("shipping-overview")], "en") is None
