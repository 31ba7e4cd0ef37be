"""Whether the store ships to a country no shipping zone covers ("do you ship to Japan?").

Help centers say where they ship as a list of zones; a country outside them is answered by that list, not by the
nearest rates row: "can you ship to India?" got Australia's rates, "do you deliver to japan" the sentence about
delivering to a workplace, and "¿hacen envíos a México?" the United States' row. So when a question asks whether
the store ships to such a country, the reply is the help center's own sentence naming it when there is one
("Switzerland and Norway are not in the European Union, and we don't ship there"), else its sentence on where the
store ships and that the country is not among them.
"""

from __future__ import annotations

import re

from graph.reasoning import phrases
from graph.reasoning.offline.passages import article_sentences, cite
from graph.reasoning.places import asks_if_we_ship_outside, says_where_we_ship, zones_named
from graph.reasoning.text_norm import fold
from graph.state import PassageRef


def _names(place: str, sentence: str) -> bool:
    name = fold(place).removeprefix("the ")
    return re.search(rf"\b{re.escape(name)}\b", fold(sentence)) is not None


def unserved_place_answer(asked: str, passages: list[PassageRef], language: str) -> tuple[str, str] | None:
    """(the reply's sentences with the article's link, the article's id) when `asked` (the whole question, in English
    or its gloss) asks whether the store ships to a country outside its zones and a passage says where it ships;
    else None."""
    places = asks_if_we_ship_outside(asked)
    if not places:
        return None
    note = phrases.say("article_in_english", language)
    lead = f"{note} " if note else ""
    sentences = [(passage, sentence) for passage in passages
                 for sentence in article_sentences(passage.get("text", ""), passage.get("title") or "")]
    for passage, sentence in sentences:
        if all(_names(place, sentence) for place in places):
            return f"{lead}{sentence}\n{cite(passage, language)}", passage.get("doc_id", "")
    for passage, sentence in sentences:
        # "We ship to the United States, Canada, ...", not "We deliver to the address you choose at checkout"
        if says_where_we_ship(sentence) and zones_named(sentence) and not any(_names(place, sentence) for place in places):
            outside = phrases.say("place_not_served", language, place=", ".join(places))
            return f"{lead}{sentence} {outside}\n{cite(passage, language)}", passage.get("doc_id", "")
    return None
