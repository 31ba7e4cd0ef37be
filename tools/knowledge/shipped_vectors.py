"""The demo store's MiniLM vectors, shipped with the code so that its first start does not compute them.

The demo history is generated from a fixed seed, so the texts a first start embeds (help-center chunks,
past tickets, the engine's learning texts) are known before any machine starts it. Computing them is most
of a first start on a CPU without bfloat16 (about 5,800 texts at 36 a second on one core), so they ship
as a file and are added to the embedding cache before indexing and training. The cache is keyed by the
exact text, so a stale file (after the generator or the help center changed) can only cost time: texts it
lacks are embedded as before. `support-agent demo-vectors` rebuilds it from a store prepared from empty.

A brand's own history is not in the file and is embedded at its import.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

import data
from tools.knowledge.embedding_cache import EmbeddingCache

SHIPPED_FILE = Path(data.__file__).parent / "vectors" / "minilm-demo.npz"


def add_shipped_vectors(cache: EmbeddingCache, model: str, path: Path = SHIPPED_FILE) -> int:
    """Put the file's vectors the cache lacks into it; how many were added (0 when the file is missing,
    unreadable, or holds another model's vectors)."""
    try:
        with np.load(path, allow_pickle=False) as shipped:
            if str(shipped["model"]) != model:
                return 0
            digests = [bytes(row).hex() for row in shipped["digests"]]
            vectors = shipped["vectors"].astype(np.float32, copy=False)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):  # missing, unreadable or cut short: compute instead
        return 0
    return cache.put_missing(model, digests, vectors)


def write_shipped_vectors(cache: EmbeddingCache, model: str, path: Path = SHIPPED_FILE) -> int:
    """Write every vector the cache holds for `model` to `path` (float32, as computed); how many."""
    digests, vectors = cache.all_vectors(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    packed = np.frombuffer(b"".join(bytes.fromhex(d) for d in digests), dtype=np.uint8).reshape(len(digests), 32)
    with path.open("wb") as out:
        np.savez_compressed(out, model=np.array(model), digests=packed, vectors=vectors.astype(np.float32))
    return len(digests)
