"""Everyday synonyms swapped into a finished message: parcel/package/delivery, arrive/come/turn up...

Pools are finite; without this, one verb or noun per intent would be enough to tell the intents apart on
generated text and useless on real text, where people say 'the thing I bought never turned up'.
Only swaps that keep the meaning (and so the intent) are listed.
"""

from __future__ import annotations

import random
import re

SYNONYMS: list[list[str]] = [
    ["package", "parcel", "box", "shipment"],
    ["arrive", "come", "get here", "turn up", "show up"],
    ["arrived", "came", "got here", "turned up", "showed up"],
    ["received", "got", "gotten"],
    ["ordered", "bought", "purchased"],
    ["shipped", "dispatched", "sent out", "posted"],
    ["refund", "money back", "reimbursement"],
    ["item", "product", "thing", "piece"],
    ["broken", "busted", "ruined", "wrecked"],
    ["damaged", "broken", "ruined", "messed up"],
    ["wrong", "incorrect"],
    ["cancel", "stop", "call off"],
    ["website", "site", "app"],
    ["email", "e-mail", "mail"],
    ["thanks", "thank you", "cheers", "ta"],
    ["can you", "could you", "would you be able to", "is it possible to"],
    ["I want", "I'd like", "I need"],
    ["tracking", "tracking info", "tracking page"],
    ["nothing", "zilch", "nada", "no sign of it"],
    ["ridiculous", "absurd", "a joke", "unreal"],
    ["size", "fit"],
]
_INDEX = {word.lower(): group for group in SYNONYMS for word in group}
_PATTERN = re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in _INDEX), key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def vary(rng: random.Random, text: str, rate: float = 0.5) -> str:
    """Replace known words with a synonym, each with probability `rate` (case of the first letter kept)."""
    def sub(match: re.Match) -> str:
        word = match.group(0)
        if rng.random() >= rate:
            return word
        choice = rng.choice(_INDEX[word.lower()])
        return choice[0].upper() + choice[1:] if word[0].isupper() else choice
    return _PATTERN.sub(sub, text)
