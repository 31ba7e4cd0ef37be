"""Integration fixtures: in-process conversations with the compiled graph, and free ports. The demo store and
the demo OMS process live in tests/conftest.py (the browser tests use them too)."""

from __future__ import annotations

import pytest

from tests.conftest import free_port

__all__ = ["free_port"]


@pytest.fixture()
async def conversations(oms_server):
    """In-process conversations with the compiled graph on the session database and the real OMS."""
    from graph.conversation import Conversations

    async with Conversations.open() as conv:
        yield conv
