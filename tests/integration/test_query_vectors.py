"""The fast paths of the turn's MiniLM encoding give the very vectors the library's own encode() gives."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from tools.knowledge import query_vectors
from tools.knowledge.embeddings import MiniLMEmbeddings
from tools.knowledge.packed_minilm import (
    BF16_MIN_COSINE,
    PRECISION_ENV,
    PackedEncoder,
    encoder_for,
    matmul_precision,
)

MESSAGES = [
    "Where is my order #W2611340? It was supposed to arrive on Monday.",
    "hi",
    "I want to return the blue jacket, it is too small. Also can I get a refund to my gift card?",
    "Do you ship to Canada?",
]


def test_encode_direct_equals_sentence_transformers_encode_bit_for_bit():
    embeddings = MiniLMEmbeddings(batch_size=query_vectors.LIVE_BATCH)
    for texts in ([MESSAGES[0]], MESSAGES, MESSAGES[::-1]):
        expected = embeddings.model.encode(
            texts, batch_size=embeddings.batch_size, normalize_embeddings=True, show_progress_bar=False
        ).astype(np.float32)
        assert np.array_equal(embeddings.encode_direct(texts), expected)


def test_the_unpadded_pass_in_float32_gives_encodes_vectors_whatever_the_company_and_order():
    """Packed texts of very different lengths (one past MiniLM's 256 word pieces, so truncated) each get
    the vector encode() gives that text alone, to float32 rounding, in the order asked."""
    embeddings = MiniLMEmbeddings(batch_size=1)
    texts = [*MESSAGES, "where is my parcel " * 120, "", "  Straße, İstanbul 😊 \n"]
    alone = np.stack([embeddings.encode_direct([t])[0] for t in texts])
    encoder = PackedEncoder(embeddings.model, torch.float32)
    for chosen in (texts, texts[::-1], texts[2:3]):
        expected = np.stack([alone[texts.index(t)] for t in chosen])
        packed = encoder.encode(chosen)
        assert packed.dtype == np.float32 and packed.shape == expected.shape
        assert np.abs(packed - expected).max() < 1e-5
    vectors = encoder.encode(texts)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors @ alone.T).argmax(axis=1).tolist() == list(range(len(texts)))


def test_bfloat16_products_keep_each_vector_where_float32_puts_it():
    """The bfloat16 pass (chosen where the CPU runs it natively) stays within the cosine the automatic
    choice demands of every text, and each vector is still nearest its own text's float32 vector."""
    embeddings = MiniLMEmbeddings(batch_size=1)
    texts = [*MESSAGES, "where is my parcel " * 120, "¿dónde está mi pedido? Lo pedí hace dos semanas."]
    reference = PackedEncoder(embeddings.model, torch.float32).encode(texts)
    half = PackedEncoder(embeddings.model, torch.bfloat16).encode(texts)
    assert half.dtype == np.float32 and half.shape == reference.shape
    cosines = (half * reference).sum(axis=1)
    assert cosines.min() >= BF16_MIN_COSINE
    assert (half @ reference.T).argmax(axis=1).tolist() == list(range(len(texts)))


def test_the_precision_setting_overrides_the_measured_choice(monkeypatch):
    model = MiniLMEmbeddings().model
    monkeypatch.setenv(PRECISION_ENV, "float32")
    assert matmul_precision(model) == torch.float32
    monkeypatch.setenv(PRECISION_ENV, "bfloat16")
    assert matmul_precision(model) == torch.bfloat16
    monkeypatch.setenv(PRECISION_ENV, "half")
    with pytest.raises(ValueError, match="MINILM_PRECISION"):
        matmul_precision(model)
    monkeypatch.setenv(PRECISION_ENV, "auto")
    assert matmul_precision(model) in (torch.float32, torch.bfloat16)


def test_the_live_encoder_is_the_packed_pass_in_the_chosen_precision():
    embeddings = MiniLMEmbeddings(batch_size=1)
    live = embeddings.encode_live(MESSAGES)
    chosen = encoder_for(embeddings.model)
    assert np.array_equal(live, chosen.encode(MESSAGES))


def test_line_breaks_and_space_runs_do_not_change_a_vector_and_share_its_cache_entry():
    written = "Hi,\n\nmy parcel   never came.\r\nCan you\tcheck?"
    collapsed = "Hi, my parcel never came. Can you check?"
    single = MiniLMEmbeddings(batch_size=1)
    assert np.array_equal(np.asarray(single.embed_documents([written])), np.asarray(single.embed_documents([collapsed])))
    first = query_vectors.minilm_vectors([written])
    assert collapsed in query_vectors._cache  # the retriever's collapsed query finds classify's vector
    assert np.array_equal(query_vectors.minilm_vectors([collapsed]), first)
