"""The shipped demo vectors are what MiniLM computes, and current: a first start embeds almost nothing."""

from __future__ import annotations

import numpy as np
import pytest

from tools.knowledge.embedding_cache import text_digest
from tools.knowledge.embeddings import MiniLMEmbeddings
from tools.knowledge.index import help_article_chunks, model_name
from tools.knowledge.shipped_vectors import SHIPPED_FILE

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def shipped() -> dict[str, np.ndarray]:
    with np.load(SHIPPED_FILE, allow_pickle=False) as archive:
        assert str(archive["model"]) == model_name(MiniLMEmbeddings())
        return {bytes(d).hex(): v for d, v in zip(archive["digests"], archive["vectors"], strict=True)}


def test_the_session_prepare_found_its_texts_in_the_shipped_file(demo_store_report, shipped) -> None:
    # Texts the file lacks were embedded during the prepare; when the generator or the help center
    # changes, `support-agent demo-vectors` writes the file again.
    assert demo_store_report.embedded <= 0.02 * len(shipped), (
        f"{demo_store_report.embedded} texts were embedded: run `support-agent demo-vectors`"
    )


def test_shipped_vectors_are_minilms_vectors_of_the_help_center(conn, demo_store, shipped) -> None:
    _, chunks = help_article_chunks(conn)
    texts = [chunk.content for chunk in chunks]
    assert all(text_digest(text) in shipped for text in texts)
    sample = texts[:: max(1, len(texts) // 12)]
    computed = np.asarray(MiniLMEmbeddings().embed_documents(sample), dtype=np.float32)
    for text, vector in zip(sample, computed, strict=True):
        # float32 here; a CPU that runs MiniLM in bfloat16 computes within about 1e-2 of it
        assert float(shipped[text_digest(text)] @ vector) > 0.99
