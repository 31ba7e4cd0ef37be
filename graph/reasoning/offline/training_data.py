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


def learning_tickets(conn: psycopg.Connection) -> list[LearningTicket]:
    rows = conn.execute(
        """SELECT id, messages, intent, secondary_intents, tier, resolution_action,
                  resolved_first_reply, escalated, refund_amount, facts, language, csat
           FROM tickets WHERE split = %s ORDER BY created_at, id""",
        (LEARN_SPLIT,),
    ).fetchall()
    tickets = []
    for row in rows:
        messages = row[1] or []
        customer = [m["text"] for m in messages if m.get("role") == "customer" and m.get("text")]
        agent = [m["text"] for m in messages if m.get("role") == "agent" and m.get("text")]
        if not customer:
            continue
        tickets.append(
            LearningTicket(
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
        )
    return tickets
