"""Text normalisation for the intent model: the model should learn what a customer asks, not which
order number, email, link, @handle or emoji they happened to write."""

from __future__ import annotations

import re
import unicodedata

_REPLACEMENTS = [
    (re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|\b\w+\.(?:com|co|ly|io|net)/\S*"), " _url_ "),
    (re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b"), " _email_ "),
    (re.compile(r"@\w+"), " _handle_ "),
    (re.compile(r"#\s?[A-Za-z]{0,3}\d{5,10}\b|\b[A-Za-z]{1,3}[\s-]?\d{6,8}\b"), " _order_ "),
    (
        re.compile(
            r"[$€£]\s?\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)?\s?(?:usd|eur|gbp|dollars?|bucks|euros?)\b", re.I
        ),
        " _money_ ",
    ),
    (re.compile(r"\b1Z[0-9A-Z]{10,}\b|\b\d{10,}\b", re.I), " _tracking_ "),
    (re.compile(r"\d+"), " 0 "),
    # Stretched letters ("sooooo", "pleaseeee") and stacked punctuation carry mood, not the ask.
    (re.compile(r"([a-zà-ÿ])\1{2,}"), r"\1\1"),
    (re.compile(r"([!?.])\1+"), r"\1"),
]
# Emoji and pictographs: mood, not topic.
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = _EMOJI.sub(" ", text)
    for pattern, token in _REPLACEMENTS:
        text = pattern.sub(token, text)
    return re.sub(r"\s+", " ", text).strip()
