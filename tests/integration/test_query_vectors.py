"""The fast paths of the turn's MiniLM encoding give the very vectors the library's own encode() gives."""

from __future__ import annotations

import numpy as np

from tools.knowledge import query_vectors
from tools.knowledge.embeddings import MiniLMEmbeddings

MESSAGES = [
    "Where is my order #W2611340? It was supposed to arrive on Monday.",
    "hi",
    "I want to return the blue jacket, it is too small. Also can I get a refund to my gift card?",
    "Do you ship to Canada?",
]


def test_encode_direct_equals_sentence_transformers_encode_bit_for_bit():
    embeddings = MiniLMEmbeddings(batch_size=query_vectors.LIVE_BATCH)
    for texts in ([MESSAGES[0]], MESSAGES, MESSAGES[::-1]):
        expected = np.asarray(embeddings.embed_documents(texts), dtype=np.float32)
        assert np.array_equal(embeddings.encode_direct(texts), expected)


def test_line_breaks_and_space_runs_do_not_change_a_vector_and_share_its_cache_entry():
    written = "Hi,\n\nmy parcel   never came.\r\nCan you\tcheck?"
    collapsed = "Hi, my parcel never came. Can you check?"
    single = MiniLMEmbeddings(batch_size=1)
    assert np.array_equal(np.asarray(single.embed_documents([written])), np.asarray(single.embed_documents([collapsed])))
    first = query_vectors.minilm_vectors([written])
    assert collapsed in query_vectors._cache  # the retriever's collapsed query finds classify's vector
    assert np.array_equal(query_vectors.minilm_vectors([collapsed]), first)
