"""Replaying a historical ticket through the agent: the evaluation target.

Each customer message of the ticket becomes one turn in a fresh thread, in order, through the same
Conversations facade the CLI chat uses (compiled graph, Postgres checkpointer and store, signed identity).
The output records what a reviewer needs: routes per turn, first-turn intent and confidence, replies,
what the replies could be grounded in, the handoff row as stored, latency and model tokens, and the order
actions taken with their audit against the OMS (evals/action_audit.py).

When the agent asks the customer something the ticket cannot answer, the replay answers as the customer
would have (`simulated_turns`): "yes" to a proposal of an action the ticket asked for (the customer wrote
in to ask for it), and, for an address ticket, the address the human agent set in history.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import psycopg
from langchain_core.callbacks import get_usage_metadata_callback

from core.clock import replaying_at
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


class _Transcript:
    """What the replay collects turn by turn, for the outputs a reviewer and the evaluators read."""

    def __init__(self) -> None:
        self.routes: list[str] = []
        self.replies: list[str] = []
        self.reasons: list[str] = []
        self.latencies: list[float] = []
        self.turns: list[dict] = []
        self.grounding: list[dict] = []
        self.citations: list[str] = []
        self.actions: list[dict] = []  # what the OMS answered to each confirmed action (action_result)
        self.simulated: list[str] = []  # the replayed customer's answers to the agent (yes, the address)
        self.handoff_id: int | None = None
        self.last = None

    def add(self, result) -> None:
        turn = result.state.get("turn") or {}
        self.last = result
        self.routes.append(result.route)
        self.replies.append(result.reply)
        self.reasons += [r for r in result.reasons if r not in self.reasons]
        self.citations += [c for c in turn.get("citations") or [] if c not in self.citations]
        self.grounding.append(_grounding(result.state))
        self.handoff_id = self.handoff_id or result.handoff_id
        if turn.get("action_result"):
            self.actions.append(turn["action_result"])
        proposal = turn.get("proposal") or {}
        self.turns.append(
            {
                "intent": result.intent,
                "intent_confidence": turn.get("intent_confidence"),
                "confidence": result.confidence,
                "route": result.route,
                "reasons": result.reasons,
                "questions": turn.get("questions") or [],
                "oms_error": (turn.get("oms") or {}).get("error"),
                "proposal": {k: proposal.get(k) for k in ("kind", "action", "order_id", "code")} if proposal else None,
                "consent": turn.get("consent"),
                **turn_fields(turn),
            }
        )


def simulated_answer(transcript: _Transcript, replay: dict) -> str | None:
    """How the replayed customer answers the agent's last reply, if it asked them something: "yes" to a
    proposed action the ticket asked for (replay.accepts: never to an action the customer did not ask
    for, so a misread message cannot end in a cancellation), the address the human agent set when the
    agent asks where the order should go, and the order the ticket was about when the agent asks which
    order. None: the conversation is over."""
    last = transcript.last
    if last is None or last.route != "answer":
        return None
    pending = last.state.get("pending_action")
    if pending:
        return "yes" if pending.get("action") in (replay.get("accepts") or []) else None
    proposal = (last.state.get("turn") or {}).get("proposal") or {}
    address = replay.get("new_address")
    if proposal.get("code") == "address_needed" and address and address not in transcript.simulated:
        return address
    order_id = replay.get("order_id")
    awaiting = (last.state.get("dialogue") or {}).get("awaiting") or []
    answer = f"It's order {order_id}."
    if "order_number" in awaiting and order_id and answer not in transcript.simulated:
        return answer
    return None


MAX_SIMULATED_TURNS = 3


def make_target(conversations, refund_limit: float, replay_store=None) -> Callable[[dict], Awaitable[dict]]:
    """An async LangSmith target: inputs {messages, customer_id, replay?} -> outputs of the replayed
    conversation. With a replay store (evals/replay_store.py) the customer's orders are restored first (as
    of inputs.replay.as_of when given) and every action is audited against its OMS afterwards."""
    locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def replay_ticket(inputs: dict) -> dict:
        thread_id = f"eval-{uuid.uuid4().hex}"
        customer_id = inputs.get("customer_id")
        replay = inputs.get("replay") or {}
        async with locks[customer_id or thread_id]:  # a customer's orders are restored per ticket
            restored = None
            if replay_store is not None and customer_id:
                restored = await replay_store.restore(customer_id, replay.get("as_of"))
            # Historical tickets were labelled one by one: earlier replays of this customer must not count
            # toward the frustration rule's cross-conversation memory (graph/memory.py).
            await forget_conversations(conversations.graph.store, customer_id)
            transcript = _Transcript()
            # The agent answers on the ticket's day, as the restored orders stand (core/clock.py).
            replayed_at = datetime.fromisoformat(replay["as_of"]) if restored and replay.get("as_of") else None
            with get_usage_metadata_callback() as usage, replaying_at(replayed_at):
                for text in list(inputs["messages"]) + [None] * MAX_SIMULATED_TURNS:
                    if text is None:
                        text = simulated_answer(transcript, replay)
                        if text is None:
                            break
                        transcript.simulated.append(text)
                    started = time.perf_counter()
                    result = await conversations.send(thread_id, text, customer_id)
                    transcript.latencies.append(time.perf_counter() - started)
                    transcript.add(result)
                tokens_in, tokens_out = _tokens(usage.usage_metadata)
            verdicts = []
            if replay_store is not None and customer_id:
                verdicts = await replay_store.audit(customer_id, transcript.actions, refund_limit)
        handoff = await get_handoff(transcript.handoff_id) if transcript.handoff_id else None
        order_ids, email = await customer_facts(customer_id)
        t = transcript
        return {
            "thread_id": thread_id,
            "escalated": "escalate" in t.routes,
            "final_route": t.routes[-1] if t.routes else None,
            "routes": t.routes,
            "first_intent": t.turns[0]["intent"] if t.turns else None,
            "first_confidence": t.turns[0]["confidence"] if t.turns else None,
            "replies": t.replies,
            "reasons": t.reasons,
            "citations": t.citations,
            "turns": t.turns,
            "simulated_turns": t.simulated,
            "handoff_id": t.handoff_id,
            "handoff": {k: handoff.get(k) for k in HANDOFF_FIELDS} if handoff else None,
            "grounding": {
                "oms": [g["oms"] for g in t.grounding],
                "passages": [p for g in t.grounding for p in g["passages"]],
            },
            "as_of": replay.get("as_of") if restored else None,
            "orders_replayed": (restored or {}).get("orders"),
            "order_history_known": (restored or {}).get("history_known"),
            "action_audit": verdicts,
            "customer_order_ids": order_ids,
            "customer_email": email,
            "refund_limit": refund_limit,
            "latencies_s": t.latencies,
            "tokens_in": tokens_in,
            "tokens_out": tokens_out,
        }

    return replay_ticket
