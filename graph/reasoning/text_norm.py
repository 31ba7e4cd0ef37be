"""One normal form for the pattern-based signals: lower-case, accents folded, straight quotes, no links."""

from __future__ import annotations

import re
import unicodedata

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
# E-mail addresses go whole, before @handles: their parts ("0633c17c", "example") are no words of the message.
EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
_LINKS = re.compile(_URL.pattern + "|" + EMAIL.pattern + r"|@\w+")


def has_link(text: str) -> bool:
    """A web link in the text (its content is elsewhere: a photo, a post)."""
    return bool(_URL.search(text))


def without_links(text: str) -> str:
    """Links, e-mail addresses and @handles out: they name the channel or the person, not what the message says."""
    return _LINKS.sub(" ", text)


def said_without_links(text: str, keep_lines: bool = False) -> str:
    """`without_links`, spaces collapsed (`keep_lines`: its line breaks kept, a line being a sentence); the text as
    written when links and handles are all there is."""
    if keep_lines:
        return re.sub(r"[ \t]+", " ", without_links(text)).strip() or text
    return " ".join(without_links(text).split()) or text


def fold(text: str) -> str:
    """Lower-case, accents folded, curly quotes straightened, links and @handles dropped.

    Patterns are then written once without diacritics, so "está"/"esta" and "don’t"/"don't" match alike.
    """
    text = without_links(text).replace("\u2019", "'").replace("\u2018", "'").replace("ß", "ss").replace("ẞ", "ss")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?\n])\s+", text) if s.strip()]


def any_of(*alternatives: str) -> re.Pattern[str]:
    """One regex of alternatives, each bounded by non-letters (so "scam" does not match "scampi")."""
    return re.compile(r"(?<![a-z])(?:" + "|".join(alternatives) + r")(?![a-z])")


# The carriers customers name ("a UPS store", "held at the DPD depot").
CARRIERS = r"(?:ups|fedex|dhl|usps|royal\s+mail|evri|hermes|dpd|canada\s+post)"

# Signing for a delivery ("sign for it", "needs a signature"): read by the away-at-delivery reader and the help
# passages' hinge alike.
SIGNATURE = r"sign(?:ed|ing)?\s+for|signatures?"

# A gift card, in any of its names: a thing of its own, never a gift of goods ("I got a gift card for my birthday").
GIFT_CARD = r"e-?gift(?:[\s-]*cards?)?|gift[\s-]*(?:cards?|vouchers?)"
