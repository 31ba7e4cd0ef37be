"""Integration fixtures: the demo store prepared in the session database, and the real demo OMS
running as its own process on a free port, reached over HTTP like in production."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from core.settings import REPO_ROOT, Settings, get_settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def demo_store(db_url: str, test_settings: Settings) -> Settings:
    """The session database with the demo store seeded, knowledge indexed and the engine trained."""
    from graph.reasoning.registry import reset_reasoners
    from service.bootstrap import prepare

    prepare(test_settings, seed_demo=True)
    reset_reasoners()
    return test_settings


@pytest.fixture(scope="session")
def oms_server(demo_store: Settings):
    """`python -m oms` on a free port; OMS_PORT is exported so the graph's OMS client finds it."""
    port = free_port()
    os.environ["OMS_PORT"] = str(port)
    get_settings.cache_clear()
    process = subprocess.Popen(
        [sys.executable, "-m", "oms"], cwd=REPO_ROOT, env=dict(os.environ),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"demo OMS exited: {process.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("demo OMS did not become healthy in 30 s")
    yield url
    process.terminate()
    process.wait(10)


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
