"""answer: send the drafted reply to the customer and count the exchange; a drafted order-action
proposal becomes the thread's pending action, waiting for the customer's yes (graph/nodes/confirm.py)."""

from __future__ import annotations

import hashlib
import json
import re

from langchain_core.messages import AIMessage
from langgraph.config import get_config
from langgraph.runtime import Runtime

from graph.config import SupportContext, context_of
from graph.consent import awaits_yes
from graph.dialogue.continuation import ACTION_FLOWS, ASKED_OF_THE_GOODS
from graph.dialogue.follow_up import answering_sentence, repeats
from graph.dialogue.open_question import open_question
from graph.identity import NOT_COUNTED_PROBLEMS
from graph.memory import current_thread, record_case_told, update_profile
from graph.nodes.returning import case_to_mention, earlier_case_sentence, standing, with_note
from graph.reasoning import phrases, signals
from graph.state import Dialogue, PendingAction, SupportState
from graph.streamed_reply import AGENT_NAME, streamed_reply


def pending_from(state: SupportState, proposal: dict | None) -> PendingAction | None:
    """The Proposal drafted this turn as a pending action, keyed by thread + proposing message + action:
    stable across replays of this turn, different for the same request made again later."""
    if not proposal or proposal.get("kind") != "proposal" or proposal.get("needs_person") or not state.get("customer_id"):
        return None
    thread_id = str(get_config()["configurable"].get("thread_id", ""))
    messages = state.get("messages") or []
    message_id = messages[-1].id if messages else ""
    action = {"action": proposal["action"], "order_id": proposal["order_id"], "params": proposal["params"]}
    digest = hashlib.sha256(json.dumps([thread_id, message_id, action], sort_keys=True).encode()).hexdigest()
    return PendingAction(**action, summary=proposal["summary"], key=f"sa-{digest[:40]}",
                         customer_id=state["customer_id"], language=(state.get("turn") or {}).get("language") or "en")


_THANKS = re.compile(r"^\W*(\w+\W+){0,2}(thanks|thank you|thx|ty|cheers|appreciate|gracias|merci|danke|obrigad|grazie)",
                     re.IGNORECASE)


# A reply that names one thing, as an answer to "which one?" does: "the vest", "sure, it's the jacket", "medium please".
_NAMES_ONE = re.compile(r"^\W*(?:(?:oh|ok|okay|yes|yeah|sure|sorry|um+)\W+)*(?:(?:it'?s|it’s|it is|that'?s|that is|"
                        r"i mean|i meant)\s+)?(?:(?:the|my|a|an)\s+\w|(?:xxs|xs|s|m|l|xl|xxl|small|medium|large|"
                        r"\d{1,2})\b)", re.IGNORECASE)


def with_action_still_waiting(reply: str, turn: dict, pending: dict | None) -> str:
    """The reply to a question about the action put to the customer (kept pending by confirm), saying the action still
    waits for their yes, unless the reply asks for it already."""
    language = turn.get("language")
    if not (turn.get("pending_kept") and pending):
        return reply
    if any(phrases.say(key, language) in reply for key in ("confirm_or_not", "confirm_with_yes")):
        return reply
    waiting = phrases.say("pending_still_waits", language, order=pending["order_id"])
    return f"{without_closing(reply, language)}\n\n{waiting}"


def without_closing(reply: str, language: str | None) -> str:
    """The reply without its closing "Is there anything else I can help you with?" (something else follows it)."""
    closing = phrases.say("anything_else", language)
    return reply[: -len(closing)].rstrip() if reply.rstrip().endswith(closing) else reply


def last_agent_reply(messages: list) -> str | None:
    """The agent's previous reply in this thread (the message before the customer's latest)."""
    for message in reversed(messages):
        if message.type == "ai":
            return str(message.content)
    return None


def not_repeated(turn: dict, previous: str | None, awaiting: list[str] | None = None) -> str:
    """The turn's reply, unless it would say again exactly what the last reply said: then a short close after
    a sign-off; a request for a plain yes when the same order action is proposed again (it stays pending); the
    question still open when the last reply asked which order (the customer sent their name or zip code
    instead) or for an address (it came without its ZIP code); the sentence of the last reply that answers a
    question asked again; else a question about what the customer needs. The last two offer a person (no action
    pending)."""
    reply = turn.get("draft", "")
    if turn.get("input_problem") or not repeats(reply, previous):
        return reply
    language = phrases.language_of(turn.get("language"))
    if turn.get("small_talk"):
        reply = phrases.say("goodbye", language)
    elif (_THANKS.match(text := turn.get("text") or "") and signals.without_courtesy(text).strip() == text.strip()
          and not signals.still_asks(text)):
        # "Amazing, thanks for the quick reply": thanked, not asking again ("Thank you! It's the order with the
        # lamp I need to modify" goes on after its thanks; "ok thanks, please go ahead with the removal" asks)
        reply = phrases.say("you_are_welcome", language)
    elif awaits_yes(turn.get("proposal")):
        # "That looks right, please go ahead and start it": the same proposal again. Order actions wait for a
        # plain yes (graph/consent.py), so say so and keep the proposal pending.
        reply = phrases.say("confirm_with_yes", language)
    else:
        orders = (turn.get("oms") or {}).get("orders") or []
        if "order_number" in (awaiting or []) and not orders:
            reply = phrases.say("still_need_order", language)
        elif "choice" in (awaiting or []) and _NAMES_ONE.match(turn.get("text") or ""):
            # "it's the jacket" when the order holds a vest and a tee: which one is meant is still the question ("it's
            # been 2 more days" names none: it is told what was said)
            reply = phrases.say("still_need_choice", language)
        elif "address" in (awaiting or []):
            # "45 Elm Road Portland": the new address the agent asked for, without its state or ZIP code
            reply = phrases.say("still_need_address", language)
        elif sentence := answering_sentence(_asked(turn), previous, language):
            # "when will it arrive?" right after the reply that said when: that sentence again
            reply = (phrases.say("said_already_order_sentence", language, order=orders[0]["id"], sentence=sentence)
                     if orders else phrases.say("said_already_sentence", language, sentence=sentence))
        elif orders:
            reply = phrases.say("said_already_order", language, order=orders[0]["id"])
        else:
            reply = phrases.say("said_already", language)
        turn["proposal"] = None
        turn["actions_needed"] = [*(turn.get("actions_needed") or []), "offer_person"]
    turn["draft"] = reply
    return reply


def _asked(turn: dict) -> str:
    """What the turn asks, with the subject it points back at ("and how long does it take?" after express to
    Canada reads as Canada's express), as the engine read it; else the message."""
    questions = turn.get("questions") or []
    return (questions[0].get("text") if len(questions) == 1 else None) or turn.get("text") or ""


def after_reply(dialogue: Dialogue | None, turn: dict) -> Dialogue:
    """What the reply leaves open (the question it asks) and the order it was about, for the next message."""
    updated = Dialogue(**(dialogue or {}))
    asked = open_question(turn)
    if not asked and updated.get("topic") in ACTION_FLOWS and turn.get("intent") in ASKED_OF_THE_GOODS:
        # "what colours come in a 10?" in the middle of an exchange that still needs its order: answered, and the
        # question which order it is stays open ("white please" next must not pick an order of its own)
        asked = list(updated.get("awaiting") or [])
    updated["awaiting"] = asked
    listed = [order["id"] for order in (turn.get("oms") or {}).get("candidates") or []]
    if (turn.get("proposal") or {}).get("action") == "exchange_item" and updated.get("topic") == "cancel_order":
        # "can I swap the size before it ships?" about a delivered order was answered as an exchange ("which size would
        # you like instead?"): it goes on as one ("M please" was refused as a cancellation)
        updated["topic"] = "exchange"
    orders = (turn.get("oms") or {}).get("orders") or []
    if not listed and "order_number" in asked and orders:
        # "I don't see an order on its way: the last one delivered, NB105252, arrived on... Which order is it?": the one
        # it named is offered, so "it's the last one" or "the one that says delivered" picks it (order_pick.py)
        listed = [orders[0]["id"]]
    if listed or "order_number" not in asked:  # asked again without a list: the one given before still stands
        updated["listed_orders"] = listed
    if orders:
        updated["order_id"] = orders[0].get("id")
    return updated


async def answer(state: SupportState, runtime: Runtime[SupportContext]) -> dict:
    turn = dict(state.get("turn") or {})
    turn["route"] = "answer"
    reply = not_repeated(turn, last_agent_reply(state.get("messages") or []),
                         (state.get("dialogue") or {}).get("awaiting"))
    if not turn.get("input_problem"):
        # One read of the customer's memory: the greeting comes from the profile as it was before this reply.
        before = await update_profile(
            runtime.store, state.get("customer_id"), language=turn.get("language"), frustrated=bool(turn.get("frustrated"))
        )
        case = case_to_mention(before, current_thread() or "", state.get("exchanges", 0))
        if case:
            reply = with_note(earlier_case_sentence(case, turn.get("language")), reply)
            await record_case_told(runtime.store, state.get("customer_id"), case["handoff_id"], standing(case))
    pending = pending_from(state, turn.get("proposal"))
    if not pending:
        reply = with_action_still_waiting(reply, turn, state.get("pending_action"))
    # The LLM engine's reply reaches the `messages` stream only here, checked and as sent (graph/streamed_reply.py);
    # the offline engine's is emitted whole when the node ends, as before.
    if context_of(runtime.context).engine == "offline":
        message = AIMessage(content=reply, name=AGENT_NAME)
    else:
        message = streamed_reply(reply)
    update = {
        "messages": [message],
        # An identity error (or a refused replay) is not an agent reply: it must not count as one.
        "exchanges": state.get("exchanges", 0) + int(turn.get("input_problem") not in NOT_COUNTED_PROBLEMS),
        "turn": turn,
    }
    if not turn.get("input_problem"):
        update["dialogue"] = after_reply(state.get("dialogue"), turn)
    if pending:
        update["pending_action"] = pending
    return update
