"""The day an order was placed, said relative to today: "the one I placed today", "placed it yesterday", "ordered 3 days
ago", "placed an order an hour ago", "I ordered on the 20th", "ordered it on Monday".

Customers name an order by when they placed it more often by "yesterday" than by a date. Read as a date, it picks the
order placed then (a day either side, as for a date: tools/oms/order_choice.py), and when none was placed then the
customer is asked which order it is instead of being told about another one. Only said of the placing: "it was due
yesterday" names no order, nor does "my order should have arrived yesterday" (its day is the delivery's).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a couple of": 2, "couple of": 2}
_PLACING = r"\b(?:order(?:ed)?|purchase[ds]?|bought|placed|made|one)\s+(?:\w+\s+){0,3}?"
_WHEN = (r"(?:(?P<today>today|this\s+morning|earlier\s+today|this\s+afternoon|tonight|just\s+now|"
         r"(?:an?|one|\d{1,2}|a\s+few|few|a\s+couple\s+of|couple\s+of)\s+(?:hours?|hrs?|minutes?|mins?)\s+ago)|(?P<yesterday>yesterday|last\s+night)"
         r"|(?P<count>\d{1,2}|a\s+couple\s+of|couple\s+of|a|one|two|three|four|five|six)\s+days?\s+ago"
         r"|on\s+the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+of\b)"
         rf"|(?P<on>on\s+|last\s+|this\s+past\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)})\b)")
_RELATIVE = re.compile(rf"{_PLACING}(?:from\s+)?{_WHEN}", re.IGNORECASE)
# A day said of what became of the order after it was placed: "my order should have arrived yesterday", "order was due
# on Monday", "it shipped 2 days ago"; unless the placing is said after it ("the order that was due, placed Monday").
_OF_THE_DELIVERY = re.compile(r"\b(?:arriv\w*|due|deliver\w*|com(?:e|es|ing)|came|expect\w*|suppos\w*|ship\w*|dispatch\w*|"
                              r"sent|got|get|receiv\w*|schedul\w*|estimat\w*|promis\w*|updat\w*|scann\w*|left|reach\w*|"
                              r"land\w*|show\w*|said|says|track\w*|out)\b", re.IGNORECASE)
_PLACED_AFTER = re.compile(r"\b(?:placed|ordered|bought|purchased|made)\b", re.IGNORECASE)
# What else is made or bought on a day: "I made a return on the 20th" names a return's day, not an order's.
_NOT_THE_ORDER = re.compile(r"\b(?:returns?|exchanges?|refunds?|claims?|complaints?|calls?|payments?|requests?|"
                            r"changes?|cancell?ations?)\b", re.IGNORECASE)


# The order as the object of what was done to it after: "I cancelled my order yesterday" names the cancellation's day.
_DONE_TO_IT = re.compile(r"\b(?:cancell?(?:ed|ing)|return(?:ed|ing)|sent\s+back|refunded|exchanged|received|got|"
                         r"modified|changed|updated)\s+(?:my\s+|the\s+|an?\s+|that\s+|this\s+|our\s+)?$", re.IGNORECASE)


def _of_the_placing(found: re.Match) -> bool:
    """Whether the day found is the one the order was placed on: not a return's, not the delivery's, and a weekday
    said bare only right after the placing ("ordered Monday", "bought it Friday"; "ordered the sunday roast kit" names
    goods)."""
    said = found.group(0)
    if _NOT_THE_ORDER.search(said):
        return False
    delivery = _OF_THE_DELIVERY.search(said)
    if delivery and not _PLACED_AFTER.search(said, delivery.end()):
        return False
    between = [word for word in said.split()[1:-1] if word.lower() not in ("it", "them", "this", "that")]
    return not (found.group("weekday") and not found.group("on") and between)


def day_placed(text: str, today: date) -> date | None:
    """The day the message says its order was placed, relative to `today`; None when it says none so."""
    found = next((match for match in _RELATIVE.finditer(text or "") if _of_the_placing(match)
                  and not _DONE_TO_IT.search(text[:match.start()])), None)
    if found is None:
        return None
    if found.group("today"):
        return today
    if found.group("yesterday"):
        return today - timedelta(days=1)
    if found.group("count"):
        said = found.group("count").lower()
        days = int(said) if said.isdigit() else _COUNT[" ".join(said.split())]
        return today - timedelta(days=days)
    if found.group("weekday"):  # the last such day before today ("on Monday", said on a Sunday: six days back)
        back = (today.weekday() - _WEEKDAYS.index(found.group("weekday").lower())) % 7
        return today - timedelta(days=back or 7)
    day = int(found.group("day"))
    if day <= today.day:
        return today.replace(day=day)
    last_month = today.replace(day=1) - timedelta(days=1)
    try:
        return last_month.replace(day=day)
    except ValueError:  # "on the 31st" of a 30-day month
        return None
