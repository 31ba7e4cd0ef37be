"""Learning from the ticket history on a real PostgreSQL: only the learning split teaches the engine.

Poisoned tickets in split='test' (text saying one thing, label and outcome saying another) must change
neither the intent model nor the playbook; the stored artefacts carry the learning-split fingerprint;
the probabilities are calibrated on the held-out test split.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest

from graph.reasoning.base import Classification, Draft, DraftRequest
from graph.reasoning.offline.engine import DOUBT_CAP, OfflineReasoner
from graph.reasoning.offline.intent_model import expected_calibration_error
from graph.reasoning.offline.model_store import load_latest
from graph.reasoning.offline.playbook import PLAYBOOK, playbook_fingerprint
from graph.reasoning.offline.training import (
    INTENT_MODEL,
    fingerprint_of,
    store_product_terms,
    train_offline_engine,
)
from graph.reasoning.offline.training_data import learning_tickets
from graph.state import Entities, Question

# Measured on the demo store (generator 2026.1, seed 7, harder history with platform noise and registers; 2026.2
# keeps every first message), intent model v3 (lexical + MiniLM + prototypes): test-split accuracy 92.8%, ECE 0.0132 (`python -m
# evals.learning_report`); the bounds leave a margin.
ECE_BOUND = 0.03
ACCURACY_BOUND = 0.90

POISON_TEXT = "Where is my order? The tracking link has not moved since Monday, please check it."
PROBES = [
    POISON_TEXT,
    "where is my parcel, tracking says nothing",
    "my jacket arrived with a torn sleeve",
    "can I pay with paypal?",
    "I was charged twice for the same order",
]


@pytest.fixture()
def trained(demo_store, conn):
    train_offline_engine(conn)
    return conn


def _test_split(conn) -> tuple[list[str], list[str]]:
    rows = conn.execute(
        "SELECT messages, intent FROM tickets WHERE split = 'test' AND id NOT LIKE 'POISON-%' ORDER BY id"
    ).fetchall()
    texts, labels = [], []
    for messages, intent in rows:
        customer = [m["text"] for m in messages if m.get("role") == "customer" and m.get("text")]
        if customer:
            texts.append(customer[0])
            labels.append(intent)
    return texts, labels


def test_artefacts_carry_the_learning_split_fingerprint(trained):
    conn = trained
    tickets = learning_tickets(conn)
    model, _, model_fp = load_latest(conn, INTENT_MODEL)
    book, _, book_fp = load_latest(conn, PLAYBOOK)
    assert model_fp == fingerprint_of(tickets, store_product_terms(conn)) and ":learn:" in model_fp
    assert book_fp == playbook_fingerprint(tickets) and ":learn:" in book_fp
    assert sum(entry["tickets"] for entry in book.values()) == len(tickets)
    # Nothing changed: a second run trains nothing.
    again = train_offline_engine(conn)
    assert not again.intent_model.trained and not again.playbook.trained


def test_poisoned_test_split_changes_neither_model_nor_playbook(trained):
    conn = trained
    before_model, _, before_model_fp = load_latest(conn, INTENT_MODEL)
    before_book, _, before_book_fp = load_latest(conn, PLAYBOOK)
    before_probs = before_model.predict_proba(PROBES)
    messages = json.dumps(
        [{"role": "customer", "text": POISON_TEXT}, {"role": "agent", "text": "Poison reply."}]
    )
    try:
        with conn.transaction():
            for i in range(300):
                conn.execute(
                    """INSERT INTO tickets (id, created_at, messages, intent, tier, resolution_action,
                           resolved_first_reply, escalated, refund_amount, split)
                       VALUES (%s, %s, %s::jsonb, 'complaint', 2, 'poison_action', false, true, 9999, 'test')""",
                    (f"POISON-{i:04d}", datetime(2020, 1, 1, tzinfo=UTC), messages),
                )
        report = train_offline_engine(conn, force=True)
        assert report.intent_model.trained and report.playbook.trained
        after_model, _, after_model_fp = load_latest(conn, INTENT_MODEL)
        after_book, _, after_book_fp = load_latest(conn, PLAYBOOK)
        assert after_model_fp == before_model_fp and after_book_fp == before_book_fp
        np.testing.assert_allclose(after_model.predict_proba(PROBES), before_probs, atol=1e-9)
        assert after_model.predict(POISON_TEXT)[0] == "order_status"
        assert after_book == before_book
        assert all(entry["resolution_action"] != "poison_action" for entry in after_book.values())
    finally:
        conn.execute("DELETE FROM tickets WHERE id LIKE 'POISON-%'")
        conn.commit()


def test_probabilities_are_calibrated_on_the_held_out_test_split(trained):
    model, _, _ = load_latest(trained, INTENT_MODEL)
    texts, labels = _test_split(trained)
    assert len(texts) > 200
    probs = model.predict_proba(texts)
    predicted = np.array(model.classes)[probs.argmax(axis=1)]
    correct = predicted == np.array(labels)
    assert correct.mean() >= ACCURACY_BOUND
    assert expected_calibration_error(probs, correct) <= ECE_BOUND


def _request(intent: str, confidence: float, similar_intents: list[str]) -> DraftRequest:
    classification = Classification(
        intent=intent,
        confidence=confidence,
        questions=[Question(text="x", intent=intent, confidence=confidence)],
        entities=Entities(order_numbers=[], emails=[], amounts=[]),
        frustrated=False,
        wants_human=False,
    )
    similar = [
        {"doc_id": f"T{i}", "source": "past_ticket", "metadata": {"intent": s}}
        for i, s in enumerate(similar_intents)
    ]
    return DraftRequest(text="x", classification=classification, similar_tickets=similar)


def test_engine_uses_the_playbook_as_evidence_and_for_handoffs(trained):
    model, _, _ = load_latest(trained, INTENT_MODEL)
    book, _, _ = load_latest(trained, PLAYBOOK)
    engine = OfflineReasoner(model, playbook=book)
    draft = Draft(text="Here is your tracking link.")
    # Neighbours no longer cap the model (their meaning is one of its features): its probability stands.
    assert engine.assess(_request("order_status", 0.85, ["complaint", "complaint", "wrong_item"]), draft) == 0.85
    assert engine.assess(_request("order_status", 0.85, []), Draft(text="x", unanswered=["sizing"])) == 0.4
    # History: refund requests are rarely resolved by the first reply, so a draft alone is not trusted.
    assert book["refund_request"]["first_reply_resolution_rate"] < 0.5
    assert engine.assess(_request("refund_request", 0.99, []), draft) == DOUBT_CAP
    brief = engine.handoff_brief(_request("damaged_item", 0.99, []), ["tier2_intent"])
    assert "past damaged_item tickets" in brief.suggested_resolution
