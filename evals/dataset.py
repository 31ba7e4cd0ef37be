"""Evaluation examples built from historical tickets the engine never saw (split='test' or a user's file).

An example is LangSmith-shaped: `inputs` is what the agent is given (the customer's messages in order and
the customer id the front end would sign), `outputs` is the reference (what the human-handled ticket
tells us was right), `metadata` says where it came from. Slices are stratified by intent and
deterministic (a hash of the ticket id decides the order), so a CI slice is the same on every machine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from graph.intents import ACTIONS_REQUIRING_HUMAN

FACT_KEYS = ("tracking_number", "tracking_url", "refund_amount", "order_id", "help_article_id")
TICKET_COLUMNS = (
    "id, customer_id, customer_email, order_id, channel, language, messages, intent, tier, "
    "resolution_action, escalated, refund_amount, facts, split, created_at, secondary_intents"
)
# Every ticket of a known customer is replayed as of its date: the orders as they stood then
# (evals/as_of.py), the agent's clock and the eval OMS's return windows on that day (core/clock.py). Against
# today's store, "where is my parcel?" from October found the order placed on December 1, and "can I
# return this?" was judged 60 days after the question.
# A stable namespace so the same ticket always maps to the same LangSmith example id.
_EXAMPLE_NAMESPACE = uuid.UUID("6f1d3c2e-8a4b-4c1e-9a57-0e4c2b7d9f10")


class TrainingDataRefused(ValueError):
    """Evaluating on the split the engine learned from would only measure memory."""


def _number(value: Any) -> float | None:
    return None if value in (None, "") else round(float(value), 2)


def _messages(ticket: dict) -> list[dict]:
    messages = ticket["messages"]
    return json.loads(messages) if isinstance(messages, str) else list(messages)


def reference_of(ticket: dict) -> dict:
    """What a correct handling of this ticket looks like, from its historical resolution."""
    facts = dict(ticket.get("facts") or {})
    reference_facts = {key: facts.get(key) for key in FACT_KEYS}
    reference_facts["refund_amount"] = _number(facts.get("refund_amount", ticket.get("refund_amount")))
    reference_facts["order_id"] = reference_facts["order_id"] or ticket.get("order_id")
    tier = int(ticket["tier"])
    needs_human = tier == 2 or bool(ticket.get("escalated"))
    action_required = ticket.get("resolution_action") in ACTIONS_REQUIRING_HUMAN
    return {
        "intent": ticket["intent"],
        "tier": tier,
        "needs_human": needs_human,
        "action_required": action_required,
        # The agent must hand over when a person decided, or when the fix is an action it cannot take yet.
        "expected_route": "escalate" if needs_human or action_required else "answer",
        "resolution_action": ticket.get("resolution_action"),
        "facts": {k: v for k, v in reference_facts.items() if v not in (None, "")},
        "human_reply": "\n".join(m["text"] for m in _messages(ticket) if m.get("role") == "agent"),
    }


def _address_line(address: dict) -> str:
    """'12 Oak St, Apt 3B, Austin, TX 78701': how a customer writes the address the order went to."""
    region = " ".join(p for p in (address.get("state"), address.get("zip")) if p)
    return ", ".join(p for p in (address.get("address1"), address.get("address2"), address.get("city"), region) if p)


def replay_context(ticket: dict) -> dict:
    """How the replayed customer may answer the agent: `accepts`, the order actions the ticket asked for
    (the replay says yes to a proposal of one of these, and to nothing else); `as_of`, the ticket's time,
    to replay the orders and the clock at; `order_id`, what the customer answers when the agent asks which
    order (the one the ticket was about); and `new_address`, what the customer answers when the agent
    asks where an order should go (the address the human agent set in history)."""
    from tools.oms.actions import INTENT_ACTIONS

    asked = [ticket.get("intent"), *(ticket.get("secondary_intents") or [])]
    context: dict[str, Any] = {}
    accepts = sorted({INTENT_ACTIONS[i] for i in asked if i in INTENT_ACTIONS})
    if accepts:
        context["accepts"] = accepts
    if not ticket.get("created_at") or not ticket.get("customer_id"):
        return context
    created = ticket["created_at"]
    context["as_of"] = created.isoformat() if isinstance(created, dt.datetime) else str(created)
    order_id = (ticket.get("facts") or {}).get("order_id") or ticket.get("order_id")
    if order_id:
        context["order_id"] = order_id
    address = (ticket.get("facts") or {}).get("address")
    if ticket.get("resolution_action") == "update_address" and isinstance(address, dict):
        context["new_address"] = _address_line(address)
    return context


def example_of(ticket: dict) -> dict:
    """One ticket as a LangSmith-shaped example dict (inputs / outputs / metadata)."""
    messages = _messages(ticket)
    customer_messages = [m["text"] for m in messages if m.get("role") == "customer" and m.get("text")]
    inputs: dict[str, Any] = {"messages": customer_messages, "customer_id": ticket.get("customer_id")}
    replay = replay_context(ticket)
    if replay:
        inputs["replay"] = replay
    return {
        "id": str(ticket["id"]),
        "inputs": inputs,
        "outputs": reference_of(ticket),
        "metadata": {
            "ticket_id": str(ticket["id"]),
            "channel": ticket.get("channel"),
            "language": ticket.get("language"),
            "split": ticket.get("split"),
            "customer_email": ticket.get("customer_email"),
            "history": messages,  # the human-handled conversation, for the failure report
        },
    }


def load_split(conn, split: str = "test") -> list[dict]:
    """Tickets of a held-out split from the database, oldest first."""
    if split == "learn":
        raise TrainingDataRefused(
            "split='learn' trained the engine; evaluate on split='test' or a ticket file."
        )
    cursor = conn.execute(
        f"SELECT {TICKET_COLUMNS} FROM tickets WHERE split = %s ORDER BY created_at, id", (split,)
    )
    names = [column.name for column in cursor.description]
    tickets = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    if not tickets:
        raise LookupError(
            f"No tickets with split={split!r}; seed the demo store (`support-agent seed`) first."
        )
    return [example_of(ticket) for ticket in tickets]


def load_file(path: Path) -> list[dict]:
    """Tickets from a JSONL file with the columns of the tickets table; rows marked split='learn' are refused."""
    examples = []
    with Path(path).open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            ticket = json.loads(line)
            missing = {"id", "messages", "intent", "tier"} - ticket.keys()
            if missing:
                raise ValueError(f"{path}:{line_no}: ticket lacks {sorted(missing)}")
            if ticket.get("split") == "learn":
                raise TrainingDataRefused(
                    f"{path}:{line_no}: ticket {ticket['id']} is from the training split."
                )
            examples.append(example_of(ticket))
    return examples


def _order_key(example: dict) -> str:
    return hashlib.sha256(example["id"].encode()).hexdigest()


def stratified_slice(examples: Sequence[dict], size: int | None) -> list[dict]:
    """A deterministic sample of `size` examples with each intent in proportion (largest remainder),
    and every intent present at least once when size allows. None or size >= len: everything."""
    if size is None or size >= len(examples):
        return sorted(examples, key=_order_key)
    groups: dict[str, list[dict]] = defaultdict(list)
    for example in sorted(examples, key=_order_key):
        groups[example["outputs"]["intent"]].append(example)
    intents = sorted(groups)
    floor = 1 if size >= len(intents) else 0
    quotas = {i: max(floor, size * len(groups[i]) // len(examples)) for i in intents}
    remainders = sorted(intents, key=lambda i: (-(size * len(groups[i]) % len(examples)), i))
    while sum(quotas.values()) < size:
        for intent in remainders:
            if sum(quotas.values()) < size and quotas[intent] < len(groups[intent]):
                quotas[intent] += 1
    while sum(quotas.values()) > size:  # the floor of 1 may overshoot: trim the largest groups
        largest = max(intents, key=lambda i: (quotas[i], i))
        quotas[largest] -= 1
    chosen = [e for i in intents for e in groups[i][: quotas[i]]]
    return sorted(chosen, key=_order_key)


def to_langsmith(examples: Iterable[dict], dataset_id: uuid.UUID | None = None) -> list:
    """langsmith.schemas.Example objects for `aevaluate` when nothing is uploaded (ids are stable)."""
    from langsmith.schemas import Example

    dataset_id = dataset_id or uuid.uuid5(_EXAMPLE_NAMESPACE, "local")
    now = dt.datetime.now(dt.UTC)
    return [
        Example(
            id=uuid.uuid5(_EXAMPLE_NAMESPACE, e["id"]),
            dataset_id=dataset_id,
            inputs=e["inputs"],
            outputs=e["outputs"],
            metadata=e["metadata"],
            created_at=now,
        )
        for e in examples
    ]
