"""The customer takes up what the agent offered instead of what they asked for.

"Order NB108645 has already been delivered, so it can't be cancelled any more, but you can return it. Just tell me
you'd like to return it and I'll set that up." A "yes", "sure" or "ok, return it then" after that starts the return
of that order; it got "There's nothing waiting for your confirmation" or the cancellation's refusal again. The
offer is read from the action tool's refusal kept on the last turn (tools/oms/actions: Refusal.offer), never from
what the customer writes; the offered action then goes through its own policy check like any request.
"""

from __future__ import annotations

import re

from graph.reasoning.base import Classification
from graph.state import Question

OFFER_TAKEN = "offer_taken"  # how the conversation changed the reading (Turn.context)
# The actions a refusal may offer in place of the one asked for, and how a customer asks for each by name.
_ASKED_BY_NAME = {
    "return_request": re.compile(r"\b(?:return|send (?:it|them|everything|the \w+) back)\w*\b", re.IGNORECASE),
    "cancel_order": re.compile(r"\bcancel\w*\b", re.IGNORECASE),
}
_DECLINED = re.compile(r"\b(?:no|not|don'?t|never ?mind|instead of)\b", re.IGNORECASE)
_ORDER_NUMBER = re.compile(r"\d{4,}")
MAX_WORDS = 8  # "ok, return it then", "yes please cancel it instead": a longer message is a request of its own


def offered_action(previous_turn: dict) -> str | None:
    """The action the last reply offered in place of the one refused, if it offered one."""
    proposal = previous_turn.get("proposal") or {}
    offer = proposal.get("offer")
    return offer if proposal.get("kind") == "refusal" and offer in _ASKED_BY_NAME else None


def takes_offer(text: str, offer: str, consent: str | None) -> bool:
    """A plain yes to the offer, or a short message asking for the offered action by name and for no other order."""
    if consent == "yes":
        return True
    return (len(text.split()) <= MAX_WORDS and bool(_ASKED_BY_NAME[offer].search(text))
            and not _DECLINED.search(text) and not _ORDER_NUMBER.search(text))


def taken(reading: Classification, offer: str, text: str) -> Classification:
    """The reading of a message that takes up the offer: the offered action, as sure as the agent's own offer."""
    reading.intent, reading.confidence = offer, 1.0
    reading.questions = [Question(text=text, intent=offer, confidence=1.0)]
    return reading
