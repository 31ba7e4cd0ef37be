"""score: how sure the engine is, and which escalation rules fire (graph/policy.py decides)."""

from __future__ import annotations

from langgraph.runtime import Runtime

from core.settings import get_settings
from graph.config import SupportContext, context_of
from graph.nodes.evidence import draft_request
from graph.nodes.model_use import log_turn, record
from graph.policy import Signals, Thresholds, escalation_reasons
from graph.reasoning import calls
from graph.reasoning import signals as signals_module
from graph.reasoning.base import Draft
from graph.reasoning.delivered_missing import says_delivered_order_missing
from graph.reasoning.glossary import english_reading
from graph.reasoning.named_order import named_by_customer
from graph.reasoning.other_service import names_another_service
from graph.reasoning.policy_questions import request_intents
from graph.reasoning.problem_reports import DELIVERED_NOT_RECEIVED, reported_problems
from graph.reasoning.registry import aget_reasoner
from graph.routing import decide_route
from graph.state import SupportState


async def score(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    context = context_of(runtime.context)
    turn = dict(state.get("turn") or {})
    request = draft_request(state)
    written = Draft(
        text=turn.get("draft", ""),
        citations=turn.get("citations") or [],
        actions_needed=turn.get("actions_needed") or [],
        unanswered=turn.get("unanswered") or [],
        proposal=turn.get("proposal"),
    )
    confidence, meta = await calls.assess(await aget_reasoner(context.engine), request, written)
    if turn.get("foreign_language"):
        confidence = 0.0  # written in a language the engine does not read: whatever it drafted is a guess
    record(turn, {k: v for k, v in meta.items() if k != "engine_used"})
    oms = turn.get("oms") or {}
    signals = Signals(
        # a question about the policy for a tier-2 situation is the help center's to answer, not a tier-2 request
        intents=request_intents(turn.get("questions") or [], turn.get("intent", "complaint")),
        confidence=confidence,
        frustrated_now=bool(turn.get("frustrated")),
        agent_replies=state.get("exchanges", 0),
        earlier_replies=turn.get("earlier_replies", 0),
        repeated_contact=bool(turn.get("repeated_contact")),
        safety=[finding["category"] for finding in turn.get("safety") or []],
        account_security=signals_module.account_at_risk(turn.get("text", "")),
        reported_problems=_reported(turn.get("text", ""), oms.get("orders") or [], turn.get("language") or "en",
                                    named=bool(oms.get("orders")) and named_by_customer(request, oms["orders"][0])),
        wants_human=bool(turn.get("wants_human")),
        refund_amount=oms.get("refund_amount"),
        oms_error=oms.get("error"),
        actions_needed=written.actions_needed,
    )
    settings = get_settings()  # deployment policy: never the caller's
    thresholds = Thresholds(
        confidence=settings.confidence_threshold,
        refund_limit=settings.refund_limit,
        frustrated_after_replies=settings.frustrated_after_replies,
    )
    reasons = escalation_reasons(signals, thresholds)
    turn.update(confidence=confidence, reasons=reasons, route=decide_route(reasons))
    log_turn(turn)
    return {"turn": turn}


def _reported(text: str, orders: list[dict], language: str, named: bool = True) -> list[str]:
    """The tier-2 problems the message reports, with a parcel delivered but not received when the order looked up
    shows delivered and the message says the customer does not have it (delivered_missing.py, read in English: "je
    n'ai toujours pas reçu mon colis" got the delivered status and "check with your neighbours"); of an
    order delivered weeks ago only when the customer `named` it. None of another company's service: "got charged for
    a kindle book I didn't buy" is Amazon's charge to dispute, not one a person of ours can look into."""
    if names_another_service(text):
        return []
    found = reported_problems(text)
    if DELIVERED_NOT_RECEIVED not in found and says_delivered_order_missing(english_reading(text, language), orders, named):
        found.insert(0, DELIVERED_NOT_RECEIVED)
    return found
