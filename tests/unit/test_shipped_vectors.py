"""The demo store's shipped vectors: written from a cache, added to another without overwriting it."""

from __future__ import annotations

import numpy as np

from tools.knowledge.embedding_cache import EmbeddingCache, text_digest
from tools.knowledge.shipped_vectors import add_shipped_vectors, write_shipped_vectors


def _unit(seed: int) -> np.ndarray:
    vector = np.random.default_rng(seed).normal(size=384).astype(np.float32)
    return vector / np.linalg.norm(vector)


def test_shipped_vectors_fill_only_what_a_cache_lacks(tmp_path) -> None:
    texts = ["where is my order?", "return policy", "do you ship to Canada?"]
    source = EmbeddingCache(tmp_path / "source.sqlite3")
    source.put_many("m", {text_digest(t): _unit(i) for i, t in enumerate(texts)})
    assert write_shipped_vectors(source, "m", tmp_path / "shipped.npz") == 3

    target = EmbeddingCache(tmp_path / "target.sqlite3")
    own = _unit(99)
    target.put_many("m", {text_digest(texts[0]): own})
    assert add_shipped_vectors(target, "m", tmp_path / "shipped.npz") == 2
    found = target.get_many("m", [text_digest(t) for t in texts])
    assert np.array_equal(found[text_digest(texts[0])], own)  # a vector the cache holds is kept
    assert np.array_equal(found[text_digest(texts[2])], _unit(2))  # shipped ones arrive bit for bit
    assert add_shipped_vectors(target, "m", tmp_path / "shipped.npz") == 0  # a second start adds nothing


def test_another_models_or_a_missing_or_broken_file_adds_nothing(tmp_path) -> None:
    source = EmbeddingCache(tmp_path / "source.sqlite3")
    source.put_many("model-a", {text_digest("hi"): _unit(1)})
    write_shipped_vectors(source, "model-a", tmp_path / "a.npz")
    (tmp_path / "broken.npz").write_bytes(b"not a numpy archive")
    (tmp_path / "cut.npz").write_bytes((tmp_path / "a.npz").read_bytes()[:200])  # a download cut short

    target = EmbeddingCache(tmp_path / "target.sqlite3")
    assert add_shipped_vectors(target, "model-b", tmp_path / "a.npz") == 0
    assert add_shipped_vectors(target, "model-a", tmp_path / "missing.npz") == 0
    assert add_shipped_vectors(target, "model-a", tmp_path / "broken.npz") == 0
    assert add_shipped_vectors(target, "model-a", tmp_path / "cut.npz") == 0
    assert target.count("model-a") == target.count("model-b") == 0
