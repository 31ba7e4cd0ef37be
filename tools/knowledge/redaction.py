"""Redact what identifies a person from past-ticket text before it is indexed as evidence.

Past tickets are other customers' conversations: the index keeps how a problem was resolved, never
who had it. Two passes:
1. literal values known for the ticket (its customer's name, email, phone, address, order and tracking
   numbers from the ticket row and its facts) are replaced wherever they appear;
2. patterns catch what the row does not name: emails, phone numbers, order and tracking numbers, street
   addresses, names in greetings, introductions and sign-offs.
Help-center links are kept (they are the useful part of a reply); tracking links are removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

EMAIL = "[email]"
PHONE = "[phone]"
ORDER = "[order number]"
TRACKING = "[tracking number]"
ADDRESS = "[address]"
NAME = "[name]"
LINK = "[tracking link]"

_STREET_TYPES = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|"
    "Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Crescent|Close|Row|Strasse|Straße|Str|Rue|Calle|Via"
)
_LINKS_AND_EMAILS: list[tuple[re.Pattern[str], str]] = [
    # Carrier tracking pages carry the number in the URL.
    (re.compile(r"https?://\S*(?:track|trace|parcel|shipment|sendung)\S*", re.IGNORECASE), LINK),
    (re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"), EMAIL),
]
_NUMBERS_AND_ADDRESSES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b1Z[0-9A-Z]{10,}\b|\b[A-Z]{2}\d{9}[A-Z]{2}\b|\b\d{12,22}\b"), TRACKING),
    (re.compile(r"#?\b[A-Z]{1,3}-?\d{5,10}\b|#\d{4,10}\b"), ORDER),
    (
        re.compile(
            r"(?<![\w/-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])\d{2,5}[\s.-]\d{3,5}(?![\w/-])"
            r"|(?<![\w/-])\+?\d{10,11}(?![\w/-])"
        ),
        PHONE,
    ),
    (
        re.compile(
            rf"\b\d{{1,6}}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){{0,4}}(?:{_STREET_TYPES})\b\.?"
            r"(?:,?\s*(?:Apt|Apartment|Suite|Unit|#)\.?\s*[\w-]+)?",
        ),
        ADDRESS,
    ),
]
_NAME_WORD = r"[A-Z][a-zà-ÿ'’-]+"
_FULL_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?"
_GREETING = re.compile(
    rf"\b(Hi|Hello|Hey|Dear|Hola|Bonjour|Hallo|Ciao|Thanks|Thank you|Good morning|Good afternoon)(,?\s+){_FULL_NAME}(?=\s*[,!.\n])"
)
# Only the lead-in ignores case: "this is ridiculous!" must stay, "this is Maria." must not.
_INTRODUCTION = re.compile(rf"\b((?i:my name is|I am|I'm|this is|name's))(\s+){_FULL_NAME}\b(?=\s*[,.!\n]|\s+and\b)")
_SIGN_OFF = re.compile(
    r"(\n\s*(?:Best|Best regards|Thanks|Thank you|Cheers|Kind regards|Regards|Warmly|Sincerely|Saludos|"
    r"Cordialement|Viele Grüße|Grazie)[,!.]?\s*\n\s*)[^\n]{1,60}"
)


def _known_values(values: Iterable[object]) -> list[str]:
    """Distinct, long enough literal values, longest first (so a full name goes before its first name)."""
    found = {str(v).strip() for v in values if v is not None and not isinstance(v, bool)}
    return sorted((v for v in found if len(v) >= 3), key=len, reverse=True)


def _replace_known(text: str, value: str, token: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", token, text, flags=re.IGNORECASE)


def redact(text: str, *, names: Iterable[object] = (), identifiers: Iterable[tuple[object, str]] = ()) -> str:
    """`text` with personal data replaced by [placeholders]. `names` and `identifiers` ((value, placeholder)
    pairs) are values known to belong to this ticket's customer."""
    if not text:
        return text
    for pattern, token in _LINKS_AND_EMAILS:
        text = pattern.sub(token, text)
    text = _GREETING.sub(rf"\1\2{NAME}", text)
    text = _INTRODUCTION.sub(rf"\1\2{NAME}", text)
    text = _SIGN_OFF.sub(rf"\1{NAME}", text)
    for value in _known_values(names):
        text = _replace_known(text, value, NAME)
    placeholders = {str(value).strip(): token for value, token in identifiers}
    for value in _known_values(placeholders):
        text = _replace_known(text, value, placeholders[value])
    for pattern, token in _NUMBERS_AND_ADDRESSES:
        text = pattern.sub(token, text)
    return text


_FACT_PLACEHOLDERS = (("url", LINK), ("tracking", TRACKING), ("order", ORDER), ("email", EMAIL), ("phone", PHONE),
                      ("address", ADDRESS), ("zip", ADDRESS), ("name", NAME))
_ADDRESS_PARTS = ("address1", "address2", "city", "zip")


def ticket_identifiers(facts: dict | None) -> list[tuple[object, str]]:
    """(value, placeholder) for the facts of a ticket that identify a person or an order; carriers, dates,
    amounts and help articles are not personal and stay."""
    pairs: list[tuple[object, str]] = []
    for key, value in (facts or {}).items():
        token = next((t for part, t in _FACT_PLACEHOLDERS if part in key), None)
        if token is None:
            continue
        if isinstance(value, dict):
            pairs.extend((value[part], ADDRESS) for part in _ADDRESS_PARTS if isinstance(value.get(part), str))
        elif isinstance(value, (str, int)) and not isinstance(value, bool):
            pairs.append((value, token))
    return pairs
