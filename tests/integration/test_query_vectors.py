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


def test_the_unpadded_live_pass_gives_encodes_vectors_whatever_the_company_and_order():
    """Packed texts of very different lengths (one past MiniLM's 256 word pieces, so truncated) each get
    the vector encode() gives that text alone, to float32 rounding, in the order asked."""
    embeddings = MiniLMEmbeddings(batch_size=1)
    texts = [*MESSAGES, "where is my parcel " * 120, ""]
    alone = np.asarray([embeddings.embed_documents([t])[0] for t in texts], dtype=np.float32)
    for chosen in (texts, texts[::-1], texts[2:3]):
        expected = np.stack([alone[texts.index(t)] for t in chosen])
        packed = embeddings.encode_live(chosen)
        assert packed.dtype == np.float32 and packed.shape == expected.shape
        assert np.abs(packed - expected).max() < 1e-5
    vectors = embeddings.encode_live(texts)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors @ alone.T).argmax(axis=1).tolist() == list(range(len(texts)))


def test_line_breaks_and_space_runs_do_not_change_a_vector_and_share_its_cache_entry():
    written = "Hi,\n\nmy parcel   never came.\r\nCan you\tcheck?"
    collapsed = "Hi, my parcel never came. Can you check?"
    single = MiniLMEmbeddings(batch_size=1)
    assert np.array_equal(np.asarray(single.embed_documents([written])), np.asarray(single.embed_documents([collapsed])))
    first = query_vectors.minilm_vectors([written])
    assert collapsed in query_vectors._cache  # the retriever's collapsed query finds classify's vector
    assert np.array_equal(query_vectors.minilm_vectors([collapsed]), first)
