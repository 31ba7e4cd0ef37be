"""A message that asks two things of one article: each gets its own sentence.

"How long do I have to return stuff and do I need the tags on?" is one question to the intent model (both are
the return policy's), and the one or two sentences nearest it as a whole answered the first ask only ("You can
return items within 30 days of delivery"). A reply that answers half of what was asked sends the customer back
with the other half. So the asks are told apart (sentences that ask, and "... and do I ...?" inside one), each
read with the back story before the first ask, and the reply quotes the nearest sentence for each.
"""

from __future__ import annotations

import re

from graph.reasoning.offline.coverage import MIN_ASK_WORDS, content_words, is_ask, refers_back

MAX_ASKS = 3  # a longer list of questions is answered as a whole: one sentence each would be a page
# "..., and do I need the tags?", "also is it free?": a second ask inside one sentence
_AND_ASKS = re.compile(r",?\s+(?:and(?:\s+also)?|also|plus|&)\s+(?=(?:do|does|did|can|could|is|are|will|would|should|"
                       r"how|what|when|where|why|which|who)\b)", re.IGNORECASE)


def _stands_alone(ask: str) -> bool:
    """An ask that names what it asks about: not "how long does it take?" (about what was named before it)."""
    words = len(content_words(ask))
    return words >= MIN_ASK_WORDS and not (words <= MIN_ASK_WORDS and refers_back(ask))


def separate_asks(text: str) -> list[str]:
    """The asks of a message, each after the message's back story; the message alone when it asks one thing (or
    more than MAX_ASKS)."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text or "") if s.strip()]
    first = next((i for i, sentence in enumerate(sentences) if is_ask(sentence)), None)
    if first is None:
        return [text]
    story = " ".join(sentences[:first])
    asks: list[str] = []
    for sentence in sentences[first:]:
        if not is_ask(sentence):
            continue  # said between the asks: no ask of its own
        for part in _AND_ASKS.split(sentence):
            if asks and not _stands_alone(part):
                asks[-1] = f"{asks[-1]} {part}"
            else:
                asks.append(part)
    if not 1 < len(asks) <= MAX_ASKS:
        return [text]
    return [f"{story} {ask}".strip() for ask in asks]
