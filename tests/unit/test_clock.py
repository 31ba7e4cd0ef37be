"""The replay clock: moved only inside `replaying_at`, inherited by the tasks a conversation starts, and
back to the real time afterwards."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from core import clock
from tools.oms.actions.base import ActionPolicy
from tools.oms.order_choice import choose_order

OCTOBER = datetime(2026, 10, 12, 9, 30, tzinfo=UTC)


def test_the_real_clock_outside_a_replay() -> None:
    assert abs(clock.now() - datetime.now(UTC)) < timedelta(seconds=5)


async def test_a_replay_moves_now_today_and_the_tasks_it_starts_then_ends() -> None:
    async def seen_in_a_task() -> date:
        await asyncio.sleep(0)
        return clock.today()

    with clock.replaying_at(OCTOBER):
        assert clock.now() == OCTOBER and clock.today() == date(2026, 10, 12)
        assert await asyncio.create_task(seen_in_a_task()) == date(2026, 10, 12)
        assert ActionPolicy().current_date() == date(2026, 10, 12)  # return windows judged on the ticket's day
        with clock.replaying_at(None):
            assert clock.today() == datetime.now(UTC).date()
        assert clock.today() == date(2026, 10, 12)
    assert clock.today() == datetime.now(UTC).date()


def test_a_fixed_store_date_still_wins_over_the_clock() -> None:
    with clock.replaying_at(OCTOBER):
        assert ActionPolicy(today=date(2025, 1, 1)).current_date() == date(2025, 1, 1)


def test_a_replayed_instant_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"), clock.replaying_at(datetime(2026, 10, 12)):
        pass


def test_which_parcel_is_late_depends_on_the_replayed_day() -> None:
    """Two parcels on their way; the older was promised for October 11. Asked on October 10 about a delay,
    the newest is meant; asked on October 12, the one now late."""
    def moving(number: str, placed: str, promised: str) -> dict:
        return {"id": number, "status": "shipped", "placed_at": f"{placed}T10:00:00+00:00",
                "shipments": [{"status": "in_transit", "delivered_at": None, "promised_date": promised}]}

    older, newer = moving("NB1", "2026-10-01", "2026-10-11"), moving("NB2", "2026-10-09", "2026-10-14")
    with clock.replaying_at(datetime(2026, 10, 10, tzinfo=UTC)):
        assert choose_order([older, newer], {"shipping_delay"}) == newer
    with clock.replaying_at(OCTOBER):
        assert choose_order([older, newer], {"shipping_delay"}) == older
