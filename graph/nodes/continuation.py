"""A reply to the agent's question continues the topic: "My name is Ana, zip 80273", "I don't have the order
number", "it's the one with the lamp". Read alone such a message has no intent the model can be sure of, so
the turn keeps the previous turn's intent instead of escalating for low confidence or guessing a new one."""

from __future__ import annotations

import re

from graph.reasoning.base import Classification
from graph.state import Question

CONFIDENT = 0.7
MAX_DETAIL_CHARS = 240
_DETAIL = re.compile(
    r"\b(my (name|first name|last name|email|e-mail|zip|zip code|postcode|post code|address|user ?name|user id)|"
    r"zip( code)?|post ?code|e-?mail (address )?is|i live in|"
    r"(order|item|product)( id| number| no\.?)?( is|:)|don'?t have (the|my|an|that)? ?(order|item)|"
    r"(can'?t|cannot|don'?t) (remember|recall|find)|not sure (which|what)|i'?m not sure|"
    r"it'?s actually|my mistake|i made a mistake|i forgot|sorry,? (i|it)|the one (with|that|from)|"
    r"that'?s (right|correct)|yes,? (that'?s|it'?s|correct)|correct\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"#?\b[A-Z]{0,3}\d{5,}\b", re.IGNORECASE)


def is_detail_reply(text: str) -> bool:
    """A short message that gives details (identity, an order number, not having one) rather than a new ask."""
    return len(text) <= MAX_DETAIL_CHARS and bool(_DETAIL.search(text) or _NUMBER.fullmatch(text.strip(" .!#")))


def continue_previous(reading: Classification, previous_turn: dict, text: str) -> Classification:
    """The reading to use for this turn: the model's own when it is sure or the message asks something new;
    the previous turn's intent when this message only answers the agent with details."""
    previous_intent = previous_turn.get("intent")
    previous_confidence = float(previous_turn.get("intent_confidence") or 0.0)
    if (
        reading.confidence >= CONFIDENT
        or not previous_intent
        or previous_confidence < CONFIDENT
        or not is_detail_reply(text)
    ):
        return reading
    reading.intent, reading.confidence = previous_intent, previous_confidence
    reading.questions = [Question(text=text, intent=previous_intent, confidence=previous_confidence)]
    return reading
