"""A reply to the agent's question continues the topic: "My name is Ana, zip 80273", "I don't have the order
number", "it's the one with the lamp". Read alone such a message has no intent the model can be sure of, so
the turn keeps the previous turn's intent instead of escalating for low confidence or guessing a new one."""

from __future__ import annotations

import re

from graph.reasoning.base import Classification
from graph.state import Question
from tools.oms.actions.change_address import mentions_address

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
# An answer to the agent's question or proposal: it continues the topic whatever words it happens to use.
_AGREEMENT = re.compile(
    r"^\W*(yes|yeah|yep|yup|sure|correct|right|exactly|ok(ay)?|alright|that'?s (right|correct|it)|"
    r"(please )?go ahead|please proceed|proceed|sounds good|that works)\b",
    re.IGNORECASE,
)
# How the money of a return or cancellation comes back is part of that flow, not a new refund request.
_REFUND_ROUTE = re.compile(
    r"\brefund\w*\b[^.?!]{0,40}\b(to|back to|through|via|onto|on) (my|the|a)\b|original payment|"
    r"\b(paypal|credit card|debit card|gift card|store credit)\b",
    re.IGNORECASE,
)
ACTION_FLOWS = {"return_request", "exchange", "cancel_order", "change_address"}


def is_detail_reply(text: str) -> bool:
    """A short message that gives details (identity, an order number, not having one) rather than a new ask."""
    return len(text) <= MAX_DETAIL_CHARS and bool(_DETAIL.search(text) or _NUMBER.fullmatch(text.strip(" .!#")))


def continues_topic(reading: Classification, previous_intent: str, text: str) -> bool:
    """Does this message answer the agent within the previous topic rather than start a new one?"""
    if _AGREEMENT.match(text) and len(text) <= MAX_DETAIL_CHARS:
        return True  # "Yes, please go ahead" answers the agent's question or proposal
    if previous_intent in ACTION_FLOWS and reading.intent == "refund_request" and _REFUND_ROUTE.search(text):
        return True  # "refund it to my card" inside a return or cancellation
    if previous_intent == "change_address" and len(text) <= MAX_DETAIL_CHARS and mentions_address(text):
        return True  # the new address the agent asked for, read alone it looks like nothing in particular
    return reading.confidence < CONFIDENT and is_detail_reply(text)


def continue_previous(reading: Classification, previous_turn: dict, text: str) -> Classification:
    """The reading to use for this turn: the model's own when it is sure or the message asks something new;
    the previous turn's intent when this message only answers the agent (details, a yes, a refund route)."""
    previous_intent = previous_turn.get("intent")
    previous_confidence = float(previous_turn.get("intent_confidence") or 0.0)
    if not previous_intent or previous_confidence < CONFIDENT or not continues_topic(reading, previous_intent, text):
        return reading
    reading.intent, reading.confidence = previous_intent, previous_confidence
    reading.questions = [Question(text=text, intent=previous_intent, confidence=previous_confidence)]
    return reading
