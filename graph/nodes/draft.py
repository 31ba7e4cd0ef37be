"""draft: the engine writes the reply from the evidence gathered (nothing else reaches it).

With the LLM engine a pass may instead ask for OMS tools: the turn then goes to call_oms, which runs them
for the verified customer, and back here (the tool loop, bounded by LLM_MAX_TOOL_ROUNDS). The offline
engine always writes the reply in one pass, so its turns never take the loop.
"""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.config import SupportContext, context_of
from graph.dialogue.follow_up import acknowledgement, with_opening
from graph.nodes.evidence import draft_request
from graph.nodes.model_use import record
from graph.progress import report_progress
from graph.reasoning import calls, phrases
from graph.reasoning.registry import aget_reasoner
from graph.state import SupportState


async def draft(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    turn = dict(state.get("turn") or {})
    report_progress("writing")
    reasoner = await aget_reasoner(context_of(runtime.context).engine)
    step = await calls.draft(reasoner, draft_request(state))
    record(turn, step.meta)
    if step.draft is None:  # the model asked for tools: call_oms runs them, then drafting continues
        turn["tool_calls"] = step.tool_calls
        return {"turn": turn}
    written = step.draft
    turn.pop("tool_calls", None)
    # A follow-up that gave details (name, ZIP, "I don't have the number") is acknowledged before the answer.
    note = acknowledgement(turn.get("text", ""), written.text, state.get("identity_source") == "signed_token",
                           phrases.language_of(turn.get("language")))
    turn.update(
        draft=with_opening(written.text, note),
        citations=written.citations,
        actions_needed=written.actions_needed,
        unanswered=written.unanswered,
        proposal=written.proposal,  # an order action to put to the customer (answer -> pending_action)
    )
    return {"turn": turn}
