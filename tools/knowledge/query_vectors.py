"""One MiniLM vector per text per process, shared by everything that reads a customer message.

The intent model and the retriever both need the embedding of the same customer message in the same
turn; this LRU makes the second caller free. The intent model always uses the local MiniLM (it was
trained on MiniLM features), whatever embedding backend the knowledge index is configured with.
Texts not cached go through one encoder thread that merges concurrent turns' texts (encode_batcher).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

import numpy as np

from tools.knowledge.embeddings import MiniLMEmbeddings
from tools.knowledge.encode_batcher import MAX_BATCH_TEXTS, EncodeBatcher

CACHE_SIZE = 1024
# The few texts of concurrent turns go through the unpadded forward pass (packed_minilm); LIVE_BATCH is
# the padded fallback's batch size (length-sorted batches of 8, measured in encode_batcher); long lists
# use the indexer's batch size.
LIVE_BATCH = 8
_lock = threading.Lock()
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_live, _bulk = MiniLMEmbeddings(batch_size=LIVE_BATCH), MiniLMEmbeddings()


def _encode(texts: list[str]) -> np.ndarray:
    if len(texts) <= MAX_BATCH_TEXTS:
        return _live.encode_live(texts)
    return np.asarray(_bulk.embed_documents(texts), dtype=np.float32)


_batcher = EncodeBatcher(_encode)
_WHITESPACE = re.compile(r"[ \t\n\r]+")


def _canonical(text: str) -> str:
    """The text with runs of spaces, tabs and line breaks as one space: MiniLM's tokenizer reads both the
    same (its normaliser turns them into spaces and it splits on whitespace), so the vectors are equal,
    and the retriever's whitespace-collapsed query finds the vector classify computed."""
    return _WHITESPACE.sub(" ", text).strip()


def minilm_vectors(texts: list[str]) -> np.ndarray:
    """(len(texts), 384) L2-normalised MiniLM vectors; recently seen texts are not encoded again."""
    if not texts:
        return np.zeros((0, _live.dimension), np.float32)
    texts = [_canonical(t) for t in texts]
    with _lock:
        found = {t: _cache[t] for t in dict.fromkeys(texts) if t in _cache}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        encoded = _batcher.encode(missing)
        found.update(zip(missing, encoded, strict=True))
        with _lock:
            for text, vector in zip(missing[-CACHE_SIZE:], encoded[-CACHE_SIZE:], strict=True):
                _cache[text] = vector
                _cache.move_to_end(text)
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return np.stack([found[t] for t in texts])



def forget() -> None:
    """Drop every cached vector (a benchmark replaying the same messages must encode them again)."""
    with _lock:
        _cache.clear()
