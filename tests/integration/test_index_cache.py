"""What the indexer embeds for past tickets, and the on-disk embedding cache that makes re-indexing cheap."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import psycopg
import pytest

from tests.conftest import private_database
from tools.knowledge import store
from tools.knowledge.embedding_cache import EmbeddingCache
from tools.knowledge.embeddings import MiniLMEmbeddings, cap_tokens
from tools.knowledge.index import TICKET_EMBED_TOKENS, index_past_tickets

pytestmark = pytest.mark.integration

LONG = "My order arrived but " + "the box was open and some things were missing, " * 40 + "please help."
TICKETS = [
    ("IX-1", "where is my parcel? it has been two weeks", "It is with the carrier, arriving Friday (zebrafinch)."),
    ("IX-2", "can I return a worn jacket?", "Unworn items only, within 30 days."),
    ("IX-3", LONG, "We are sending the missing items."),
]


@pytest.fixture(scope="module")
def embeddings() -> MiniLMEmbeddings:
    return MiniLMEmbeddings()


@pytest.fixture()
def ticket_db(db_url: str):
    with private_database(db_url, "ix") as url:
        with psycopg.connect(url) as conn:
            for ticket_id, customer, agent in TICKETS:
                at = "2024-01-01T00:00:00+00:00"
                messages = [{"role": "customer", "text": customer, "at": at}, {"role": "agent", "text": agent, "at": at}]
                conn.execute(
                    """INSERT INTO tickets (id, created_at, messages, intent, tier, resolution_action, resolved,
                           resolved_first_reply, escalated, split)
                       VALUES (%s, %s, %s, 'order_status', 1, 'share_tracking', true, true, false, 'learn')""",
                    (ticket_id, datetime(2024, 1, 1, tzinfo=UTC), json.dumps(messages)),
                )
            conn.commit()
        yield url


def _vectors(conn: psycopg.Connection) -> dict[str, np.ndarray]:
    rows = conn.execute(f"SELECT doc_id, embedding::text FROM {store.TABLE} WHERE source = 'past_ticket'")
    return {doc_id: np.array(json.loads(text), dtype=np.float32) for doc_id, text in rows}


def test_cap_tokens_keeps_a_prefix_of_at_most_the_cap(embeddings: MiniLMEmbeddings) -> None:
    short, long = cap_tokens(embeddings, ["where is my parcel?", LONG], TICKET_EMBED_TOKENS)
    assert short == "where is my parcel?"
    assert LONG.startswith(long) and len(long) < len(LONG)
    tokens = embeddings.model.tokenizer(long, add_special_tokens=False)["input_ids"]
    assert len(tokens) == TICKET_EMBED_TOKENS


def test_past_tickets_embed_the_customers_first_message(ticket_db, embeddings, tmp_path) -> None:
    cache = EmbeddingCache(tmp_path / "cache.sqlite3")
    with psycopg.connect(ticket_db) as conn:
        report = index_past_tickets(conn, embeddings, cache=cache)
        assert (report.embedded, report.cached) == (3, 0)
        stored = _vectors(conn)
        body, content = conn.execute(
            f"SELECT body, content FROM {store.TABLE} WHERE doc_id = 'IX-1'"
        ).fetchone()
        # The reply is still evidence (shown, and found by full-text search), just not embedded.
        assert "zebrafinch" in body and "zebrafinch" in content
        hits = conn.execute(f"SELECT doc_id FROM {store.TABLE} WHERE tsv @@ plainto_tsquery('zebrafinch')").fetchall()
        assert hits == [("IX-1",)]
    questions = cap_tokens(embeddings, [customer for _, customer, _ in TICKETS], TICKET_EMBED_TOKENS)
    expected = np.array(embeddings.embed_documents(questions), dtype=np.float32)
    for (ticket_id, _, _), vector in zip(TICKETS, expected, strict=True):
        assert float(stored[ticket_id] @ vector) > 0.999


def test_reindexing_reads_vectors_from_the_cache(ticket_db, embeddings, tmp_path) -> None:
    cache = EmbeddingCache(tmp_path / "cache.sqlite3")
    with psycopg.connect(ticket_db) as conn:
        index_past_tickets(conn, embeddings, cache=cache)
        first = _vectors(conn)
        unchanged = index_past_tickets(conn, embeddings, cache=cache)
        assert (unchanged.embedded, unchanged.unchanged) == (0, 3)
        again = index_past_tickets(conn, embeddings, rebuild=True, cache=cache)
        assert (again.embedded, again.cached) == (3, 3)  # every vector came from disk
        for ticket_id, vector in _vectors(conn).items():
            assert np.allclose(vector, first[ticket_id], atol=1e-6)
    assert cache.count("MiniLMEmbeddings:all-MiniLM-L6-v2") == 3
