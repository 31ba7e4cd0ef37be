"""Shared fixtures: a real embedded PostgreSQL (pgserver) with a fresh database per test session.

The server lives in .data/test-pg and is reused between runs (cold start < 1 s); every session gets
its own database so runs never see each other's rows. On it: the demo store prepared once per session, and
the real demo OMS running as its own process on a free port, reached over HTTP like in production (used by
the integration and the browser tests alike).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import psycopg
import pytest

from core.settings import REPO_ROOT, Settings, get_settings

TEST_DATA_DIR = Path(os.environ.get("TEST_DATA_DIR", REPO_ROOT / ".data" / "test"))


@pytest.fixture(scope="session")
def test_settings() -> Settings:
    """Settings pointing at a fresh database on the embedded test server (or TEST_DATABASE_URL)."""
    # TEST_DB_NAME keeps a prepared database between local runs (it is then not dropped); CI uses a fresh one.
    db_name = os.environ.get("TEST_DB_NAME") or f"t_{uuid.uuid4().hex[:10]}"
    os.environ["DATA_DIR"] = str(TEST_DATA_DIR)
    os.environ["DB_NAME"] = db_name
    os.environ.pop("DATABASE_URL", None)
    get_settings.cache_clear()
    return get_settings()


@pytest.fixture(scope="session")
def db_url(test_settings: Settings) -> str:
    """URL of the migrated session database; dropped at the end of the session."""
    from db.connection import database_url
    from db.migrate import migrate

    url = database_url(test_settings)
    migrate(test_settings)
    yield url
    if os.environ.get("TEST_DB_NAME"):
        return
    admin = url.replace(f"/{test_settings.db_name}?", "/postgres?")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{test_settings.db_name}" WITH (FORCE)')


@pytest.fixture()
def conn(db_url: str):
    with psycopg.connect(db_url) as connection:
        yield connection


@contextlib.contextmanager
def private_database(db_url: str, prefix: str):
    """A fresh, migrated database on the same server, dropped afterwards: for tests that empty or
    count the canonical tables, so the shared session database never notices."""
    from db.migrate import apply_migrations

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = db_url.replace(db_url.split("?")[0].rsplit("/", 1)[1] + "?", "postgres?", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = admin.replace("/postgres?", f"/{name}?", 1)
    with psycopg.connect(url) as conn:
        apply_migrations(conn)
    try:
        yield url
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def demo_store_report(db_url: str, test_settings: Settings):
    """Prepare the session database as a first start does: the demo store seeded, knowledge indexed and
    the engine trained; the report says what that took (e.g. how many texts had to be embedded)."""
    from graph.reasoning.registry import reset_reasoners
    from service.bootstrap import prepare

    report = prepare(test_settings, seed_demo=True)
    reset_reasoners()
    return report


@pytest.fixture(scope="session")
def demo_store(demo_store_report, test_settings: Settings) -> Settings:
    """The session database with the demo store seeded, knowledge indexed and the engine trained."""
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
