"""Finding facts in reply text, and the values a reply may legitimately contain.

The evaluators check replies against data, not against wording: every amount, order number, tracking
number or e-mail address in a reply must come from somewhere the agent was allowed to read (the OMS
answer for the verified customer, the help-center passages, the customer's own words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from data.generator.policy import DOMAIN

_MONEY = re.compile(r"(?:[$£€]|USD\s?)\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)")
_URL = re.compile(r"https?://[^\s<>()\"'\]]+")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
# Store order numbers: letters then digits (NB104233), optionally with '#' (#W2611340); not the tail of a
# hyphenated code such as a return id (RT-F042022548).
_ORDER = re.compile(r"(?<![A-Za-z0-9-])#?([A-Z]{1,3}\d{5,10})(?![A-Za-z0-9])")
# Tracking-number-like identifiers: 10+ characters of capitals and digits, at least 6 digits.
_IDENT = re.compile(r"(?<![A-Za-z0-9/])(?=(?:[A-Z]*\d){6})[A-Z0-9]{10,34}(?![A-Za-z0-9])")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def money_amounts(text: str) -> list[float]:
    return [round(float(m.replace(",", "")), 2) for m in _MONEY.findall(text or "")]


def urls(text: str) -> list[str]:
    return [u.rstrip(".,;:!?") for u in _URL.findall(text or "")]


def emails(text: str) -> list[str]:
    return [e.rstrip(".").lower() for e in _EMAIL.findall(text or "")]


def order_numbers(text: str) -> list[str]:
    return _ORDER.findall(text or "")


def identifiers(text: str) -> list[str]:
    """Long codes such as tracking numbers; order numbers are found separately."""
    orders = set(order_numbers(text))
    return [token for token in _IDENT.findall(text or "") if token not in orders]


def is_brand_email(address: str) -> bool:
    return address.lower().endswith("@" + DOMAIN) or address.lower().endswith("." + DOMAIN)


class Grounding:
    """Strings and amounts present in the sources a reply may draw from."""

    def __init__(self, sources: Iterable[Any]):
        self.text_parts: list[str] = []
        self.numbers: set[float] = set()
        for source in sources:
            self._walk(source)
        self.text = "\n".join(self.text_parts)

    def _walk(self, value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                self._walk(item)
        elif isinstance(value, (list, tuple, set)):
            for item in value:
                self._walk(item)
        elif isinstance(value, bool) or value is None:
            return
        elif isinstance(value, (int, float)):
            self.numbers.add(round(float(value), 2))
        else:
            text = str(value)
            self.text_parts.append(text)
            for number in _NUMBER.findall(text):
                self.numbers.add(round(float(number.replace(",", "")), 2))

    def has_amount(self, amount: float) -> bool:
        return any(abs(amount - known) < 0.005 for known in self.numbers)

    def has_string(self, token: str) -> bool:
        return token.lower() in self.text.lower()


def ungrounded(replies: Iterable[str], grounding: Grounding) -> list[str]:
    """Amounts, order numbers and identifiers in the replies that no allowed source contains."""
    found = []
    for reply in replies:
        found += [f"${a:.2f}" for a in money_amounts(reply) if not grounding.has_amount(a)]
        found += [o for o in order_numbers(reply) if not grounding.has_string(o)]
        found += [i for i in identifiers(reply) if not grounding.has_string(i)]
    return sorted(set(found))
