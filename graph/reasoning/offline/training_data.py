"""The only door from ticket history into learning: rows of the 'learn' split, never 'test'.

Everything that trains or mines (intent model, playbook, similar-ticket index) reads through here, so
one test can prove the held-out split never leaks into what the agent knows.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg

LEARN_SPLIT = "learn"


@dataclass(frozen=True)
class LearningTicket:
    id: str
    first_message: str
    customer_messages: list[str]
    agent_reply: str | None
    intent: str
    secondary_intents: list[str]
    tier: int
    resolution_action: str
    resolved_first_reply: bool
    escalated: bool
    refund_amount: float | None
    facts: dict
    language: str
    csat: int | None = None


def _from_row(row: tuple) -> LearningTicket | None:
    messages = row[1] or []
    customer = [m["text"] for m in messages if m.get("role") == "customer" and m.get("text")]
    agent = [m["text"] for m in messages if m.get("role") == "agent" and m.get("text")]
    if not customer:
        return None
    return LearningTicket(
        id=row[0],
        first_message=customer[0],
        customer_messages=customer,
        agent_reply=agent[0] if agent else None,
        intent=row[2],
        secondary_intents=list(row[3] or []),
        tier=row[4],
        resolution_action=row[5],
        resolved_first_reply=row[6],
        escalated=row[7],
        refund_amount=float(row[8]) if row[8] is not None else None,
        facts=row[9] or {},
        language=row[10],
        csat=row[11],
    )


# The bundled demo history a store without tickets of its own learns from (its generator seed).
BASE_HISTORY_SEED = 7


def base_learning_tickets(seed: int = BASE_HISTORY_SEED) -> list[LearningTicket]:
    """Cold start for a store with no ticket history yet: the learning split of the bundled demo
    history (generated, deterministic). Only its 'learn' rows are used, like any store's."""
    from data.generator import generate
    from data.generator.split import assign_splits

    rows = generate(seed).tickets
    assign_splits(rows)
    columns = ("id", "messages", "intent", "secondary_intents", "tier", "resolution_action",
               "resolved_first_reply", "escalated", "refund_amount", "facts", "language", "csat")
    tickets = []
    for row in sorted((r for r in rows if r["split"] == LEARN_SPLIT), key=lambda r: (r["created_at"], r["id"])):
        ticket = _from_row(tuple(row.get(c) for c in columns))
        if ticket is not None:
            tickets.append(ticket)
    return tickets


def learning_tickets(conn: psycopg.Connection) -> list[LearningTicket]:
    rows = conn.execute(
        """SELECT id, messages, intent, secondary_intents, tier, resolution_action,
                  resolved_first_reply, escalated, refund_amount, facts, language, csat
           FROM tickets WHERE split = %s ORDER BY created_at, id""",
        (LEARN_SPLIT,),
    ).fetchall()
    return [ticket for ticket in map(_from_row, rows) if ticket is not None]
