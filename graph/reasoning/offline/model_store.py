"""Trained artefacts live in PostgreSQL (table engine_models) so every replica loads the same version."""

from __future__ import annotations

import pickle
from typing import Any

import psycopg


def save_artifact(conn: psycopg.Connection, name: str, obj: Any, fingerprint: str, metrics: dict) -> int:
    """Store a new version and return its number."""
    from psycopg.types.json import Jsonb

    with conn.transaction():
        version = conn.execute(
            "SELECT coalesce(max(version), 0) + 1 FROM engine_models WHERE name = %s", (name,)
        ).fetchone()[0]
        conn.execute(
            """INSERT INTO engine_models (name, version, fingerprint, metrics, payload)
               VALUES (%s, %s, %s, %s, %s)""",
            (name, version, fingerprint, Jsonb(metrics), pickle.dumps(obj, protocol=5)),
        )
    return version


def load_latest(conn: psycopg.Connection, name: str) -> tuple[Any, int, str] | None:
    """(object, version, fingerprint) of the newest version, or None if never trained."""
    row = conn.execute(
        "SELECT payload, version, fingerprint FROM engine_models WHERE name = %s ORDER BY version DESC LIMIT 1",
        (name,),
    ).fetchone()
    if row is None:
        return None
    return pickle.loads(row[0]), row[1], row[2]


def latest_fingerprint(conn: psycopg.Connection, name: str) -> str | None:
    row = conn.execute(
        "SELECT fingerprint FROM engine_models WHERE name = %s ORDER BY version DESC LIMIT 1", (name,)
    ).fetchone()
    return row[0] if row else None
