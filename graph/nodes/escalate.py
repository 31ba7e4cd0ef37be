"""escalate: hand the conversation to a person with a summary and a suggested resolution.

The first escalation of a thread creates the handoff; later messages in the thread are appended to it
and the customer is told a person has the case, so the bot never pretends to still be in charge.
A safety message (graph/reasoning/safety.py) gets an urgent handoff and a short human reply in the
customer's language: no order data, no links, no case boilerplate.
"""

from __future__ import annotations

from datetime import UTC, datetime

from langchain_core.messages import AIMessage
from langgraph.config import get_config
from langgraph.runtime import Runtime

from graph.config import SupportContext, context_of
from graph.memory import load_profile, remember_reply, update_profile
from graph.messages import role_of, text_of
from graph.nodes.evidence import draft_request
from graph.nodes.handoff_context import orders_for_handoff, with_customer_context
from graph.nodes.returning import earlier_case_sentence, latest_earlier_case, with_note
from graph.nodes.safety_handoff import safety_handoff, safety_reply_for
from graph.policy import SAFETY, URGENT
from graph.progress import report_progress
from graph.reasoning import phrases, signals
from graph.reasoning.named_order import named_by_customer
from graph.reasoning.registry import aget_reasoner
from graph.state import SupportState
from tools.handoff import HandoffRequest, append_message, open_handoff, raise_priority


def _case_memory(handoff_id: int, thread_id: str, turn: dict, reasons: list[str], safety: bool = False) -> dict:
    """What the customer's memory keeps of the case (the inbox later records its status and outcome)."""
    return {"handoff_id": handoff_id, "intent": turn.get("intent"), "reasons": reasons, "thread_id": thread_id,
            "status": "open", "at": datetime.now(UTC).isoformat(), **({"safety": True} if safety else {})}


def _transcript(state: SupportState) -> list[dict]:
    return [{"role": role_of(m), "text": text_of(m)} for m in state.get("messages") or [] if m.type in {"human", "ai"}]


async def escalate(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    turn = dict(state.get("turn") or {})
    turn["route"] = "escalate"
    report_progress("handing_off")
    customer_id = state.get("customer_id")
    thread_id = str(get_config()["configurable"].get("thread_id", "unknown"))
    safety_text = safety_reply_for(turn)
    if state.get("escalated") and state.get("handoff_id"):
        await append_message(state["handoff_id"], "customer", turn.get("text", ""))
        if safety_text:
            await raise_priority(state["handoff_id"], URGENT, SAFETY)
        language = turn.get("language") or signals.detect_language(turn.get("text", ""))
        reply = safety_text or phrases.say("still_with_team", language, id=state["handoff_id"])
        await remember_reply(runtime.store, customer_id, frustrated=bool(turn.get("frustrated")))
        return {"messages": [AIMessage(content=reply, name="support-agent")], "turn": turn,
                "exchanges": state.get("exchanges", 0) + 1}

    reasons = turn.get("reasons") or []
    profile = await load_profile(runtime.store, customer_id)
    if safety_text:
        handoff_id = await open_handoff(safety_handoff(state, thread_id, reasons, len(profile.get("escalations") or [])))
        await update_profile(runtime.store, customer_id, language=turn.get("language"),
                             frustrated=bool(turn.get("frustrated")),
                             escalation=_case_memory(handoff_id, thread_id, turn, reasons, safety=True))
        return {"messages": [AIMessage(content=safety_text, name="support-agent")], "escalated": True,
                "handoff_id": handoff_id, "exchanges": state.get("exchanges", 0) + 1, "turn": turn,
                "pending_action": None}
    request = await with_customer_context(draft_request(state), customer_id)
    brief = (await aget_reasoner(context_of(runtime.context).engine)).handoff_brief(request, reasons)
    summary = brief.summary
    if turn.get("foreign_language"):
        summary += f" The customer wrote in a language the assistant does not read ({turn['foreign_language']})."
    if profile.get("escalations"):
        summary += f" Earlier escalations for this customer: {len(profile['escalations'])}."
    picked = (request.oms or {}).get("orders") or []
    order_ids = orders_for_handoff(request.oms, state.get("dialogue"),
                                   guessed=bool(picked) and not named_by_customer(request, picked[0]))
    handoff_id = await open_handoff(
        HandoffRequest(
            thread_id=thread_id,
            customer_id=customer_id,
            order_ids=order_ids,
            intent=turn.get("intent"),
            reasons=reasons,
            summary=summary,
            tried=brief.tried + (f" Draft not sent: {_whole_words(turn['draft'])}" if turn.get("draft") else ""),
            suggested_resolution=brief.suggested_resolution,
            transcript=_transcript(state),
            priority=URGENT if SAFETY in reasons else brief.priority,
        )
    )
    await update_profile(
        runtime.store,
        customer_id,
        language=turn.get("language"),
        frustrated=bool(turn.get("frustrated")),
        escalation=_case_memory(handoff_id, thread_id, turn, reasons),
    )
    earlier = latest_earlier_case(profile, thread_id) if not state.get("exchanges") else None
    reply = phrases.say("handed_off", turn.get("language"), id=handoff_id)
    if turn.get("foreign_language"):
        reply = f"{phrases.say('languages_we_write', 'en')} {reply}"
    return {
        "messages": [AIMessage(content=with_note(earlier and earlier_case_sentence(earlier, turn.get("language")), reply),
                               name="support-agent")],
        "escalated": True,
        "handoff_id": handoff_id,
        "exchanges": state.get("exchanges", 0) + 1,
        "turn": turn,
        "pending_action": None,  # a person takes it from here: no yes to this thread acts on its own any more
    }


DRAFT_NOTE_CHARS = 1500


def _whole_words(text: str, limit: int = DRAFT_NOTE_CHARS) -> str:
    """The unsent draft for the person taking over: whole, or cut at a word with an ellipsis (a draft cut
    mid-word in the inbox read as a bug)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
