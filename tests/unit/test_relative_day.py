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
    ("ordered on the 2nd", date(2026, 12, 2)),
    ("I ordered on the 20th, still nothing", date(2026, 11, 20)),  # a day not yet come this month: last month's
])
def test_the_day_placed_is_read_relative_to_today(text, day):
    assert day_placed(text, TODAY) == day


@pytest.mark.parametrize("text", [
    "it was due yesterday", "I ordered it on the 20th of november",  # a date of its own: order_choice reads it
    "where is my order?", "I need it by the 20th", "ordered a few days ago",
    "I made a return on the 20th, where is my refund?", "made the payment 3 days ago",
])
def test_no_day_placed_said(text):
    assert day_placed(text, TODAY) is None


def test_the_31st_of_a_shorter_month_is_no_day():
    assert day_placed("ordered on the 31st", date(2026, 12, 6)) is None  # November has 30 days
