"""The graph API as a front end uses it (`langgraph dev` + the demo OMS, real HTTP), and the promise
that a conversation survives a crash: kill the API server, the OMS and PostgreSQL mid-conversation,
start them again, and continue the same thread with its exchange and frustration counts intact.

This runs its own embedded PostgreSQL (a copy of the prepared session database) so that killing it
does not disturb the rest of the suite.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from core.identity import sign_customer
from core.settings import REPO_ROOT, Settings
from service.processes import start_api, start_oms
from tests.integration.conftest import free_port

pytestmark = pytest.mark.integration
SECRET = "restart-test-secret"


def _pg_bin(name: str) -> str:
    import pgserver

    return str(Path(pgserver.__file__).parent / "pginstall" / "bin" / name)


def _start_postgres(env: dict) -> str:
    """Start (or restart) the embedded server in a separate process, as `run` would; return its URL."""
    out = subprocess.run(
        [sys.executable, "-c", "from db.connection import database_url; print(database_url())"],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=True, timeout=60,
    )
    return out.stdout.strip().splitlines()[-1]


def _kill_postgres(data_dir: Path) -> None:
    pid = int((data_dir / "pg" / "postmaster.pid").read_text().splitlines()[0])
    os.kill(pid, signal.SIGKILL)


def _send(base: str, thread_id: str, text: str, token: str) -> dict:
    response = httpx.post(
        f"{base}/threads/{thread_id}/runs/wait",
        json={
            "assistant_id": "support",
            # Front ends send message ids; a run the dev server replays after a crash then changes nothing.
            "input": {"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]},
            "if_not_exists": "create",
        },
        headers={"Authorization": f"Bearer {token}"},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="module")
def stack(demo_store, db_url, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("restart")
    env = {
        **os.environ, "DATA_DIR": str(data_dir), "DB_NAME": "support", "IDENTITY_SECRET": SECRET,
        "OMS_PORT": str(free_port()), "API_PORT": str(free_port()), "HF_HUB_OFFLINE": "1",
    }
    url = _start_postgres(env)
    dump = subprocess.run([_pg_bin("pg_dump"), "-Fc", "-d", db_url], capture_output=True, check=True, timeout=300).stdout
    subprocess.run([_pg_bin("pg_restore"), "--no-owner", "-d", url], input=dump, capture_output=True, check=True, timeout=300)
    settings = Settings(data_dir=data_dir, db_name="support", identity_secret=SECRET,
                        oms_port=int(env["OMS_PORT"]), api_port=int(env["API_PORT"]))
    services = {"oms": start_oms(settings, data_dir / "logs", env), "api": start_api(settings, data_dir / "logs", env=env)}
    yield settings, env, services, url
    for service in services.values():
        service.stop()
    # pg_ctl refuses to run as root: ask the postmaster for a fast shutdown directly.
    pid_file = data_dir / "pg" / "postmaster.pid"
    if pid_file.exists():
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(pid_file.read_text().splitlines()[0]), signal.SIGINT)


def _customer_with_order_in_transit(url: str) -> tuple[str, str, str]:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute(
            """SELECT o.customer_id, o.id, s.tracking_number FROM orders o JOIN shipments s ON s.order_id = o.id
               WHERE s.status = 'in_transit' ORDER BY o.id LIMIT 1"""
        ).fetchone()


def test_api_answers_with_live_tracking_and_rejects_bad_bodies(stack):
    settings, env, services, url = stack
    base = f"http://{settings.host}:{settings.api_port}"
    customer_id, order_id, tracking = _customer_with_order_in_transit(url)
    token = sign_customer(customer_id, settings=settings)
    state = _send(base, str(uuid.uuid4()), f"where is my order {order_id}", token)
    assert tracking in state["messages"][-1]["content"]
    garbage = httpx.post(
        f"{base}/threads/{uuid.uuid4()}/runs/wait", content=b"\xff\xfe\x00binary", timeout=30,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    assert 400 <= garbage.status_code < 500


def test_conversation_survives_killing_server_oms_and_postgres(stack):
    settings, env, services, url = stack
    base = f"http://{settings.host}:{settings.api_port}"
    customer_id, order_id, _ = _customer_with_order_in_transit(url)
    token = sign_customer(customer_id, settings=settings)
    thread_id = str(uuid.uuid4())

    first = _send(base, thread_id, f"where is my order {order_id}?", token)
    second = _send(base, thread_id, "ugh, this is so annoying. what's your return policy?", token)
    assert first["exchanges"] == 1 and second["exchanges"] == 2
    assert second["frustration_count"] == 1

    # Crash everything: no graceful shutdown, no chance to flush anything.
    services["api"].kill()
    services["oms"].kill()
    _kill_postgres(Path(settings.data_dir))

    _start_postgres(env)
    services["oms"] = start_oms(settings, Path(settings.data_dir) / "logs", env)
    services["api"] = start_api(settings, Path(settings.data_dir) / "logs", env=env)

    third = _send(base, thread_id, "STILL nothing?! this is unacceptable", token)
    assert third["exchanges"] == 3
    assert third["frustration_count"] == 2
    # Two replies already given + a frustrated message: a person takes over (or already had).
    assert third["escalated"] is True
    assert {"frustrated", "already_escalated"} & set(third["turn"]["reasons"])
    assert len(third["messages"]) == 6
