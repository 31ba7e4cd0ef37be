"""The day an order was placed, said relative to today: "the one I placed today", "placed it yesterday", "ordered 3 days
ago", "I ordered on the 20th".

Customers name an order by when they placed it more often by "yesterday" than by a date. Read as a date, it picks the
order placed then (a day either side, as for a date: tools/oms/order_choice.py), and when none was placed then the
customer is asked which order it is instead of being told about another one. Only said of the placing ("it was due
yesterday" names no order).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a couple of": 2, "couple of": 2}
_PLACING = r"\b(?:order(?:ed)?|purchase[ds]?|bought|placed|made|one)\s+(?:\w+\s+){0,3}?"
_WHEN = (r"(?:(?P<today>today|this\s+morning|earlier\s+today|this\s+afternoon|tonight)|(?P<yesterday>yesterday|last\s+night)"
         r"|(?P<count>\d{1,2}|a\s+couple\s+of|couple\s+of|a|one|two|three|four|five|six)\s+days?\s+ago"
         r"|on\s+the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+of\b))")
_RELATIVE = re.compile(rf"{_PLACING}(?:from\s+)?{_WHEN}", re.IGNORECASE)
# What else is made or bought on a day: "I made a return on the 20th" names a return's day, not an order's.
_NOT_THE_ORDER = re.compile(r"\b(?:returns?|exchanges?|refunds?|claims?|complaints?|calls?|payments?|requests?|"
                            r"changes?|cancell?ations?)\b", re.IGNORECASE)


def day_placed(text: str, today: date) -> date | None:
    """The day the message says its order was placed, relative to `today`; None when it says none so."""
    found = _RELATIVE.search(text or "")
    if not found or _NOT_THE_ORDER.search(found.group(0)):
        return None
    if found.group("today"):
        return today
    if found.group("yesterday"):
        return today - timedelta(days=1)
    if found.group("count"):
        said = found.group("count").lower()
        days = int(said) if said.isdigit() else _COUNT[" ".join(said.split())]
        return today - timedelta(days=days)
    day = int(found.group("day"))
    if day <= today.day:
        return today.replace(day=day)
    last_month = today.replace(day=1) - timedelta(days=1)
    try:
        return last_month.replace(day=day)
    except ValueError:  # "on the 31st" of a 30-day month
        return None
