"""The day an order was placed, said relative to today (tools/oms/relative_day.py), picks the order placed then."""

from datetime import date

import pytest

from tools.oms.relative_day import day_placed

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("text", "day"), [
    ("the one I placed today", date(2026, 12, 6)),
    ("hey! just checking when my order will ship, placed it yesterday", date(2026, 12, 5)),
    ("I ordered 3 days ago and nothing yet", date(2026, 12, 3)),
    ("ordered a couple of days ago", date(2026, 12, 4)),
    ("my order from yesterday", date(2026, 12, 5)),
    ("placed an order an hour ago and haven't had a confirmation email", date(2026, 12, 6)),
    ("ordered 20 minutes ago, can I still cancel?", date(2026, 12, 6)),
    ("ordered on the 2nd", date(2026, 12, 2)),
    ("I ordered on the 20th, still nothing", date(2026, 11, 20)),  # a day not yet come this month: last month's
    # a weekday is the last one before today (2026-12-06 is a Sunday)
    ("ordered on monday with express shipping, when does it come?", date(2026, 11, 30)),
    ("I ordered it last Friday", date(2026, 12, 4)),
    ("I ordered Monday", date(2026, 11, 30)),
    ("bought it friday and still nothing", date(2026, 12, 4)),
    ("the order I placed on sunday", date(2026, 11, 29)),  # said on a Sunday: a week back
    # a day of the delivery first, then the placing's
    ("my order which was due friday, I placed it on monday", date(2026, 11, 30)),
])
def test_the_day_placed_is_read_relative_to_today(text, day):
    assert day_placed(text, TODAY) == day


@pytest.mark.parametrize("text", [
    "it was due yesterday", "I ordered it on the 20th of november",  # a date of its own: order_choice reads it
    "where is my order?", "I need it by the 20th", "ordered a few days ago",
    "I made a return on the 20th, where is my refund?", "made the payment 3 days ago",
    # the day said is the delivery's, not the placing's
    "my order should have arrived yesterday", "my order was due yesterday", "order arrived 2 days ago",
    "my order was supposed to come on monday", "order shipped on tuesday", "order out for delivery since monday",
    "ordered the sunday roast kit",  # a weekday naming goods
    # the day of what was done to the order after it was placed
    "I cancelled my order yesterday, when will the money be back?", "I returned my order 2 days ago",
    "received my order yesterday but it's the wrong one",
])
def test_no_day_placed_said(text):
    assert day_placed(text, TODAY) is None


def test_the_31st_of_a_shorter_month_is_no_day():
    assert day_placed("ordered on the 31st", date(2026, 12, 6)) is None  # November has 30 days
