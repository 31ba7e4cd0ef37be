"""Embeddings kept on disk, keyed by (model, sha256 of the exact text embedded).

Re-indexing, reseeding a database or re-running the tests embeds the same texts again; with the cache
only texts never seen by this model cost model time. One SQLite file under DATA_DIR (WAL mode, so
several processes may read and write it); vectors are float32 blobs.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

FILE_NAME = "embedding-cache.sqlite3"
_BATCH = 500  # keys per SELECT (SQLite's default variable limit is 999)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class EmbeddingCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            """CREATE TABLE IF NOT EXISTS vectors (
                   model TEXT NOT NULL, digest TEXT NOT NULL, vector BLOB NOT NULL,
                   PRIMARY KEY (model, digest)) WITHOUT ROWID"""
        )

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> EmbeddingCache:
        return cls(Path(data_dir) / FILE_NAME)

    def get_many(self, model: str, digests: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors among `digests` (missing ones are simply absent)."""
        found: dict[str, np.ndarray] = {}
        unique = list(dict.fromkeys(digests))
        for start in range(0, len(unique), _BATCH):
            chunk = unique[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT digest, vector FROM vectors WHERE model = ? AND digest IN ({marks})", (model, *chunk)
            )
            for digest, blob in rows:
                found[digest] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, vectors: Mapping[str, Iterable[float]]) -> None:
        rows = [(model, digest, np.asarray(v, dtype=np.float32).tobytes()) for digest, v in vectors.items()]
        with self._db:  # one transaction
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO vectors (model, digest, vector) VALUES (?, ?, ?)", rows)

    def put_missing(self, model: str, digests: Sequence[str], vectors: np.ndarray) -> int:
        """Add the vectors this cache lacks, keeping those it holds; returns how many were added."""
        rows = [(model, digest, np.asarray(v, dtype=np.float32).tobytes()) for digest, v in zip(digests, vectors, strict=True)]
        with self._db:
            self._db.execute("BEGIN")
            before = self._db.total_changes
            self._db.executemany("INSERT OR IGNORE INTO vectors (model, digest, vector) VALUES (?, ?, ?)", rows)
            return self._db.total_changes - before

    def all_vectors(self, model: str) -> tuple[list[str], np.ndarray]:
        """Every digest held for `model` (sorted) and its vectors, row for row."""
        rows = self._db.execute("SELECT digest, vector FROM vectors WHERE model = ? ORDER BY digest", (model,)).fetchall()
        if not rows:
            return [], np.zeros((0, 0), np.float32)
        return [d for d, _ in rows], np.stack([np.frombuffer(blob, dtype=np.float32) for _, blob in rows])

    def count(self, model: str) -> int:
        return self._db.execute("SELECT count(*) FROM vectors WHERE model = ?", (model,)).fetchone()[0]

    def close(self) -> None:
        self._db.close()
