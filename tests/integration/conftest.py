"""Integration fixtures: in-process conversations with the compiled graph, and free ports. The demo store and
the demo OMS process live in tests/conftest.py (the browser tests use them too)."""

from __future__ import annotations

import pytest

from core.settings import get_settings
from tests.conftest import free_port

__all__ = ["free_port"]


@pytest.fixture(scope="module")
def customer_id(demo_store, db_url) -> str:
    """A demo customer with orders (the one of the first order)."""
    import psycopg

    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT customer_id FROM orders ORDER BY id LIMIT 1").fetchone()[0]


@pytest.fixture()
async def conversations(oms_server):
    """In-process conversations with the compiled graph on the session database and the real OMS."""
    from graph.conversation import Conversations

    async with Conversations.open() as conv:
        yield conv


@pytest.fixture()
def action_store(oms_server, db_url):
    """A fresh customer with one order per action-policy branch, and another customer's order
    (evals/action_scenarios.py)."""
    import psycopg

    from evals.action_scenarios import create_action_store

    with psycopg.connect(db_url) as conn:
        return create_action_store(conn)


@pytest.fixture()
def openai_double(oms_server, monkeypatch):
    """The OpenAI-compatible test double on a free port, with the LLM engine pointed at it (short timeout,
    no SDK retries, a known price) and a fresh engine and circuit breaker; `.responder` scripts it."""
    from evals.openai_double import OpenAIDouble
    from graph.reasoning.llm.breaker import reset_breakers
    from graph.reasoning.registry import reset_reasoners

    double = OpenAIDouble()
    with double.serve() as url:
        for key, value in {"OPENAI_BASE_URL": url, "OPENAI_MODEL": double.model, "LLM_TIMEOUT_S": "1.5",
                           "LLM_MAX_RETRIES": "0", "LLM_PRICES_PER_MTOK": f'{{"{double.model}": [1.0, 2.0]}}'}.items():
            monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        reset_reasoners("openai")
        reset_breakers()
        yield double
        reset_reasoners("openai")
        reset_breakers()
    get_settings.cache_clear()
