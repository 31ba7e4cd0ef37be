"""Fixtures shared by unit tests."""

from __future__ import annotations

import pytest

from data.generator import DemoStore, generate


@pytest.fixture(scope="session")
def demo_history() -> DemoStore:
    """The demo store at seed 7, generated once for the tests that only read it (a few seconds each time)."""
    return generate(7)
