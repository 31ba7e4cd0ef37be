"""The on-disk embedding cache: exact float32 vectors, keyed by model and text digest."""

from __future__ import annotations

import numpy as np

from tools.knowledge.embedding_cache import EmbeddingCache, text_digest


def test_vectors_round_trip_per_model(tmp_path) -> None:
    cache = EmbeddingCache(tmp_path / "c.sqlite3")
    a, b = text_digest("where is my order?"), text_digest("return policy")
    cache.put_many("model-1", {a: [0.25, -1.5, 3.0], b: np.array([1.0, 2.0, 3.0])})
    found = cache.get_many("model-1", [a, b, text_digest("never embedded"), a])
    assert set(found) == {a, b}
    assert found[a].tolist() == [0.25, -1.5, 3.0] and found[a].dtype == np.float32
    assert cache.get_many("model-2", [a]) == {}  # another model's vectors are never mixed in
    cache.close()


def test_the_cache_persists_across_opens_and_many_keys(tmp_path) -> None:
    path = tmp_path / "c.sqlite3"
    digests = [text_digest(f"text {i}") for i in range(1200)]  # more keys than one SELECT binds
    first = EmbeddingCache(path)
    first.put_many("m", {d: [float(i)] for i, d in enumerate(digests)})
    first.close()
    again = EmbeddingCache(path)
    found = again.get_many("m", digests)
    assert len(found) == 1200 and found[digests[1199]].tolist() == [1199.0]
    assert again.count("m") == 1200


def test_digest_is_sha256_of_the_exact_text() -> None:
    assert text_digest("a") == "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
    assert text_digest("a ") != text_digest("a")
