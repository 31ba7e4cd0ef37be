"""Turn phrasing fragments into one customer message, in the register of its channel, then rough it up.

Kept separate from tickets.py: that module decides *what happened*; this one only decides *how it
was written*, so the wording can be made harder without touching any fact. Three registers:
- tweet: a fragment or two, often context-free ("still nothing", a bare order number), sarcasm;
- chat: polite or hesitant openers, a first-person request, identity lines (tau-bench style);
- letter: email and contact form, longer, with backstory and, from angry customers, earlier contacts.
Then noise.typist (txt-speak, caps, emoji, typos...) and, on the social channel, noise.platform
(@handles, t.co links, hashtags, HTML entities).
"""

from __future__ import annotations

import random
import re

from data.generator import noise, paraphrase, translations
from data.generator import phrasing as W
from data.generator import voices as V

_SLOT = re.compile(r"\{(\w+)\}")
# Which register each channel is written in, with its share.
REGISTERS: dict[str, list[tuple[str, float]]] = {
    "social": [("tweet", 0.9), ("chat", 0.1)],
    "chat": [("chat", 0.78), ("tweet", 0.22)],
    "email": [("letter", 0.85), ("chat", 0.15)],
    "contact_form": [("letter", 0.6), ("chat", 0.25), ("tweet", 0.15)],
}
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "the weekend", "last week"]


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


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!" or not text[-1].isalnum() else text + "."


def _pool(intent: str, key: str, variant: str) -> list[str]:
    """The variant's own pool when it has one (a 'pickup' question gets pickup asks), else the intent's."""
    pools = W.INTENT_PHRASES[intent]
    return pools.get(f"{key}:{variant}") or pools.get(key) or []


def _neighbours(intent: str, key: str, variant: str) -> list[str]:
    """The later phrases (phrasing.NEIGHBOURS) that belong with the pool `_pool` gives for the same key."""
    later = W.NEIGHBOURS.get(intent, {})
    if variant and W.INTENT_PHRASES[intent].get(f"{key}:{variant}"):
        return later.get(f"{key}:{variant}", [])
    return later.get(key, [])


class _Later:
    on = False  # compose's second writing: the later phrases are used


_LATER = _Later()
_SWAPS: list[str] = []  # phrases the first writing would have swapped


def _pick(rng: random.Random, intent: str, key: str, variant: str, slots: dict) -> str:
    """One phrase of the pool. The main stream draws exactly as it always did; a stream keyed by the draw
    then swaps in one of the later phrases as often as merging them into the pool would, or replaces a
    retired one (in compose's second writing; the first only notes that it would)."""
    options = _pool(intent, key, variant) or _pool(intent, "situation", variant)
    choice = rng.choice(options)
    later = _neighbours(intent, key, variant) if _pool(intent, key, variant) else []
    side = random.Random("|".join([intent, key, variant, choice, *(str(slots.get(k)) for k in ("first", "last", "order", "item"))]))
    swapped = choice
    if later and (choice in W.RETIRED or side.random() < len(later) / (len(options) + len(later))):
        swapped = side.choice(later)
    elif choice in W.RETIRED:
        swapped = side.choice([o for o in options if o not in W.RETIRED])
    if swapped != choice:
        _SWAPS.append(swapped)
    return fill(swapped if _LATER.on else choice, slots)


def _with_defaults(rng: random.Random, slots: dict[str, str]) -> dict[str, str]:
    """Slots only the new frames use: a quoted app status, a weekday, an agent's name, a bare number."""
    out = {"status": rng.choice(V.APP_STATUSES), "date2": rng.choice(_WEEKDAYS),
           "agent": rng.choice(["Sam", "Chris", "Maya", "someone called Alex", "your colleague"]),
           "email": "", "zip": "", **slots}
    if not out.get("tracking"):
        out["tracking"] = out.get("order") or "my parcel"
    return out


def _mood(rng: random.Random, angry: bool) -> str | None:
    if angry:
        return rng.choice(V.SARCASM if rng.random() < 0.4 else W.MOODS)
    return rng.choice(V.MILD) if rng.random() < 0.05 else None


def _tweet(rng: random.Random, intent: str, slots: dict, angry: bool, secondary: str | None, variant: str) -> str:
    if variant == "vague":
        parts = [_pick(rng, intent, "situation", variant, slots)]
    else:
        roll = rng.random() * (0.8 if intent == "out_of_scope" else 1.0)  # an ask alone says too little there
        if roll < 0.5:
            parts = [_pick(rng, intent, "short", variant, slots)]
        elif roll < 0.8:
            parts = [_pick(rng, intent, "situation", variant, slots)]
            if rng.random() < 0.6:
                parts.append(_pick(rng, intent, "ask", variant, slots))
        else:
            parts = [_pick(rng, intent, rng.choice(["ask", "want"]), variant, slots)]
    if slots.get("order") and variant != "vague" and rng.random() < 0.1:
        parts.append(slots["order"])  # a bare order number, unlabelled
    mood = _mood(rng, angry)
    if mood:
        parts.insert(rng.choice([0, len(parts)]), mood)
    if secondary in W.SECONDARY_ASKS:
        parts.append(fill(rng.choice(W.SECONDARY_ASKS[secondary]), slots))
    sep = rng.choice([" ", " ", ". ", ", ", " - ", "... "])
    return sep.join(p.strip().rstrip(".") if sep != " " else p.strip() for p in parts if p.strip())


def _chat(rng: random.Random, intent: str, slots: dict, angry: bool, secondary: str | None, variant: str) -> str:
    parts: list[str] = []
    if rng.random() < 0.45:
        parts.append(fill(rng.choice(V.CHAT_OPENERS), slots))
    if variant == "vague":
        parts.append(_sentence(_pick(rng, intent, "situation", variant, slots)))
    else:
        if rng.random() < 0.45 and _pool(intent, "want", variant):
            parts.append(_sentence(_pick(rng, intent, "want", variant, slots)))
            if rng.random() < 0.45:
                parts.append(_sentence(rng.choice(["", "The thing is, ", "So ", "Basically "]) +
                                       _pick(rng, intent, "situation", variant, slots)))
        else:
            parts.append(_sentence(_pick(rng, intent, "situation", variant, slots)))
            parts.append(_sentence(_pick(rng, intent, "ask", variant, slots)))
        if rng.random() < 0.25 and _pool(intent, "detail", variant):
            parts.append(_sentence(_pick(rng, intent, "detail", variant, slots)))
    if slots.get("email") and rng.random() < 0.18:
        parts.append(_sentence(fill(rng.choice(V.IDENTITY_LINES), slots)))
    mood = _mood(rng, angry)
    if mood:
        parts.insert(rng.choice([0, len(parts)]), mood)
    if secondary in W.SECONDARY_ASKS:
        parts.append(_sentence(fill(rng.choice(W.SECONDARY_ASKS[secondary]), slots)))
    if rng.random() < 0.35:
        parts.append(fill(rng.choice(V.CHAT_CLOSERS), slots))
    return " ".join(p for p in parts if p)


def _letter(rng: random.Random, intent: str, slots: dict, angry: bool, secondary: str | None, variant: str) -> str:
    if variant == "vague":
        parts = [_pick(rng, intent, "situation", variant, slots)]
    else:
        parts = [_pick(rng, intent, "situation", variant, slots)]
        if rng.random() < 0.65 and _pool(intent, "detail", variant):
            parts.append(_pick(rng, intent, "detail", variant, slots))
        asks = _pool(intent, "ask", variant)
        k = 2 if rng.random() < 0.2 and len(asks) > 1 else 1  # some ask twice, in other words
        parts.extend(fill(ask, slots) for ask in rng.sample(asks, k=k) if ask)
    if rng.random() < 0.4:
        parts.insert(0, rng.choice(V.BACKSTORIES))
    if rng.random() < 0.2:  # the rambler: background, filler and more of the same
        parts[1:1] = rng.sample(V.FILLERS, k=2)
        if variant != "vague" and _pool(intent, "detail", variant):
            detail = _pick(rng, intent, "detail", variant, slots)
            if detail not in parts:
                parts.insert(-1, detail)
        if rng.random() < 0.6:
            parts.insert(0, rng.choice(V.BACKSTORIES))
    if angry:
        if rng.random() < 0.45:
            parts.insert(rng.choice([0, 1]), fill(rng.choice(V.HISTORIES), slots))
        parts.insert(rng.choice([0, len(parts)]), _mood(rng, angry) or "")
    if secondary in W.SECONDARY_ASKS:
        parts.append(fill(rng.choice(W.SECONDARY_ASKS[secondary]), slots))
    parts = [p for p in parts if p]
    if rng.random() < 0.16:  # run-on: no sentence breaks at all
        body = rng.choice([" ", ", ", " and ", " so "]).join(p.rstrip(".?!").lower() for p in parts)
    elif len(parts) > 3 and rng.random() < 0.5:  # paragraphs
        cut = rng.randrange(1, len(parts))
        body = " ".join(_sentence(p) for p in parts[:cut]) + "\n\n" + " ".join(_sentence(p) for p in parts[cut:])
    else:
        body = " ".join(_sentence(p) for p in parts)
    opener = fill(rng.choice(W.OPENERS), slots)
    closer = fill(rng.choice(W.CLOSERS), slots)
    sep = "\n\n" if rng.random() < 0.6 else " "
    return sep.join(p for p in (opener, body, closer) if p)


def _translated(rng: random.Random, intent: str, slots: dict, language: str, variant: str = "") -> str:
    """A whole message in the customer's language, with an optional greeting and thanks in it too."""
    pools = translations.TRANSLATED_VARIANTS.get(language, {}).get((intent, variant))
    text = rng.choice(pools or translations.TRANSLATED[language][intent])
    text = _SLOT.sub(lambda m: str(slots.get(m.group(1)) or ""), text)
    text = re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
    if rng.random() < 0.3:
        text = f"{rng.choice(translations.OPENERS[language])} {text}".strip()
    if rng.random() < 0.25:
        text = f"{text} {rng.choice(translations.CLOSERS[language])}".strip()
    return text


_REGISTER_WRITERS = {"tweet": _tweet, "chat": _chat, "letter": _letter}


def compose(rng: random.Random, intent: str, slots: dict[str, str], *, angry: bool, secondary: str | None,
            channel: str, language: str, variant: str = "") -> str:
    """One customer message for `intent` (and optionally a second question about `secondary`).

    The message is written twice from the same point of the stream when a later phrase (phrasing.NEIGHBOURS)
    comes in: once as before, which moves `rng` exactly as it always moved, and once with the later phrase on a
    copy of the stream, which gives the text. So a new phrase changes its own message, never the rows after it
    (the noise draws depend on the text's length)."""
    written_as = W.LATER_VARIANTS.get((intent, variant))
    if written_as is not None:
        # A variant added later (W.LATER_VARIANTS) moves the stream as the variant it was split from; its own
        # text is written on a copy, so the rows after it stay as they were.
        start = rng.getstate()
        compose(rng, intent, slots, angry=angry, secondary=secondary, channel=channel, language=language,
                variant=written_as)
        copy = random.Random()
        copy.setstate(start)
        return _written(copy, intent, slots, angry=angry, secondary=secondary, channel=channel, language=language,
                        variant=variant)
    return _written(rng, intent, slots, angry=angry, secondary=secondary, channel=channel, language=language,
                    variant=variant)


def _written(rng: random.Random, intent: str, slots: dict[str, str], *, angry: bool, secondary: str | None,
             channel: str, language: str, variant: str) -> str:
    """compose's writing of one message: twice when a later phrase comes in (see compose)."""
    start = rng.getstate()
    _SWAPS.clear()
    _LATER.on = False
    text = _compose(rng, intent, slots, angry=angry, secondary=secondary, channel=channel, language=language,
                    variant=variant)
    if not _SWAPS:
        return text
    copy = random.Random()
    copy.setstate(start)
    _LATER.on = True
    try:
        return _compose(copy, intent, slots, angry=angry, secondary=secondary, channel=channel, language=language,
                        variant=variant)
    finally:
        _LATER.on = False


def _compose(rng: random.Random, intent: str, slots: dict[str, str], *, angry: bool, secondary: str | None,
             channel: str, language: str, variant: str) -> str:
    slots = _with_defaults(rng, slots)
    if language != "en":
        text = _translated(rng, intent, slots, language, variant)
    else:
        names, weights = zip(*REGISTERS[channel], strict=True)
        register = rng.choices(names, weights)[0]
        text = _REGISTER_WRITERS[register](rng, intent, slots, angry, secondary, variant)
    if language == "en" and rng.random() < 0.35:
        text = paraphrase.vary(rng, text)
    text = noise.typist(rng, text, angry=angry, channel=channel, english=language == "en")
    if channel == "social":
        text = noise.platform(rng, text, intent, heavy=True)
    elif channel == "chat" and rng.random() < 0.04:
        text = noise.platform(rng, text, intent, heavy=False)  # pasted from a post, or a habit
    return re.sub(r"[ \t]{2,}", " ", text).strip() or "?"
