"""How generated customer messages are written: registers per channel and the noise models."""

from __future__ import annotations

import random
import re

from data.generator import messages, noise
from data.generator import phrasing as W
from graph.intents import INTENTS

SLOTS = {"first": "Ana", "last": "Silva", "city": "Porto", "region": "Portugal", "product": "Glacier Down Parka",
         "item": "parka", "item2": "beanie", "size": "M", "color": "black", "days": "6", "code": "WELCOME10",
         "amount": "$80.00", "date": "Sep 3", "order": "#NB104233", "carrier": "DHL", "email": "ana@example.com",
         "zip": "4000-123", "tracking": "JD014600006281234567", "kinds": "jackets", "kind_colour": "navy"}


def _write(seed: int, intent: str = "order_status", channel: str = "social", **kwargs) -> str:
    options = {"angry": False, "secondary": None, "language": "en", "variant": "", **kwargs}
    return messages.compose(random.Random(seed), intent, dict(SLOTS), channel=channel, **options)


def test_compose_is_deterministic_per_seed() -> None:
    for channel in ("social", "chat", "email", "contact_form"):
        assert _write(11, channel=channel) == _write(11, channel=channel)
    assert len({_write(seed) for seed in range(40)}) > 30


def test_every_intent_and_variant_composes_without_leftover_slots() -> None:
    variants = {intent: {""} | {key.split(":", 1)[1] for key in pools if ":" in key}
                for intent, pools in W.INTENT_PHRASES.items()}
    assert set(variants) == set(INTENTS)
    for intent, names in variants.items():
        for variant in names:
            for seed in range(12):
                channel = ("social", "chat", "email", "contact_form")[seed % 4]
                text = _write(seed, intent, channel, variant=variant, angry=seed % 3 == 0)
                assert text.strip() and "{" not in text and "}" not in text, (intent, variant, text)


def test_social_messages_get_handles_links_and_entities() -> None:
    texts = [_write(seed) for seed in range(300)]
    assert sum(t.lstrip(".").startswith("@") for t in texts) / len(texts) > 0.7
    assert any("t.co/" in t for t in texts) and any("#" in t for t in texts)
    assert not any(re.search(r"&(?!amp;|gt;|lt;)", t) for t in texts if "&amp;" in t)  # escaped once, fully


def test_emails_are_longer_than_tweets() -> None:
    email = [_write(seed, "shipping_delay", "email") for seed in range(200)]
    social = [_write(seed, "shipping_delay", "social") for seed in range(200)]
    assert sum(map(len, email)) > 1.4 * sum(map(len, social))


def test_vague_variant_never_names_the_order() -> None:
    for seed in range(100):
        text = _write(seed, "order_status", ("chat", "social", "email")[seed % 3], variant="vague")
        assert "NB104233" not in text and "JD0146" not in text


def test_translated_messages_stay_in_their_language() -> None:
    for seed in range(60):
        text = _write(seed, "cancel_order", "chat", language="de")
        assert not re.search(r"\b(please|kindly|the|my order)\b", text, re.I), text
    assert "my order" not in messages.compose(random.Random(1), "order_status", {**SLOTS, "order": ""},
                                              angry=False, secondary=None, channel="email", language="es")


def test_txt_speak_shortens_common_words() -> None:
    assert noise.txt_speak(random.Random(0), "please can you check your order", rate=1.0).split()[0] in \
        ("pls", "plz", "plse", "pl")
    assert noise.txt_speak(random.Random(0), "please can you check", rate=0.0) == "please can you check"


def test_html_entities_escape_like_the_tweet_api() -> None:
    assert noise.html_entities("cost > value & no <3") == "cost &gt; value &amp; no &lt;3"


def test_platform_noise_keeps_the_message() -> None:
    rng = random.Random(4)
    for _ in range(50):
        out = noise.platform(rng, "where is my parcel", "order_status", heavy=True)
        assert "where is my parcel" in out


def test_paraphrase_keeps_meaning_words_in_their_group() -> None:
    from data.generator import paraphrase

    out = paraphrase.vary(random.Random(2), "My package never arrived", rate=1.0)
    assert out.split()[1] in ("package", "parcel", "box", "shipment")
    assert paraphrase.vary(random.Random(2), "My package never arrived", rate=0.0) == "My package never arrived"
