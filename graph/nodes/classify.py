"""classify: check the input and the caller's identity, then read intent, entities and frustration."""

from __future__ import annotations

import asyncio

from langchain_core.runnables import RunnableConfig
from langgraph.runtime import Runtime

from core.settings import get_settings
from graph.config import SupportContext, context_of
from graph.consent import asks_to_cancel, confirms_a_fact, read_consent, thanks_too
from graph.dialogue.continuation import dialogue_of, next_dialogue, read_in_context
from graph.dialogue.offer_taken import OFFER_TAKEN, offered_action, taken, takes_offer
from graph.dialogue.order_pick import listed_to_pick_from, yes_to_the_one
from graph.identity import identity_problem, verified_customer, verified_principal
from graph.intents import OUT_OF_SCOPE
from graph.message_log import is_refused_replay
from graph.messages import history_of, latest_customer_text
from graph.nodes.classify_signals import earlier_replies, safety_reasons
from graph.nodes.model_use import record
from graph.reasoning import calls, chit_chat, phrases, signals, topic
from graph.reasoning.article_readings import with_article_readings
from graph.reasoning.base import Classification
from graph.reasoning.bot_question import asks_who_answers
from graph.reasoning.feedback import FEEDBACK_INTENTS, feedback_kind
from graph.reasoning.glossary import english_reading
from graph.reasoning.language import language_in_conversation
from graph.reasoning.pause import asks_for_a_moment
from graph.reasoning.policy_questions import mark_policy_questions
from graph.reasoning.registry import aget_reasoner
from graph.reasoning.two_readings import with_two_readings
from graph.state import SupportState, Turn

INPUT_REPLIES = {
    "empty": "It looks like your message was empty — what can I help you with?",
    "too_long": (
        f"Your message is longer than I can read at once ({signals.MAX_MESSAGE_CHARS:,} characters at most). "
        "Could you send the key details — your order number and what went wrong — in a shorter message?"
    ),
    "unreadable": "I couldn't read that message (it looks like binary or garbled text). Could you type your question again?",
    "invalid_identity": "Your session could not be verified (it may have expired). Please sign in again and resend your message.",
    "identity_mismatch": "This conversation belongs to another signed-in customer. Please start a new conversation.",
    "conflicting_replay": (
        "That message reused the id of an earlier, different message, so it was not accepted (earlier messages "
        "cannot be edited). Please send it again as a new message."
    ),
}


def _closing(text: str, language: str, engine: str, pending: dict | None = None, declined: bool = False) -> Turn:
    """A goodbye answered as one: nothing to classify, escalate or look up. With an order action still waiting for
    the customer's yes, the goodbye says it was not done (a customer who read the proposal as done would leave
    without it); the action stays pending, so a yes after it still goes ahead (graph/nodes/confirm.py). `declined`:
    a no to the agent's offer ("no wait, don't cancel it" got "You're welcome!"), answered as a request let go."""
    taken_back = declined or signals.takes_back(text)
    draft = phrases.say("request_taken_back" if taken_back else "you_are_welcome", language)
    if pending:
        draft = f"{phrases.say('still_waiting_for_yes', language, order=pending.get('order_id', ''))}\n\n{draft}"
    return Turn(text=text, input_problem=None, small_talk="closing", draft=draft,
                route="answer", reasons=[], confidence=1.0, engine=engine, language=language)


def closes_with_chat(reading: Classification, own_intent: str | None, text: str, sure_at: float) -> bool:
    """A goodbye with a pleasantry beside it ("Thanks for your help! If you ever want a book tip, just ask"): the
    sign-off is there, nothing is asked, and the rest reads as nothing to do with the store (by
    the message's own reading, `own_intent`: the conversation's topic read into a goodbye repeated the last
    answer), or names nothing of the store at all ("Perfect, thanks! It's been a rough week with the kids",
    which the model may read as a complaint), or is nothing the engine can place (below the policy's
    confidence, `sure_at`) beside words that end the conversation ("that's all, have a great day"): a remark
    it cannot read is no reason to hand a goodbye to a person, but a bare "thanks" may come before a new
    problem."""
    if reading.wants_human or reading.frustrated:
        return False
    # the sign-offs are English words: another language is read by its gloss ("gracias, ya me llegó el pedido")
    said = text if reading.language == "en" else english_reading(text, reading.language)
    if OUT_OF_SCOPE in (reading.intent, own_intent):
        return signals.signs_off(said)
    if chit_chat.goodbye_with_a_remark(said):  # a sign-off already
        return True
    return reading.confidence < sure_at and signals.says_goodbye(said)


def _identity(state: SupportState, config: RunnableConfig) -> tuple[str | None, str | None, str | None]:
    """(customer_id, identity_source, problem) for this turn: only ever the caller the server verified on
    this very request. A thread never stays signed in on its own: a turn without a verified customer
    has no customer, whatever an earlier turn had."""
    current, source = state.get("customer_id"), state.get("identity_source")
    problem = identity_problem(config)
    if problem:
        return current, source, problem
    claimed = verified_customer(config)
    if current and claimed and claimed != current:
        return current, source, "identity_mismatch"
    principal = verified_principal(config)
    if not claimed and source == "verified_in_conversation" and (principal is None or principal.kind == "anonymous"):
        # A visitor proved an order is theirs earlier in this thread (graph/nodes/verify.py): the thread is
        # owned by that visitor, so the OMS-checked customer stays with it.
        return current, source, None
    return claimed, ("signed_token" if claimed else None), None


async def classify(state: SupportState, runtime: Runtime[SupportContext], config: RunnableConfig) -> dict:
    context = context_of(runtime.context)
    messages = state.get("messages") or []
    if not messages or messages[-1].type != "human":
        # Nothing new to answer: a replayed run (same message id, so add_messages replaced it in place)
        # or an empty input. Answering again would double-count the exchange.
        return {"turn": Turn(text="", input_problem=None, duplicate=True, route="answer", reasons=[], engine=context.engine)}
    raw = latest_customer_text(messages)
    customer_id, identity_source, caller_problem = _identity(state, config)
    replay = "conflicting_replay" if is_refused_replay(messages[-1]) else None
    problem = caller_problem or replay or signals.input_problem(raw)
    base = {"customer_id": customer_id, "identity_source": identity_source}
    # A safety statement is never lost to a length limit: the rest of the turn reads the first part only.
    safety = signals.safety_findings(raw) if problem == "too_long" else []
    if safety:
        problem, raw = None, raw[: signals.MAX_MESSAGE_CHARS]
    if problem:
        turn = Turn(text=(raw or "")[:200], input_problem=problem, draft=INPUT_REPLIES[problem], route="answer",
                    reasons=[], confidence=1.0, engine=context.engine)
        return {**base, "turn": turn}
    text = signals.clean_text(raw)
    safety = safety or signals.safety_findings(text)
    previous = state.get("turn") or {}

    def spoken(found: str | None = None) -> str:
        """"oui", "L", an address: a message that cannot tell its language is in the conversation's."""
        return language_in_conversation(text, previous.get("language"), found)

    if state.get("escalated"):
        frustrated = signals.is_frustrated(text)
        turn = Turn(text=text, input_problem=None, route="escalate", reasons=["already_escalated"], engine=context.engine,
                    frustrated=frustrated, language=spoken())
        if safety:
            turn.update(safety=safety, reasons=safety_reasons(safety) + ["already_escalated"])
        return {**base, "turn": turn, "frustration_count": state.get("frustration_count", 0) + int(frustrated)}
    offer = None if safety else offered_action(previous)  # "...but you can return it": a yes takes it up
    if not safety and signals.is_closing(text):
        # "thanks!" after an answer closes the loop; it is not a new question to classify or escalate.
        # "no thanks" to the agent's offer lets the offer go: not thanked back
        declined = bool(offer) and read_consent(text) == "no"
        turn = _closing(text, spoken(), context.engine, state.get("pending_action"), declined=declined)
        if not any(message.type == "ai" for message in messages):
            # a thank-you that opens a conversation ("@NorthboundCo ty!!") asks nothing of the store: the history
            # files such messages as out of scope, as it does praise and bare greetings
            turn.update(intent=OUT_OF_SCOPE, intent_confidence=1.0)
        return {**base, "turn": turn}
    if not safety and asks_for_a_moment(text):
        # "hold on, let me check which order it was": asked to wait, the topic kept open for the answer (pause.py)
        language = spoken()
        turn = Turn(text=text, input_problem=None, small_talk="pause", draft=phrases.say("take_your_time", language),
                    route="answer", language=language, reasons=[], confidence=1.0, engine=context.engine)
        return {**base, "turn": turn}
    consent = None if safety or state.get("pending_action") else read_consent(text)
    if consent == "yes" and yes_to_the_one(text, listed_to_pick_from(state.get("dialogue"))):
        consent = None  # the order is picked (order_pick.py), nothing is agreed to
    # "yes, that's right" after "...or I can pass you to a person" confirms what was said, it takes up no offer
    offered_person = "offer_person" in (previous.get("actions_needed") or []) and not confirms_a_fact(text)
    if offer and consent == "no":
        return {**base, "turn": _closing(text, spoken(), context.engine, declined=True)}
    taking_offer = bool(offer) and takes_offer(text, offer, consent)
    if taking_offer:
        consent = None
    if consent == "no" and asks_to_cancel(text):
        consent = None  # "cancel please" with nothing waiting: a cancellation asked for, read as any message
    if consent == "yes" and not offered_person and thanks_too(text):
        # "Yes, that sounds perfect. Thank you!" with nothing waiting for a yes: the customer is signing off.
        return {**base, "turn": _closing(text, spoken(), context.engine)}
    if consent and not (consent == "yes" and offered_person):
        # A bare yes / no with nothing waiting for it: say so instead of guessing what it agrees to.
        language = spoken()
        turn = Turn(text=text, input_problem=None, small_talk="nothing_pending",
                    draft=phrases.say("nothing_pending", language), route="answer", language=language,
                    reasons=[], confidence=1.0, engine=context.engine)
        return {**base, "turn": turn}
    reasoner = await aget_reasoner(context.engine)
    reading = await calls.classify(reasoner, text, history_of(messages))
    dialogue = dialogue_of(state.get("dialogue"), previous)  # state's turn is still the last one
    own_intent = reading.intent  # read_in_context may put the conversation's topic in its place
    reading, how = read_in_context(reading, dialogue, text)
    if taking_offer and not reading.wants_human:
        reading, how = taken(reading, offer, text), OFFER_TAKEN
    # "what happens if it arrives damaged?"
    reading.questions = mark_policy_questions(reading.questions or [], reading.distribution)
    if how is None:  # a first reading split between two answerable intents answers both (a later one has its topic)
        reading = with_two_readings(reading, get_settings().confidence_threshold)
        # ...and one split between readings a help article answers is as sure as they are together
        reading = with_article_readings(reading, get_settings().confidence_threshold)
    if reading.language == "en":
        reading.language = spoken(reading.language)  # the engine read it already: only the conversation's is added
    if not safety and closes_with_chat(reading, own_intent, text, get_settings().confidence_threshold):
        return {**base, "turn": _closing(text, reading.language, context.engine, state.get("pending_action"))}
    if not safety and not reading.frustrated and asks_who_answers(text):
        # "are you a real person?": who is answering, and a person offered (a yes then goes to one)
        turn = Turn(text=text, input_problem=None, small_talk="who_answers", draft=phrases.say("who_answers",
                    reading.language), route="answer", reasons=[], intent=OUT_OF_SCOPE, intent_confidence=1.0,
                    confidence=1.0, language=reading.language, engine=context.engine, actions_needed=["offer_person"])
        return {**base, "turn": turn}
    if (not safety and not reading.frustrated and not reading.wants_human and not dialogue.get("awaiting")
            and not state.get("pending_action") and chit_chat.praise_only(text)):
        # "thanks for the quick delivery!! love the jacket": thanked back, whatever the model made of it
        turn = Turn(text=text, input_problem=None, small_talk="praise", draft=phrases.say("thanks_back", reading.language),
                    route="answer", reasons=[], intent=OUT_OF_SCOPE, intent_confidence=1.0, confidence=1.0,
                    language=reading.language, engine=context.engine)  # the history files praise as out of scope
        return {**base, "turn": turn}
    if (not safety and not reading.frustrated and not reading.wants_human and not dialogue.get("awaiting")
            and not state.get("pending_action") and (kind := feedback_kind(text))):
        # "I wish you had more colours", "not impressed with the quality lately": thanked or apologised to, with
        # what the agent can do (a particular order, or a person on a yes); no guess at a damaged item (feedback.py)
        turn = Turn(text=text, input_problem=None, small_talk="feedback", draft=phrases.say(f"feedback_{kind}",
                    reading.language), route="answer", reasons=[], intent=FEEDBACK_INTENTS[kind], intent_confidence=1.0,
                    confidence=1.0, language=reading.language, engine=context.engine, actions_needed=["offer_person"])
        return {**base, "turn": turn}
    if (not safety and how is None and not reading.wants_human and not reading.frustrated
            and not dialogue.get("awaiting") and previous.get("small_talk") != "opener"
            and topic.is_bare_opener(text)):
        # "Hi, I have a question": nothing to classify yet, so ask what it is about (once; a second bare
        # message goes the usual way, to a person when nothing is clearer).
        draft = f"{phrases.say('greeting', reading.language)}\n\n{phrases.say('what_about', reading.language)}"
        turn = Turn(text=text, input_problem=None, small_talk="opener", draft=draft, route="answer", reasons=[],
                    intent=OUT_OF_SCOPE, intent_confidence=1.0, confidence=1.0, language=reading.language,
                    engine=context.engine)  # no request yet: the history files a bare greeting as out of scope
        return {**base, "turn": turn}
    if consent == "yes" and offered_person:
        reading.wants_human = True  # "yes" to "shall I pass this to a person?"
    turn = Turn(
        text=text,
        input_problem=None,
        intent=reading.intent,
        intent_confidence=reading.confidence,
        questions=reading.questions,
        entities=reading.entities,
        frustrated=reading.frustrated,
        wants_human=reading.wants_human,
        language=reading.language,
        context=how,
        engine=context.engine,
        safety=safety,
        repeated_contact=signals.reports_repeated_contact(text),
        # off the event loop: the first call loads a language model from disk. A reply to what the agent asked
        # (a name, an address) is read with the conversation, whatever its words look like.
        foreign_language=None if dialogue.get("awaiting") else await asyncio.to_thread(signals.outside_languages, text),
        earlier_replies=await earlier_replies(runtime.store, customer_id) if reading.frustrated else 0,
    )
    safety = safety or reading.safety  # a safety reading by the model also goes to a person at once
    if safety:
        turn.update(safety=safety, reasons=safety_reasons(safety, reading.wants_human), route="escalate")
    record(turn, reading.meta)
    return {
        **base,
        "turn": turn,
        "dialogue": next_dialogue(dialogue, reading, how, text),
        "frustration_count": state.get("frustration_count", 0) + int(reading.frustrated),
    }
