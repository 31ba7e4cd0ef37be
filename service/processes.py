"""Start and stop the service's processes: the demo OMS, the graph API (`support-agent serve`) and, for
LangGraph Studio, the development server (`langgraph dev`).

Children inherit the environment, so DATA_DIR / DATABASE_URL / ports reach them unchanged; each is
waited on until its health endpoint answers, and stopped as a process group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from core.settings import REPO_ROOT, Settings


class ServiceFailedToStart(RuntimeError):
    """A child process exited or never became healthy; the message carries its log tail."""


@dataclass
class Service:
    name: str
    process: subprocess.Popen
    health_url: str
    log_path: Path
    args: list[str] = field(default_factory=list)
    env: dict | None = None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout)

    def kill(self) -> None:
        """Hard kill (crash simulation in tests)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)


def _spawn(name: str, args: list[str], health_url: str, log_dir: Path, env: dict | None = None) -> Service:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    log = open(log_path, "ab")  # noqa: SIM115 - owned by the child for its lifetime
    process = subprocess.Popen(
        args, cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
        start_new_session=True,
    )
    return Service(name, process, health_url, log_path, args, env)


def restart(service: Service) -> Service:
    """The same command again (after it exited), waited on until healthy."""
    service.stop()
    again = _spawn(service.name, service.args, service.health_url, service.log_path.parent, service.env)
    wait_healthy(again, timeout=120)
    return again


def ensure_port_free(host: str, port: int, variable: str) -> None:
    """Fail early and clearly instead of talking to whatever already listens there."""
    import socket

    with socket.socket() as sock:
        if sock.connect_ex((host, port)) == 0:
            raise ServiceFailedToStart(f"Port {port} on {host} is already in use; set {variable} to a free port.")


def wait_healthy(service: Service, timeout: float = 90.0) -> None:
    """Until the child answers its health endpoint. A child that is not healthy in time, or whose wait is
    interrupted (Ctrl-C, a SIGTERM made an interrupt), is stopped: it runs in a session of its own, and would
    otherwise outlive the caller on its port."""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if service.process.poll() is not None:
                raise ServiceFailedToStart(f"{service.name} exited with {service.process.returncode}:\n{service.log_tail()}")
            try:
                if httpx.get(service.health_url, timeout=2.0).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
    except BaseException:
        service.stop()
        raise
    service.stop()
    raise ServiceFailedToStart(f"{service.name} not healthy after {timeout:.0f}s:\n{service.log_tail()}")


def start_oms(settings: Settings, log_dir: Path, env: dict | None = None) -> Service:
    if not settings.oms_url:
        ensure_port_free(settings.host, settings.oms_port, "OMS_PORT")
    service = _spawn(
        "oms",
        [sys.executable, "-m", "oms"],
        f"{settings.resolved_oms_url}/health",
        log_dir,
        env,
    )
    wait_healthy(service)
    return service


def start_api(
    settings: Settings, log_dir: Path, workers: int | None = None, env: dict | None = None, name: str = "api"
) -> Service:
    """The production graph API, `support-agent serve`, on API_PORT."""
    ensure_port_free(settings.host, settings.api_port, "API_PORT")
    args = [sys.executable, "-m", "cli.main", "serve", "--host", settings.host, "--port", str(settings.api_port)]
    if workers:
        args += ["--workers", str(workers)]
    quiet = {"LANGSMITH_TRACING": os.environ.get("LANGSMITH_TRACING", "false")}
    service = _spawn(name, args, f"http://{settings.host}:{settings.api_port}/ready", log_dir, {**quiet, **(env or {})})
    wait_healthy(service, timeout=120)
    return service


def start_studio(settings: Settings, log_dir: Path, reload: bool = False, env: dict | None = None) -> Service:
    """`langgraph dev` on STUDIO_PORT: the same graph and auth module, for LangGraph Studio and debugging."""
    ensure_port_free(settings.host, settings.studio_port, "STUDIO_PORT")
    langgraph = Path(sys.executable).parent / "langgraph"
    args = [
        str(langgraph), "dev", "--no-browser", "--host", settings.host, "--port", str(settings.studio_port),
        "--config", str(REPO_ROOT / "langgraph.json"),
    ]
    if not reload:
        args.append("--no-reload")
    # No LangSmith key here: keep the dev server from trying to reach the network.
    quiet = {"LANGSMITH_TRACING": os.environ.get("LANGSMITH_TRACING", "false"), "LANGGRAPH_CLI_NO_ANALYTICS": "1"}
    url = f"http://{settings.host}:{settings.studio_port}/ok"
    service = _spawn("studio", args, url, log_dir, {**quiet, **(env or {})})
    wait_healthy(service, timeout=120)
    return service
