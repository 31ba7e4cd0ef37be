"""Retries only where repeating is harmless: reads and keyed writes; a refused connection always."""

from __future__ import annotations

import httpx
import pytest

from tools.oms.retry import MalformedBody, with_retries


def flaky(failures: list[Exception]):
    calls = []

    async def call():
        calls.append(1)
        if failures:
            raise failures.pop(0)
        return "ok"

    return call, calls


async def test_repeatable_calls_are_retried_with_backoff():
    call, calls = flaky([httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")])
    assert await with_retries(call, repeatable=True, base_delay_s=0) == "ok" and len(calls) == 3


async def test_a_call_that_is_not_repeatable_fails_at_once():
    call, calls = flaky([httpx.ReadTimeout("slow")])
    with pytest.raises(httpx.ReadTimeout):
        await with_retries(call, repeatable=False, base_delay_s=0)
    assert len(calls) == 1


async def test_a_refused_connection_is_retried_even_when_not_repeatable():
    call, calls = flaky([httpx.ConnectError("refused")])
    assert await with_retries(call, repeatable=False, base_delay_s=0) == "ok" and len(calls) == 2


async def test_retries_stop_after_the_last_attempt_and_never_for_bugs():
    call, calls = flaky([httpx.ReadTimeout("1"), httpx.ReadTimeout("2"), httpx.ReadTimeout("3")])
    with pytest.raises(httpx.ReadTimeout):
        await with_retries(call, repeatable=True, attempts=3, base_delay_s=0)
    assert len(calls) == 3
    call, calls = flaky([KeyError("bug")])
    with pytest.raises(KeyError):
        await with_retries(call, repeatable=True, base_delay_s=0)
    assert len(calls) == 1


async def test_a_malformed_body_is_retried_when_repeatable():
    garbled = MalformedBody(httpx.Response(200, content=b'{"cut'))
    call, calls = flaky([garbled])
    assert await with_retries(call, repeatable=True, base_delay_s=0) == "ok" and len(calls) == 2
