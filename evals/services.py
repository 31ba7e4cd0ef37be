"""The demo OMS the graph calls over HTTP, made available for an eval or bench run.

The graph reads orders only through the OMS API (settings.resolved_oms_url). If nothing answers there,
the real-messages replay starts the same FastAPI app in a background thread on that address for the
duration of the run, so it works without a second terminal and measures the real HTTP path. The
held-out ticket eval always serves its own OMS over a private copy of the orders (evals/replay_store.py).
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlparse

import httpx

from core.settings import REPO_ROOT, Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def spawn_until_healthy(argv: list[str], health_url: str, what: str, env: dict | None = None,
                        timeout_s: float = 60) -> subprocess.Popen:
    """A helper process (the demo OMS, the OpenAI-compatible test double) started from the repository and
    returned once `health_url` answers 200; killed and reported when it does not in time."""
    process = subprocess.Popen(argv, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(health_url, timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{what} did not start")


def oms_healthy(url: str, timeout_s: float = 2.0) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=timeout_s).status_code == 200
    except httpx.HTTPError:
        return False


@contextlib.contextmanager
def serving_in_thread(app, sock: socket.socket, name: str) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on a bound socket in a background thread; yields its URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name=name)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"Could not start {name}; is the port taken by something else?")
        time.sleep(0.02)
    try:
        host, port = sock.getsockname()[:2]
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextlib.contextmanager
def oms_available(settings: Settings) -> Iterator[str]:
    """Yield the OMS base URL, serving the demo OMS in-process when none is running there."""
    url = settings.resolved_oms_url
    if oms_healthy(url):
        yield url
        return
    from oms.app import create_app

    parsed = urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost"):
        raise RuntimeError(f"The OMS at {url} does not answer /health; start it or fix OMS_URL.")
    with socket.socket() as sock:
        sock.bind((parsed.hostname, parsed.port or 80))
        with serving_in_thread(create_app(settings), sock, "eval-oms"):
            yield url
