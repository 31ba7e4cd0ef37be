"""draft: the engine writes the reply from the evidence gathered (nothing else reaches it)."""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.config import SupportContext, context_of
from graph.nodes.evidence import draft_request
from graph.progress import report_progress
from graph.reasoning.registry import aget_reasoner
from graph.state import SupportState


async def draft(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    turn = dict(state.get("turn") or {})
    report_progress("writing")
    written = (await aget_reasoner(context_of(runtime.context).engine)).draft(draft_request(state))
    turn.update(
        draft=written.text,
        citations=written.citations,
        actions_needed=written.actions_needed,
        unanswered=written.unanswered,
        proposal=written.proposal,  # an order action to put to the customer (answer -> pending_action)
    )
    return {"turn": turn}
