"""Replaying a historical ticket through the agent: the evaluation target.

Each customer message of the ticket becomes one turn in a fresh thread, in order, through the same
Conversations facade the CLI chat uses (compiled graph, Postgres checkpointer and store, signed identity).
The output records what a reviewer needs: routes per turn, first-turn intent and confidence, replies,
what the replies could be grounded in, the handoff row as stored, latency and model tokens.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import psycopg
from langchain_core.callbacks import get_usage_metadata_callback

from db.connection import database_url
from evals.model_use import turn_fields
from graph.memory import forget_conversations
from tools.handoff import get_handoff

HANDOFF_FIELDS = (
    "id",
    "customer_id",
    "order_ids",
    "intent",
    "reasons",
    "summary",
    "tried",
    "suggested_resolution",
)


async def customer_facts(customer_id: str | None) -> tuple[list[str], str | None]:
    """The customer's own order numbers and e-mail: what a reply may mention about them."""
    if not customer_id:
        return [], None
    async with await psycopg.AsyncConnection.connect(database_url()) as conn:
        orders = await (
            await conn.execute("SELECT id FROM orders WHERE customer_id = %s", (customer_id,))
        ).fetchall()
        row = await (
            await conn.execute("SELECT email FROM customers WHERE id = %s", (customer_id,))
        ).fetchone()
    return [o[0] for o in orders], (row[0] if row else None)


def _grounding(state: dict) -> dict:
    turn = state.get("turn") or {}
    passages = [p.get("text", "") for p in turn.get("passages") or [] if p.get("source") != "past_ticket"]
    oms = dict(turn.get("oms") or {})
    if turn.get("action_result"):  # what the OMS answered to a confirmed order action (branch `actions`)
        oms["action_result"] = turn["action_result"]
    return {"oms": oms, "passages": passages}


def _tokens(usage: dict[str, Any]) -> tuple[int, int]:
    return (
        sum(u.get("input_tokens", 0) for u in usage.values()),
        sum(u.get("output_tokens", 0) for u in usage.values()),
    )


def make_target(conversations, refund_limit: float) -> Callable[[dict], Awaitable[dict]]:
    """An async LangSmith target: inputs {messages, customer_id} -> outputs of the replayed conversation."""

    async def replay_ticket(inputs: dict) -> dict:
        thread_id = f"eval-{uuid.uuid4().hex}"
        customer_id = inputs.get("customer_id")
        # Historical tickets were labelled one by one: earlier replays of this customer must not count
        # toward the frustration rule's cross-conversation memory (graph/memory.py).
        await forget_conversations(conversations.graph.store, customer_id)
        routes, replies, reasons, latencies, turns, grounding = [], [], [], [], [], []
        citations: list[str] = []
        handoff_id = None
        with get_usage_metadata_callback() as usage:
            for text in inputs["messages"]:
                started = time.perf_counter()
                result = await conversations.send(thread_id, text, customer_id)
                latencies.append(time.perf_counter() - started)
                turn = result.state.get("turn") or {}
                routes.append(result.route)
                replies.append(result.reply)
                reasons += [r for r in result.reasons if r not in reasons]
                citations += [c for c in turn.get("citations") or [] if c not in citations]
                grounding.append(_grounding(result.state))
                handoff_id = handoff_id or result.handoff_id
                turns.append(
                    {
                        "intent": result.intent,
                        "intent_confidence": turn.get("intent_confidence"),
                        "confidence": result.confidence,
                        "route": result.route,
                        "reasons": result.reasons,
                        "questions": turn.get("questions") or [],
                        "oms_error": (turn.get("oms") or {}).get("error"),
                        **turn_fields(turn),
                    }
                )
            tokens_in, tokens_out = _tokens(usage.usage_metadata)
        handoff = await get_handoff(handoff_id) if handoff_id else None
        order_ids, email = await customer_facts(customer_id)
        return {
            "thread_id": thread_id,
            "escalated": "escalate" in routes,
            "final_route": routes[-1] if routes else None,
            "routes": routes,
            "first_intent": turns[0]["intent"] if turns else None,
            "first_confidence": turns[0]["confidence"] if turns else None,
            "replies": replies,
            "reasons": reasons,
            "citations": citations,
            "turns": turns,
            "handoff_id": handoff_id,
            "handoff": {k: handoff.get(k) for k in HANDOFF_FIELDS} if handoff else None,
            "grounding": {
                "oms": [g["oms"] for g in grounding],
                "passages": [p for g in grounding for p in g["passages"]],
            },
            "customer_order_ids": order_ids,
            "customer_email": email,
            "refund_limit": refund_limit,
            "latencies_s": latencies,
            "tokens_in": tokens_in,
            "tokens_out": tokens_out,
        }

    return replay_ticket
