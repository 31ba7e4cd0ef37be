"""Turn phrasing fragments into one customer message, then rough it up like real people type.

Kept separate from tickets.py: that module decides *what happened*; this one only decides *how it
was written*, so the wording can be made harder without touching any fact.
"""

from __future__ import annotations

import random
import re

from data.generator import phrasing as W

_SLOT = re.compile(r"\{(\w+)\}")


def order_ref(rng: random.Random, order_id: str) -> str:
    """The order number the way a customer writes it (#NB104233, nb 104233, order 104233...)."""
    digits = order_id[len("NB"):]
    return rng.choice(W.ORDER_REFS).format(o=order_id, n=digits, lo=order_id.lower())


def fill(template: str, slots: dict[str, str]) -> str:
    """Fill {slots}; a missing order number becomes 'my order' (customers often leave it out)."""
    def sub(match: re.Match) -> str:
        key = match.group(1)
        if key == "order" and not slots.get("order"):
            return "my order"
        return str(slots.get(key, match.group(0)))
    return _SLOT.sub(sub, template)


def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for i in rng.sample(candidates, k=min(len(candidates), rng.randint(1, 3))):
        w = words[i]
        j = rng.randrange(1, len(w) - 1)
        kind = rng.randrange(3)
        if kind == 0:  # swap two letters
            w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == 1:  # drop one
            w = w[:j] + w[j + 1:]
        else:  # double one
            w = w[:j] + w[j] + w[j:]
        words[i] = w
    return " ".join(words)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


def compose(rng: random.Random, intent: str, slots: dict[str, str], *, angry: bool, secondary: str | None,
            channel: str, language: str, variant: str = "") -> str:
    """One customer message for `intent` (and optionally a second question about `secondary`)."""
    if language != "en":
        text = fill(rng.choice(W.TRANSLATED[language][intent]), slots)
        return text.lower() if rng.random() < 0.2 else text
    pools = W.INTENT_PHRASES[intent]
    short = rng.random() < (0.45 if channel == "social" else 0.13)
    if short:
        text = fill(rng.choice(pools["short"]), slots)
        if angry and rng.random() < 0.5:
            text += " " + rng.choice(W.MOODS)
        if secondary and secondary in W.SECONDARY_ASKS:
            text += " " + fill(rng.choice(W.SECONDARY_ASKS[secondary]), slots)
    else:
        parts = [fill(rng.choice(pools.get(f"situation:{variant}", pools["situation"])), slots)]
        if rng.random() < 0.5:
            parts.append(fill(rng.choice(pools["detail"]), slots))
        if angry:
            parts.insert(rng.choice([0, len(parts)]), rng.choice(W.MOODS))
        asks = rng.sample(pools["ask"], k=2 if rng.random() < 0.2 else 1)  # some ask twice, in other words
        parts.extend(fill(ask, slots) for ask in asks)
        if secondary and secondary in W.SECONDARY_ASKS:
            parts.append(fill(rng.choice(W.SECONDARY_ASKS[secondary]), slots))
        if rng.random() < 0.16:  # run-on: no sentence breaks at all
            body = rng.choice([" ", ", ", " and ", " so "]).join(p.rstrip(".?!").lower() for p in parts)
        else:
            body = " ".join(_sentence(p) for p in parts)
        opener = fill(rng.choice(W.OPENERS), slots)
        closer = fill(rng.choice(W.CLOSERS), slots)
        sep = "\n\n" if channel in ("email", "contact_form") and rng.random() < 0.6 else " "
        text = sep.join(p for p in (opener, body, closer) if p)
    if channel == "social" and rng.random() < 0.5:
        text = rng.choice(["@NorthboundCo ", "@northbound_apparel ", ".@NorthboundCo "]) + text
    if rng.random() < 0.18:
        text = _typo(rng, text)
    if rng.random() < 0.22:
        text = text.lower()
    elif angry and rng.random() < 0.12:
        text = text.upper()
    if rng.random() < 0.12 or (angry and rng.random() < 0.2):
        text = text.rstrip() + " " + rng.choice(W.EMOJI)
    if rng.random() < 0.1:
        text = text.rstrip(".!")
    return text
