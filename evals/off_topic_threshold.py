"""Measure the off-topic guard's threshold (graph/reasoning/offline/engine.py OFF_TOPIC_SIMILARITY).

    python -m evals.off_topic_threshold [--tickets 200]

For learning-split tickets (never the held-out split, never real development messages) the first
customer message is searched among past tickets the way the retrieve node does (TICKETS_K nearest,
the ticket itself excluded), and the nearest one's cosine similarity is recorded: its low percentiles
are how far a genuine question can sit from the history. Off-topic probes (written here) show where
messages the history cannot answer land. The threshold belongs between the two.
"""

from __future__ import annotations

import argparse
import asyncio

import numpy as np

from core.settings import get_settings
from db.connection import connect
from graph.nodes.retrieve import TICKETS_K
from graph.reasoning.signals import clean_text
from tools.knowledge.retriever import KnowledgeBase

# Messages no support history of a clothing store answers; written for this measurement.
PROBES = (
    "do you sell pizza?",
    "are you hiring? I want to apply for a job",
    "write me a poem about the sea",
    "I'd like to buy 5,000 units wholesale for my shop",
    "what's the weather in Paris tomorrow?",
    "can you recommend a good laptop?",
    "who won the football game last night?",
    "how do I fix my car's brakes?",
)

LEARN_SAMPLE_SQL = """
SELECT id, messages FROM tickets
WHERE split = 'learn' AND resolved
ORDER BY md5(id)
LIMIT %s
"""


def first_customer_message(messages: list[dict]) -> str | None:
    for message in messages or []:
        if isinstance(message, dict) and message.get("role") == "customer" and message.get("text"):
            return str(message["text"])
    return None


async def nearest_similarity(kb: KnowledgeBase, text: str, exclude: str | None = None) -> float | None:
    found = await kb.asearch(text, k=TICKETS_K + 1, source="past_ticket")
    kept = [p for p in found if p.doc_id != exclude][:TICKETS_K]
    known = [p.metadata.get("similarity") for p in kept if p.metadata.get("similarity") is not None]
    return max(known) if known else None


async def main(tickets: int) -> None:
    settings = get_settings()
    with connect(settings) as conn:
        rows = conn.execute(LEARN_SAMPLE_SQL, (tickets,)).fetchall()
    kb = KnowledgeBase(settings=settings)
    genuine = []
    for ticket_id, messages in rows:
        text = first_customer_message(messages)
        if text:
            similarity = await nearest_similarity(kb, clean_text(text), exclude=ticket_id)
            if similarity is not None:
                genuine.append(similarity)
    values = np.array(genuine)
    print(f"learning tickets: {len(values)}  p1 {np.percentile(values, 1):.2f}  p5 {np.percentile(values, 5):.2f}  "
          f"median {np.median(values):.2f}  min {values.min():.2f}")
    probe_values = []
    for probe in PROBES:
        similarity = await nearest_similarity(kb, probe)
        probe_values.append(similarity or 0.0)
        print(f"probe {similarity:.2f}  {probe}")
    print(f"probes: {min(probe_values):.2f}-{max(probe_values):.2f}")


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=200)
    asyncio.run(main(parser.parse_args().tickets))


if __name__ == "__main__":
    cli()
