"""Routing: plain functions over state. The graph's edges call these and nothing else."""

from __future__ import annotations

import os
from typing import Literal

from langgraph.graph import END

from core.settings import get_settings
from graph.nodes.verify import wants_verification
from graph.state import Route, SupportState

# A deliberate fault for proving the eval gate can fail: SUPPORT_BREAK_ROUTE=answer makes every
# turn answer, whatever the policy says. Never set it in a deployment.
BREAK_SWITCH = "SUPPORT_BREAK_ROUTE"


def decide_route(reasons: list[str]) -> Route:
    forced = os.environ.get(BREAK_SWITCH)
    if forced in ("answer", "escalate"):
        return forced  # type: ignore[return-value]
    return "escalate" if reasons else "answer"


def route_after_classify(
    state: SupportState,
) -> Literal["retrieve", "answer", "escalate", "confirm", "verify", "__end__"]:
    """Bad input gets a clear reply; an escalated thread stays with the humans; a reply to a proposed
    order action goes to confirm; small talk is answered; a message that was already answered
    (replayed run) ends the run untouched."""
    turn = state.get("turn") or {}
    if turn.get("duplicate"):
        return END
    if turn.get("input_problem"):
        return "answer"
    if turn.get("safety"):  # straight to a person: no retrieval, no order lookup, no order data in the reply
        return "escalate"
    if state.get("escalated"):
        return "escalate"
    if state.get("pending_action"):
        return "confirm"
    if wants_verification(state):
        return "verify"
    if turn.get("small_talk"):
        return "answer"
    return "retrieve"


def route_after_score(state: SupportState) -> Route:
    return (state.get("turn") or {}).get("route", "escalate")


def route_after_draft(state: SupportState) -> Literal["call_oms", "score"]:
    """The LLM engine asked for OMS tools: run them (call_oms) and draft again, within the round limit.
    The offline engine never asks, so its turns always go on to score."""
    turn = state.get("turn") or {}
    rounds = len(turn.get("tool_rounds") or [])
    return "call_oms" if turn.get("tool_calls") and rounds < get_settings().llm_max_tool_rounds else "score"


def route_after_confirm(state: SupportState) -> Literal["retrieve", "answer", "escalate"]:
    """A yes or no was handled by confirm; any other message is answered as a new request."""
    turn = state.get("turn") or {}
    if turn.get("consent") in ("yes", "no"):
        return turn.get("route", "answer")
    return "answer" if turn.get("small_talk") else "retrieve"


def route_after_verify(state: SupportState) -> Literal["retrieve", "answer", "escalate"]:
    """Verified: answer the message as the customer's; a miss: say so; locked or OMS down: a person."""
    verification = (state.get("turn") or {}).get("verification")
    return {"verified": "retrieve", "failed": "answer"}.get(verification or "", "escalate")
