"""Train the offline engine from the learning split and store it in PostgreSQL.

`train_offline_engine` is the one entry point (CLI `learn`, `prepare`): it trains the intent model
and mines the resolution playbook, each skipped when its fingerprint (artefact version + the
learning rows it reads) is already stored. Both read only `training_data.learning_tickets`.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

import psycopg

from graph.reasoning.offline.continuation_model import ContinuationModel
from graph.reasoning.offline.intent_model import IntentModel
from graph.reasoning.offline.model_store import latest_fingerprint, save_artifact
from graph.reasoning.offline.playbook import PLAYBOOK, mine_playbook, playbook_fingerprint
from graph.reasoning.offline.product_swap import product_terms, swapped_copies
from graph.reasoning.offline.training_data import (
    BASE_HISTORY_SEED,
    LEARN_SPLIT,
    LearningTicket,
    base_learning_tickets,
    learning_tickets,
)

INTENT_MODEL = "intent-classifier"
MODEL_VERSION = "tfidf-minilm-prototypes-linearsvc-temperature-productswap-glosses-v5"
CONTINUATION_MODEL = "continuation-classifier"
CONTINUATION_VERSION = "tfidf-logreg-openers-vs-replies-v1"


@dataclass
class TrainingReport:
    trained: bool
    examples: int
    intents: int
    version: int | None
    fingerprint: str
    seconds: float = 0.0
    metrics: dict = field(default_factory=dict)


@dataclass
class EngineReport:
    """What `learn` did: one report per artefact."""

    intent_model: TrainingReport
    playbook: TrainingReport
    continuation: TrainingReport | None = None

    @property
    def trained(self) -> bool:
        return self.intent_model.trained or self.playbook.trained or bool(self.continuation and self.continuation.trained)

    @property
    def examples(self) -> int:
        return self.intent_model.examples

    @property
    def intents(self) -> int:
        return self.intent_model.intents

    @property
    def version(self) -> int | None:
        return self.intent_model.version


def learning_texts(tickets: list[LearningTicket]) -> list[str]:
    """What the intent model reads of a ticket: its first customer message, as the ticket index embeds it
    (whitespace folded, capped at the index's token budget), so the two share cached embeddings."""
    from tools.knowledge.embeddings import MiniLMEmbeddings, cap_tokens
    from tools.knowledge.index import TICKET_EMBED_TOKENS

    folded = [" ".join(t.first_message.split()) for t in tickets]
    return cap_tokens(MiniLMEmbeddings(), folded, TICKET_EMBED_TOKENS)


def learning_vectors(texts: list[str]):
    """MiniLM vectors of the learning texts through the disk cache. Run beside the indexer, it embeds
    shortest texts first while the indexer embeds longest first, so each text is embedded once.

    It is also the trainer's encoder for glosses and prototypes: the model it has loaded already, where the
    live encoder would first set itself up (4 s of a first start) for a few hundred texts."""
    import numpy as np

    from tools.knowledge.embeddings import MiniLMEmbeddings
    from tools.knowledge.index import default_cache, embed_cached

    if not texts:
        return np.zeros((0, MiniLMEmbeddings().dimension), np.float32)
    cache = default_cache()
    try:
        vectors, _ = embed_cached(MiniLMEmbeddings(), texts, cache, desc="embed learning", shortest_first=True)
    finally:
        cache.close()
    return np.stack(vectors).astype(np.float32)


def store_product_terms(conn: psycopg.Connection) -> list[str]:
    """How customers name the store's products (product_swap.product_terms), from its catalogue; with the
    bundled demo history's catalogue too, since a store without history of its own learns from that history."""
    import random

    from data.generator.catalog import build_catalog

    rows = conn.execute("SELECT name, category FROM products").fetchall()
    demo, _ = build_catalog(random.Random(BASE_HISTORY_SEED))
    names = [r[0] for r in rows] + [p["name"] for p in demo]
    return product_terms(names, [r[1] for r in rows] + [p["category"] for p in demo])


def fingerprint_of(tickets: list[LearningTicket], terms: list[str] | None = None) -> str:
    from graph.reasoning.glossary import glossary_digest
    from graph.reasoning.offline.prototypes import PROTOTYPES

    digest = hashlib.sha256(MODEL_VERSION.encode())
    digest.update(repr(sorted(PROTOTYPES.items())).encode())
    digest.update(glossary_digest().encode())
    digest.update(repr(terms or []).encode())
    for ticket in tickets:
        digest.update(f"{ticket.id}|{ticket.intent}|{ticket.first_message}".encode())
    return f"{MODEL_VERSION}:{LEARN_SPLIT}:{len(tickets)}:{digest.hexdigest()[:16]}"


def _require(tickets: list[LearningTicket]) -> None:
    if not tickets:
        raise RuntimeError(
            "No learning tickets found: run `support-agent seed` or `support-agent ingest --tickets`."
        )


def _train_intents(conn: psycopg.Connection, tickets: list[LearningTicket], force: bool) -> TrainingReport:
    started = time.perf_counter()
    terms = store_product_terms(conn)
    fingerprint = fingerprint_of(tickets, terms)
    intents = {t.intent for t in tickets}
    if not force and latest_fingerprint(conn, INTENT_MODEL) == fingerprint:
        return TrainingReport(
            False, len(tickets), len(intents), None, fingerprint, time.perf_counter() - started
        )
    texts = learning_texts(tickets)
    copies = swapped_copies(texts, terms)
    vectors = learning_vectors(texts + [text for _, text in copies])
    model = IntentModel.train(
        texts, [t.intent for t in tickets], vectors=vectors[: len(texts)], copies=copies,
        copy_vectors=vectors[len(texts):], encode=learning_vectors,
    )
    metrics = {
        "examples": len(tickets),
        "product_swapped_copies": len(copies),
        "intents": sorted(intents),
        "split": LEARN_SPLIT,
        "model": MODEL_VERSION,
        "calibration": model.calibration,
    }
    version = save_artifact(conn, INTENT_MODEL, model, fingerprint, metrics)
    conn.commit()
    return TrainingReport(
        True, len(tickets), len(intents), version, fingerprint, time.perf_counter() - started, metrics
    )


def _mine_playbook(conn: psycopg.Connection, tickets: list[LearningTicket], force: bool) -> TrainingReport:
    started = time.perf_counter()
    fingerprint = playbook_fingerprint(tickets)
    intents = {t.intent for t in tickets}
    if not force and latest_fingerprint(conn, PLAYBOOK) == fingerprint:
        return TrainingReport(
            False, len(tickets), len(intents), None, fingerprint, time.perf_counter() - started
        )
    playbook = mine_playbook(tickets)
    metrics = {"examples": len(tickets), "intents": sorted(playbook), "split": LEARN_SPLIT}
    version = save_artifact(conn, PLAYBOOK, playbook, fingerprint, metrics)
    conn.commit()
    return TrainingReport(
        True, len(tickets), len(intents), version, fingerprint, time.perf_counter() - started, metrics
    )


def continuation_examples(tickets: list[LearningTicket]) -> tuple[list[str], list[str]]:
    """(first messages, later customer turns) of the learning tickets."""
    openers = [t.first_message for t in tickets]
    replies = [text for t in tickets for text in t.customer_messages[1:]]
    return openers, replies


def _train_continuation(conn: psycopg.Connection, tickets: list[LearningTicket], force: bool) -> TrainingReport:
    started = time.perf_counter()
    openers, replies = continuation_examples(tickets)
    digest = hashlib.sha256(CONTINUATION_VERSION.encode())
    for ticket in tickets:
        digest.update("\x1f".join([ticket.id, *ticket.customer_messages]).encode())
    fingerprint = f"{CONTINUATION_VERSION}:{LEARN_SPLIT}:{len(tickets)}:{digest.hexdigest()[:16]}"
    if not replies or (not force and latest_fingerprint(conn, CONTINUATION_MODEL) == fingerprint):
        return TrainingReport(False, len(replies), 2, None, fingerprint, time.perf_counter() - started)
    model = ContinuationModel.train(openers, replies)
    metrics = {"split": LEARN_SPLIT, "model": CONTINUATION_VERSION, **model.metrics}
    version = save_artifact(conn, CONTINUATION_MODEL, model, fingerprint, metrics)
    conn.commit()
    return TrainingReport(True, len(replies), 2, version, fingerprint, time.perf_counter() - started, metrics)


def train_offline_engine(
    conn: psycopg.Connection, force: bool = False, cold_start: bool = True
) -> EngineReport:
    """Intent model and playbook from the learning split, each only when its data changed (or force).

    A store without ticket history (e.g. a fresh import) starts from the bundled demo history's
    learning split when `cold_start` is on, and switches to its own as soon as it has some.
    """
    tickets = learning_tickets(conn)
    if not tickets and cold_start:
        tickets = base_learning_tickets()
    _require(tickets)
    return EngineReport(
        intent_model=_train_intents(conn, tickets, force), playbook=_mine_playbook(conn, tickets, force),
        continuation=_train_continuation(conn, tickets, force),
    )
