"""draft: the engine writes the reply from the evidence gathered (nothing else reaches it).

With the LLM engine a pass may instead ask for OMS tools: the turn then goes to call_oms, which runs them
for the verified customer, and back here (the tool loop, bounded by LLM_MAX_TOOL_ROUNDS). The offline
engine always writes the reply in one pass, so its turns never take the loop.
"""

from __future__ import annotations

from langgraph.runtime import Runtime

from graph.config import SupportContext, context_of
from graph.dialogue.follow_up import (
    acknowledgement,
    answers_nothing,
    gives_only_who,
    only_identity,
    with_opening,
)
from graph.dialogue.slots import read_slots
from graph.nodes.evidence import draft_request
from graph.nodes.model_use import record
from graph.nodes.verify import identity_pair
from graph.progress import report_progress
from graph.reasoning import calls, phrases
from graph.reasoning.registry import aget_reasoner
from graph.state import SupportState

# What the agent may be waiting for that a follow-up about an order goes on with (graph/dialogue/open_question.py).
ORDER_QUESTIONS = {"order_number", "address", "choice", "confirmation"}
NOT_COVERED = tuple(phrases.PHRASES["not_in_help_center"].values())


def follow_up_reply(state: SupportState, turn: dict, reply: str) -> str:
    """A follow-up that gave details (name, ZIP, "I don't have the number") is acknowledged before the answer.
    One that only says who a signed-in customer is, while nothing of an order is pending, gets the
    acknowledgement and a question instead of the last answer again."""
    if not turn.get("context"):
        return reply  # a first message or a new request: its own answer
    language = phrases.language_of(turn.get("language"))
    signed_in = state.get("identity_source") == "signed_token"
    awaiting = set((state.get("dialogue") or {}).get("awaiting") or [])
    if signed_in and only_identity(turn.get("text", "")) and not awaiting & ORDER_QUESTIONS:
        turn["proposal"] = None
        return f"{phrases.say('signed_in_already', language)} {phrases.say('what_else', language)}"
    if not state.get("customer_id") and only_identity(turn.get("text", "")):
        emails, numbers = identity_pair(state)
        if emails and not numbers:  # half of what proves an order is theirs: ask for the other half, nothing else
            turn["proposal"] = None
            return phrases.say("identity_needs_number", language)

    # a name and ZIP code, or a phone number, given for the e-mail and order number asked: what proves it is asked
    # again in so many words ("Colin Harris, 96870" got "I think I've told you all I can")
    if (not state.get("customer_id") and "identity" in awaiting and gives_only_who(turn.get("text", ""))
            and not any(identity_pair(state))):
        turn["proposal"] = None
        return phrases.say("identity_needs_email_and_number", language)
    about_address = turn.get("intent") == "change_address" or "address" in awaiting  # "83702": the new ZIP code
    note = acknowledgement(turn.get("text", ""), reply, signed_in, language, about_address)
    if note and answers_nothing(reply) and read_slots(turn.get("text", "")).is_detail_reply:
        turn["proposal"] = None
        return f"{note} {phrases.say('what_else', language)}"  # details given, nothing asked to look up
    return with_opening(reply, note)


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
    turn.pop("proposal", None)
    reply = follow_up_reply(state, turn, written.text)
    # follow_up_reply puts no proposal to the customer when its reply does not show it: none waits for a yes then (a
    # "yes" to "What would you like me to help with?" once started a return of the whole order, never shown)
    withheld = "proposal" in turn and turn["proposal"] is None
    # A person was offered only with the "not in our help center" text: gone from the reply, gone as an offer
    # (a bare "yes" next must not hand the conversation over).
    withdrawn = answers_nothing(written.text) and not any(text in reply for text in NOT_COVERED)
    offered = [a for a in written.actions_needed if not (withdrawn and a == "offer_person")]
    turn.update(
        draft=reply,
        citations=written.citations,
        actions_needed=offered,
        unanswered=written.unanswered,
        proposal=None if withheld else written.proposal,  # an order action put to the customer (-> pending_action)
    )
    return {"turn": turn}
