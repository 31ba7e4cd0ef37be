"""The safety case's handoff and reply: what the person picking it up reads, and what the customer reads.

Built only from the message itself: a safety turn skips retrieval and the OMS, so neither the handoff
nor the reply can carry order data, links or tracking boilerplate.
"""

from __future__ import annotations

from graph.messages import role_of, text_of
from graph.policy import URGENT
from graph.reasoning.safety import SafetyFinding
from graph.reasoning.safety_replies import handoff_note, safety_reply
from graph.reasoning.signals import detect_language
from graph.state import SupportState
from tools.handoff import HandoffRequest


def _findings(turn: dict) -> list[SafetyFinding]:
    return [SafetyFinding(**finding) for finding in turn.get("safety") or []]


def safety_reply_for(turn: dict) -> str | None:
    """The short human reply in the customer's language, or None when the turn is not a safety case."""
    findings = _findings(turn)
    if not findings:
        return None
    return safety_reply(findings, turn.get("language") or detect_language(turn.get("text", "")))


def safety_handoff(state: SupportState, thread_id: str, reasons: list[str], earlier_escalations: int) -> HandoffRequest:
    """Urgent, says what was detected in the customer's words, and asks for a personal reach-out now."""
    turn = state.get("turn") or {}
    summary = f"{handoff_note(_findings(turn))} Latest message: “{turn.get('text', '')[:300]}”."
    if earlier_escalations:
        summary += f" Earlier escalations for this customer: {earlier_escalations}."
    return HandoffRequest(
        thread_id=thread_id,
        customer_id=state.get("customer_id"),
        order_ids=[],
        intent=turn.get("intent"),
        reasons=reasons,
        summary=summary,
        tried="Nothing automated: a safety message goes straight to a person (no order lookup, no drafted answer).",
        suggested_resolution="Reach out to the customer personally right away. Acknowledge what they said, check "
        "they are safe, and follow the safety procedure; order questions can wait.",
        transcript=[{"role": role_of(m), "text": text_of(m)} for m in state.get("messages") or []
                    if m.type in {"human", "ai"}],
        priority=URGENT,
    )
