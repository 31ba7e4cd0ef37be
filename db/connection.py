"""Where the database is: DATABASE_URL when set, else an embedded PostgreSQL (pgserver) in DATA_DIR.

The embedded server is started once and left running (cleanup_mode=None) so that later commands,
the OMS service and the LangGraph server share it and a second `run` starts in under a second.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from urllib.parse import quote

import psycopg

from core.settings import Settings, get_settings

_lock = threading.Lock()
_server_uris: dict[Path, str] = {}


class DatabaseUnavailable(RuntimeError):
    """The configured database cannot be reached or lacks pgvector; the message says what to do."""


def _embedded_server_uri(data_dir: Path) -> str:
    """Start (or attach to) the embedded PostgreSQL in data_dir/pg and return its admin URI."""
    pgdata = (data_dir / "pg").resolve()
    with _lock:
        if pgdata in _server_uris:
            return _server_uris[pgdata]
        # pgserver (as root) runs postgres as a system user and needs a private runtime dir.
        os.environ.setdefault("XDG_RUNTIME_DIR", str(_runtime_dir(data_dir)))
        try:
            import pgserver
            import pgserver.postgres_server
        except ImportError as exc:  # pragma: no cover - dependency is declared
            raise DatabaseUnavailable("pgserver is not installed; run `make install`.") from exc
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        uri = _start_and_wait(pgserver, pgdata)
        _server_uris[pgdata] = uri
        return uri


def _runtime_dir(data_dir: Path) -> Path:
    runtime = data_dir.resolve() / "xdg-runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    os.chmod(runtime, 0o700)
    return runtime


def stop_embedded_server(data_dir: Path) -> None:
    """Stop the embedded PostgreSQL in data_dir/pg, for a throwaway DATA_DIR (the service leaves its own
    running); pg_ctl runs as the server's system user, as pgserver does when it stops a server itself."""
    pgdata = (data_dir / "pg").resolve()
    os.environ.setdefault("XDG_RUNTIME_DIR", str(_runtime_dir(data_dir)))
    from pgserver.postgres_server import pg_ctl

    pg_ctl(["-w", "stop"], pgdata=pgdata, user="pgserver" if os.geteuid() == 0 else None)
    with _lock:
        _server_uris.pop(pgdata, None)


def _start_and_wait(pgserver, pgdata: Path, attempts: int = 20) -> str:
    """Start the server and prove it accepts connections.

    After a crash (postmaster killed) the old processes can take a moment to exit; until then pgserver
    may mistake the dying server for a running one. Retry until a connection succeeds.
    """
    last_error: Exception | None = None
    for _ in range(attempts):
        try:
            uri = pgserver.get_server(pgdata, cleanup_mode=None).get_uri()
            with psycopg.connect(uri, connect_timeout=5):
                return uri
        except Exception as exc:  # pgserver raises assorted errors while a crashed server winds down
            last_error = exc
            # pgserver caches one handle per data dir; drop it so the next attempt re-reads postmaster.pid.
            pgserver.postgres_server.PostgresServer._instances.pop(pgdata.resolve(), None)
            time.sleep(0.5)
    raise DatabaseUnavailable(f"The embedded PostgreSQL in {pgdata} did not start: {last_error}")


def _with_database(admin_uri: str, db_name: str) -> str:
    """Swap the database name in a pgserver socket URI (postgresql://postgres:@/postgres?host=...)."""
    head, _, query = admin_uri.partition("?")
    base = head.rsplit("/", 1)[0]
    return f"{base}/{quote(db_name)}" + (f"?{query}" if query else "")


def ensure_database(admin_uri: str, db_name: str) -> None:
    """Create db_name on the embedded server if it does not exist yet."""
    with psycopg.connect(admin_uri, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db_name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{db_name}"')


_ready_urls: dict[tuple[str, str], str] = {}


def database_url(settings: Settings | None = None) -> str:
    """The URL every component connects to; starts the embedded server when needed.

    The first call per process may start a server and create the database (blocking work); later calls
    are a dictionary look-up, so async code can call it freely once the process has warmed it up.
    """
    settings = settings or get_settings()
    if settings.database_url:
        return settings.database_url
    key = (str(settings.data_dir), settings.db_name)
    if key not in _ready_urls:
        admin = _embedded_server_uri(settings.data_dir)
        ensure_database(admin, settings.db_name)
        _ready_urls[key] = _with_database(admin, settings.db_name)
    return _ready_urls[key]


def connect(settings: Settings | None = None, **kwargs) -> psycopg.Connection:
    """A plain connection to the service database (callers close it, e.g. with `with`)."""
    url = database_url(settings)
    try:
        return psycopg.connect(url, **kwargs)
    except psycopg.OperationalError as exc:
        raise DatabaseUnavailable(
            f"Cannot connect to PostgreSQL ({exc}). Check DATABASE_URL, or unset it to use the embedded database."
        ) from exc
