"""Run `support-agent serve` in this process: migrate, then uvicorn with N worker processes.

uvicorn's supervisor forwards SIGTERM to the workers; each stops accepting, lets open requests and
in-flight runs finish within SERVE_SHUTDOWN_GRACE_S, and hands the rest back to the database for
another worker or replica. A worker that dies is restarted by the supervisor.

With several workers uvicorn binds the listening socket itself without saying it is TCP (proto 0); the
accepted connections inherit that, and asyncio then leaves Nagle's algorithm on, so every keep-alive
request after the first waited for the client's delayed ACK: ~45 ms per turn with 2 workers against 1
(measured: `bench` serve-2w at one conversation, 90 ms p50 against 41 ms with 1 worker; uvicorn issue
#3149). The listener here is created as TCP, so each connection gets TCP_NODELAY as with one worker.
"""

from __future__ import annotations

import socket
import sys

import uvicorn
from uvicorn.server import STARTUP_FAILURE
from uvicorn.supervisors import Multiprocess

from core.settings import get_settings


class TcpListenerConfig(uvicorn.Config):
    """uvicorn's Config whose bound TCP socket says it is TCP (so connections get TCP_NODELAY)."""

    def bind_socket(self) -> socket.socket:
        return as_tcp(super().bind_socket())


def as_tcp(sock: socket.socket) -> socket.socket:
    """The same listening socket, declared IPPROTO_TCP (a Unix socket is returned unchanged)."""
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.proto == socket.IPPROTO_TCP:
        return sock
    tcp = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
    tcp.set_inheritable(True)
    return tcp


def run_server(host: str | None = None, port: int | None = None, workers: int | None = None) -> None:
    from db.migrate import migrate

    settings = get_settings()
    migrate(settings)  # the runs table (db/migrations/0005_runs.sql) and friends; a no-op when up to date
    config = TcpListenerConfig(
        "server.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.api_port,
        workers=workers or settings.serve_workers,
        # The standard asyncio loop, not uvloop: measured on this graph (psycopg async + worker threads for
        # the engine and embeddings), uvloop added ~250 ms p50 per turn; asyncio matched in-process speed.
        loop="asyncio",
        http="httptools",
        access_log=False,
        log_config=None,
        timeout_graceful_shutdown=settings.serve_shutdown_grace_s,
        timeout_keep_alive=30,
    )
    server = uvicorn.Server(config)
    try:
        if config.workers > 1:  # what uvicorn.run does, with the TCP listener
            Multiprocess(config, sockets=[config.bind_socket()]).run()
        else:
            server.run()
    except KeyboardInterrupt:
        pass
    if config.workers == 1 and not server.started:
        sys.exit(STARTUP_FAILURE)
