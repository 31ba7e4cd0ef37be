"""One pooled OMS client per event loop (tools.oms.oms_client), reused by every turn, never closed by one."""

from __future__ import annotations

import asyncio

import pytest

from core.loop_local import close_loop_resources
from tools.oms import oms_client

pytestmark = pytest.mark.integration


async def test_one_client_per_loop_until_the_loop_closes_it() -> None:
    first = oms_client()
    assert oms_client() is first
    await close_loop_resources()
    assert oms_client() is not first
    await close_loop_resources()


def test_each_event_loop_gets_its_own_client() -> None:
    async def client_of_this_loop():
        client = oms_client()
        await close_loop_resources()
        return client

    assert asyncio.run(client_of_this_loop()) is not asyncio.run(client_of_this_loop())


def test_without_a_running_loop_the_caller_gets_its_own_client() -> None:
    assert oms_client() is not oms_client()
