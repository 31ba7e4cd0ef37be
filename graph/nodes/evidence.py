"""Rebuild the engine's view of a turn (DraftRequest) from the checkpointed state."""

from __future__ import annotations

from graph.dialogue.continuation import answers_the_agent
from graph.dialogue.offer_taken import OFFER_TAKEN
from graph.messages import history_of
from graph.reasoning.base import Classification, DraftRequest
from graph.state import SupportState


def classification_of(state: SupportState) -> Classification:
    turn = state.get("turn") or {}
    return Classification(
        intent=turn.get("intent", "complaint"),
        confidence=turn.get("intent_confidence", 0.0),
        questions=turn.get("questions") or [],
        entities=turn.get("entities") or {},
        frustrated=turn.get("frustrated", False),
        wants_human=turn.get("wants_human", False),
        language=turn.get("language", "en"),
    )


def draft_request(state: SupportState) -> DraftRequest:
    turn = state.get("turn") or {}
    oms = turn.get("oms") or {}
    return DraftRequest(
        text=turn.get("text", ""),
        classification=classification_of(state),
        passages=turn.get("passages") or [],
        similar_tickets=turn.get("similar_tickets") or [],
        oms=oms,
        customer=oms.get("customer"),
        history=history_of(state.get("messages") or []),
        tool_rounds=turn.get("tool_rounds") or [],
        proposal=turn.get("proposal"),
        meta={"engine_used": turn.get("engine_used"), "fallbacks": turn.get("fallbacks") or [],
              "answers_agent": answers_the_agent(turn.get("context"), turn.get("text", "")),
              "continues": bool(turn.get("context")), "offer_taken": turn.get("context") == OFFER_TAKEN},
    )
