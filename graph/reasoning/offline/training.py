"""Train the offline engine from the learning split and store it in PostgreSQL."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import psycopg

from graph.reasoning.offline.intent_model import IntentModel
from graph.reasoning.offline.model_store import latest_fingerprint, save_artifact
from graph.reasoning.offline.training_data import LEARN_SPLIT, LearningTicket, learning_tickets

INTENT_MODEL = "intent-classifier"
MODEL_VERSION = "tfidf-char-word-logreg-sigmoid-v1"


@dataclass
class TrainingReport:
    trained: bool
    examples: int
    intents: int
    version: int | None
    fingerprint: str


def fingerprint_of(tickets: list[LearningTicket]) -> str:
    digest = hashlib.sha256(MODEL_VERSION.encode())
    for ticket in tickets:
        digest.update(f"{ticket.id}|{ticket.intent}|{ticket.first_message}".encode())
    return f"{MODEL_VERSION}:{LEARN_SPLIT}:{len(tickets)}:{digest.hexdigest()[:16]}"


def train_intent_model(conn: psycopg.Connection, force: bool = False) -> TrainingReport:
    """Train on the learning split unless a model for exactly this data is already stored."""
    tickets = learning_tickets(conn)
    if not tickets:
        raise RuntimeError("No learning tickets found: run `support-agent seed` or `support-agent ingest --tickets`.")
    fingerprint = fingerprint_of(tickets)
    intents = {t.intent for t in tickets}
    if not force and latest_fingerprint(conn, INTENT_MODEL) == fingerprint:
        return TrainingReport(False, len(tickets), len(intents), None, fingerprint)
    model = IntentModel.train([t.first_message for t in tickets], [t.intent for t in tickets])
    metrics = {"examples": len(tickets), "intents": sorted(intents), "split": LEARN_SPLIT}
    version = save_artifact(conn, INTENT_MODEL, model, fingerprint, metrics)
    conn.commit()
    return TrainingReport(True, len(tickets), len(intents), version, fingerprint)
