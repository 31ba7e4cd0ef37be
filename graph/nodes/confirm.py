"""confirm: the customer's answer to a proposed order action (the pending action in state).

Why a pending action in state rather than LangGraph's interrupt(): the graph's run input is the
customer's message only, and a chat front end answers a proposal with a plain message ("yes"), not a
resume command; a pending action read at the next turn handles both servers and every client the same
way, and Studio shows it in the thread's state. The lifecycle:

    answer   sets pending_action from a drafted Proposal (summary shown, "reply yes to confirm")
    classify routes the next message here while an action is pending
    confirm  yes -> execute with the verified customer and the pending key; no -> nothing done;
             a goodbye -> kept, and the goodbye says it was not done; a question about the action's subject ->
             kept, answered normally and told it still waits (graph/dialogue/pending_question.py); anything
             else -> dropped, and the message is answered normally (retrieve ...)

A replayed or retried confirmation carries the same key, so the OMS acts once (it returns the stored
result). The pending action is cleared in the same state update that records the outcome.
"""

from __future__ import annotations

import logging

from graph.consent import read_consent
from graph.dialogue.pending_question import asks_about_pending
from graph.reasoning import phrases
from graph.reasoning.action_wording import result_text
from graph.reasoning.signals import takes_back
from graph.state import SupportState
from tools.oms import OmsError, oms_client
from tools.oms.actions import done_message, execute_action
from tools.oms.errors import ActionRefused, OmsRequestRejected, OrderNotFound

log = logging.getLogger(__name__)


def _answered(turn: dict, draft: str, consent: str, **extra) -> dict:
    turn.update(draft=draft, consent=consent, route="answer", reasons=[], confidence=1.0, **extra)
    return turn


async def confirm(state: SupportState) -> dict:
    turn = dict(state.get("turn") or {})
    pending = state.get("pending_action") or {}
    consent = read_consent(turn.get("text", ""), pending.get("action"))
    order = pending.get("order_id", "")
    language = pending.get("language") or "en"
    if consent is None:
        turn["consent"] = "other"
        if turn.get("small_talk") == "closing" and takes_back(turn.get("text", "")):
            # "Actually, I changed my mind, I'll keep them": the proposal let go, as a no lets it go
            return {"pending_action": None,
                    "turn": _answered(turn, phrases.say("action_declined", language, order=order), "no")}
        if turn.get("small_talk") == "closing":  # a goodbye: told the action waits (classify), so it still does
            return {"turn": turn}
        if turn.get("small_talk") == "pause":  # "hold on, let me check": the proposal waits for the answer
            turn["pending_kept"] = True
            return {"turn": turn}
        if asks_about_pending(turn, pending):  # "can the refund go to my card?": answered, and the return still waits
            turn["pending_kept"] = True
            return {"turn": turn}
        return {"pending_action": None, "turn": turn}
    if consent == "no":
        return {"pending_action": None,
                "turn": _answered(turn, phrases.say("action_declined", language, order=order), "no")}
    customer_id = state.get("customer_id")
    if not customer_id or customer_id != pending.get("customer_id"):
        return {"pending_action": None,
                "turn": _answered(turn, phrases.say("action_not_yours", language, order=order), "yes")}
    client = oms_client()  # the loop's pooled client: never closed here
    in_language = True  # the sentences below are said in the customer's language; the OMS's own are English
    try:
        result = await execute_action(
            client, customer_id, pending["action"], order, pending.get("params") or {}, pending["key"]
        )
        said = result_text(result, language)  # None: the order system's English
        turn = _answered(turn, said or done_message(result), "yes", action_result=result.model_dump(mode="json"))
        in_language = said is not None
    except ActionRefused as exc:
        turn = _answered(turn, phrases.say("action_refused_after_all", language, why=str(exc), order=order), "yes")
    except OrderNotFound:
        turn = _answered(turn, phrases.say("action_not_yours", language, order=order), "yes")
    except OmsRequestRejected as exc:  # refused as invalid (e.g. an address it cannot ship to): nothing happened
        log.warning("OMS rejected confirmed action %s on %s: %s", pending.get("action"), order, exc)
        turn = _answered(turn, phrases.say("action_invalid", language, order=order), "yes")
    except OmsError as exc:  # unavailable, timed out, malformed after retries
        # The action may or may not have happened: a person checks (the key tells them which action).
        log.warning("confirmed action %s on %s not confirmed by the OMS: %s", pending.get("action"), order, exc)
        turn.update(
            consent="yes", route="escalate", reasons=["oms_unavailable"], confidence=0.0,
            draft=(f"Customer confirmed: {pending.get('summary', '')} The order system did not confirm it "
                   f"({exc}); check order {order} for idempotency key {pending['key']} before acting."),
        )
    if turn.get("route") == "answer" and not in_language:
        # The order system's wording is English: a customer who asked in another language is told so.
        note = phrases.say("order_details_in_english", language)
        turn["draft"] = f"{note}\n{turn['draft']}" if note else turn["draft"]
    return {"pending_action": None, "turn": turn}
