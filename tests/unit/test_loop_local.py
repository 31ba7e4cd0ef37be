"""core.loop_local: one resource per event loop, built once, closed with the loop's resources."""

from __future__ import annotations

import asyncio

from core.loop_local import LoopLocal, close_loop_resources


def test_one_resource_per_loop_and_key_closed_on_request() -> None:
    closed: list[object] = []

    async def close(resource: object) -> None:
        closed.append(resource)

    registry: LoopLocal[object] = LoopLocal(close)

    async def use() -> tuple[object, object, object]:
        first = registry.get("k", object)
        same = registry.get("k", object)
        other = registry.get("other", object)
        assert first is same and other is not first
        await close_loop_resources()
        assert set(map(id, closed[-2:])) == {id(first), id(other)}
        return first, registry.get("k", object), other

    first, rebuilt, _ = asyncio.run(use())
    assert rebuilt is not first  # after closing, the next use builds a new one
    second_loop_first, *_ = asyncio.run(use())
    assert second_loop_first is not first


def test_async_builders_run_once_under_concurrent_first_use() -> None:
    builds = 0

    async def close(resource: object) -> None:
        return None

    registry: LoopLocal[object] = LoopLocal(close)

    async def build() -> object:
        nonlocal builds
        builds += 1
        await asyncio.sleep(0.01)
        return object()

    async def use() -> None:
        got = await asyncio.gather(*(registry.aget("pool", build) for _ in range(5)))
        assert len({id(g) for g in got}) == 1
        await close_loop_resources()

    asyncio.run(use())
    assert builds == 1
