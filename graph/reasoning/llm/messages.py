"""The chat messages each model call sees, built from the turn's evidence and nothing else.

Drafting: the system prompt (rules, taxonomy, policy) plus the evidence of this turn (help-center
passages, what similar resolved tickets were resolved with, the verified customer's OMS data), then the
conversation so far, the customer's message, and the tool calls of earlier rounds with their results.
Past tickets contribute their intent and resolution only: their text is other customers' conversations.
"""

from __future__ import annotations

import json
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

from graph.reasoning.base import Draft, DraftRequest

HISTORY_TURNS = 6
PASSAGE_CHARS = 1500
OMS_CHARS = 8000
_OMS_KEYS = ("customer", "orders", "recent_orders", "also_moving", "refund_amount", "order_not_found", "candidates",
             "item_not_found", "catalogue", "error")  # catalogue: the store's products a product question asks about


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + " …"


def passages_block(request: DraftRequest) -> str:
    lines = []
    for index, passage in enumerate(p for p in request.passages if p.get("source", "help_center") == "help_center"):
        lines.append(f"[{index + 1}] {passage.get('title', '')} — {passage.get('heading', '')}\n"
                     f"link: {passage.get('url') or '(none)'}\n{_clip(passage.get('text', ''), PASSAGE_CHARS)}")
    return "\n\n".join(lines) or "(none retrieved)"


def tickets_block(request: DraftRequest) -> str:
    lines = []
    for ticket in request.similar_tickets:
        meta = ticket.get("metadata") or {}
        lines.append(f"- a ticket about {meta.get('intent', '?')} was resolved by {meta.get('resolution_action', '?')}"
                     f" (similarity {float(meta.get('similarity') or ticket.get('score') or 0):.2f})")
    return "\n".join(lines) or "(none)"


def oms_block(request: DraftRequest) -> str:
    facts = {k: v for k, v in (request.oms or {}).items() if k in _OMS_KEYS and v not in (None, [], {})}
    return _clip(json.dumps(facts, default=str, ensure_ascii=False), OMS_CHARS) if facts else "(no order data)"


def evidence_block(request: DraftRequest) -> str:
    reading = request.classification
    intents = ", ".join(q["intent"] for q in reading.questions) or reading.intent
    signed_in = "signed in" if request.customer else "not signed in (no order data can be shared)"
    return (f"## Evidence for this turn\nCustomer: {signed_in}. Read as: {intents}; language {reading.language}.\n\n"
            f"### Help-center passages\n{passages_block(request)}\n\n"
            f"### Similar resolved tickets (other customers: outcome only)\n{tickets_block(request)}\n\n"
            f"### From the order system (orders: this customer only; catalogue: the store's products)\n"
            f"{oms_block(request)}")


def history_messages(history: list[tuple[str, str]]) -> list[BaseMessage]:
    return [HumanMessage(content=_clip(text, 1500)) if role == "customer" else AIMessage(content=_clip(text, 1500))
            for role, text in history[-HISTORY_TURNS:]]


def tool_round_messages(rounds: list[dict[str, Any]]) -> list[BaseMessage]:
    """Earlier rounds of the tool loop as the model's tool calls and the tools' answers."""
    out: list[BaseMessage] = []
    for round_ in rounds:
        calls = round_.get("calls") or []
        out.append(AIMessage(content="", tool_calls=[{"id": c["id"], "name": c["name"], "args": c["args"]} for c in calls]))
        out += [ToolMessage(content=result, tool_call_id=call["id"]) for call, result in
                zip(calls, round_.get("results") or [], strict=False)]
    return out


def draft_messages(system: str, request: DraftRequest) -> list[BaseMessage]:
    return [SystemMessage(content=f"{system}\n\n{evidence_block(request)}"), *history_messages(request.history),
            HumanMessage(content=request.text), *tool_round_messages(request.tool_rounds)]


def classify_messages(system: str, text: str, history: list[tuple[str, str]]) -> list[BaseMessage]:
    earlier = "\n".join(f"{role}: {_clip(said, 500)}" for role, said in history[-HISTORY_TURNS:])
    context = f"Conversation so far:\n{earlier}\n\n" if earlier else ""
    return [SystemMessage(content=system), HumanMessage(content=f"{context}Customer message:\n{text}")]


def assess_messages(system: str, request: DraftRequest, draft: Draft) -> list[BaseMessage]:
    results = [r for round_ in request.tool_rounds for r in round_.get("results") or []]
    return [SystemMessage(content=system), HumanMessage(content=(
        f"Customer message:\n{request.text}\n\n{evidence_block(request)}\n\n"
        f"### Tool results\n{_clip(chr(10).join(results), OMS_CHARS) or '(none)'}\n\n"
        f"## Drafted reply\n{draft.text}"))]
