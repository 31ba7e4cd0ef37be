"""One MiniLM vector per text per process, shared by everything that reads a customer message.

The intent model and the retriever both need the embedding of the same customer message in the same
turn; this LRU makes the second caller free. The intent model always uses the local MiniLM (it was
trained on MiniLM features), whatever embedding backend the knowledge index is configured with.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from tools.knowledge.embeddings import MiniLMEmbeddings

CACHE_SIZE = 1024
_lock = threading.Lock()
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_encoder = MiniLMEmbeddings(batch_size=64)


def minilm_vectors(texts: list[str]) -> np.ndarray:
    """(len(texts), 384) L2-normalised MiniLM vectors; recently seen texts are not encoded again."""
    if not texts:
        return np.zeros((0, _encoder.dimension), np.float32)
    with _lock:
        found = {t: _cache[t] for t in dict.fromkeys(texts) if t in _cache}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        encoded = np.asarray(_encoder.embed_documents(missing), dtype=np.float32)
        found.update(zip(missing, encoded, strict=True))
        with _lock:
            for text, vector in zip(missing[-CACHE_SIZE:], encoded[-CACHE_SIZE:], strict=True):
                _cache[text] = vector
                _cache.move_to_end(text)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return np.stack([found[t] for t in texts])

