"""The one state that flows through every node of the support graph.

Counters that must survive turns (exchanges, frustration, escalation, verified customer) live here and
are saved by the Postgres checkpointer under the conversation's thread id. Per-turn working data
(`turn`) is replaced at the start of every turn. Everything is plain JSON-able data so checkpoints stay
readable and portable across versions.
"""

from __future__ import annotations

from typing import Annotated, Literal, NotRequired

from langchain_core.messages import AnyMessage
from typing_extensions import TypedDict

from graph.message_log import add_messages_once

Route = Literal["answer", "escalate"]


class Entities(TypedDict, total=False):
    order_numbers: list[str]
    emails: list[str]
    amounts: list[float]


class Question(TypedDict):
    """One question of a (possibly multi-question) customer message."""

    text: str
    intent: str
    confidence: float
    subject_before: NotRequired[str]  # the last ask it points back at ("and how long does it take?"), read with it
    asks_policy: NotRequired[bool]  # what the shop does if a tier-2 situation happens (reasoning/policy_questions.py)
    one_of: NotRequired[bool]  # one of two readings of the same words, both answered (reasoning/two_readings.py)
    read_alone: NotRequired[float]  # its own intent's confidence, before article readings joined (article_readings.py)


class PassageRef(TypedDict, total=False):
    doc_id: str
    title: str
    heading: str
    text: str
    url: str | None
    source: str  # help_center | past_ticket
    score: float
    metadata: dict


class OmsFacts(TypedDict, total=False):
    """What the OMS said this turn: only data fetched for the verified customer."""

    orders: list[dict]  # full orders (items, payments, shipments) the turn is about
    recent_orders: list[dict]  # summaries of the customer's latest orders
    refund_amount: float | None  # money at stake for a refund question, computed from OMS data
    order_not_found: list[str]  # order numbers the customer gave that are not theirs / do not exist
    error: str | None  # oms_unavailable | identity_required | None
    products: dict  # product id -> product (variants, Final Sale) of the order's lines, for returns/exchanges
    item_not_found: dict  # goods the customer named that none of the orders looked at contains
    candidates: list[dict]  # the customer's latest orders in short, when the agent must ask which one it is
    none_unshipped: bool  # a cancellation or new address for an order "not shipped yet", and none is waiting to ship
    none_placed_then: bool  # the order named by the day it was placed ("the one I placed today"), and none was
    none_cancelled: bool  # the message tells of an order cancelled, and none of the customer's was
    listed_orders: list[dict]  # the customer's latest orders in short, when a question is about several of them
    catalogue: dict | None  # the store's products of the kind a product question asks about (tools/oms/catalogue)
    size_chart: dict | None  # the chart of the goods a sizing question names (tools/oms/size_chart)
    in_focus: str | None  # the order the conversation is about, looked up for a follow-up naming none; or the only one
    # placed on the day or in the month the message says (graph/nodes/call_oms.py): either is as good as named


class Turn(TypedDict, total=False):
    """Working data of the current turn, replaced at every new customer message."""

    text: str
    input_problem: str | None  # empty | too_long | unreadable | invalid_identity | identity_mismatch | conflicting_replay
    foreign_language: str | None  # a language none of the brand's ("nl", "ru"): the engine cannot read it
    small_talk: str | None  # closing ("thanks!"), nothing_pending, opener ("hi, I have a question"): no classification
    duplicate: bool  # the latest message was already answered (a replayed run): nothing to do
    intent: str
    intent_confidence: float
    questions: list[Question]
    entities: Entities
    frustrated: bool
    repeated_contact: bool  # the message reports earlier contacts that got nowhere
    earlier_replies: int  # agent replies to this customer in their other recent conversations
    safety: list[dict]  # safety findings {category, cue, danger}: the turn goes straight to a person
    wants_human: bool
    language: str
    context: str | None  # how the conversation changed this turn's reading: detail | agreement | follow_up | refund_route
    passages: list[PassageRef]
    similar_tickets: list[PassageRef]  # which past tickets, how similar, their intent: never their text
    oms: OmsFacts
    draft: str
    citations: list[str]
    unanswered: list[str]  # intents of questions the draft could not answer
    confidence: float
    reasons: list[str]  # escalation reasons that fired
    route: Route
    engine: str
    proposal: dict | None  # tools.oms.actions Proposal/Refusal (.to_state()) drafted this turn
    action_result: dict | None  # what the OMS did when a pending action was confirmed this turn
    consent: str | None  # yes | no | other: the reply to a pending action
    verification: str | None  # verified | failed | locked | unavailable: a visitor's identity check
    # LLM engine (graph/reasoning/llm): which engine wrote the reply, why the turn fell back to the offline
    # engine (timeout, rate_limited, server_error, malformed, ungrounded, circuit_open, ...), the model's cost
    # and latency, and the tool loop between draft and call_oms.
    engine_used: str
    fallback_reason: str | None
    fallbacks: list[dict]  # {step: classify | draft | assess, reason}
    llm: dict  # {model, calls, tokens_in, tokens_out, latency_s, cost_usd, prompts}
    grounding: dict  # {ok, checked, ungrounded: kinds}: the reply's facts checked against the evidence
    raw_confidence: float  # the model's confidence before its calibration (graph/reasoning/llm/calibration.py)
    calibration: dict | None  # {model, version, kind} of the calibration applied, None if the model has none
    tool_calls: list[dict]  # calls the model asked for, waiting for call_oms
    tool_rounds: list[dict]  # {calls, results} of this turn's earlier rounds


class Dialogue(TypedDict, total=False):
    """What the conversation is about across turns (graph/dialogue/): the open intent and how sure the agent
    was of it, the order the last answer was about, and what that answer asked the customer for."""

    topic: str | None
    topic_confidence: float
    order_id: str | None  # the order the last answer was about: a follow-up naming none means this one
    listed_orders: list[str]  # the orders the last reply listed to choose from, newest first (order_pick.py)
    awaiting: list[str]  # order_number | address | choice | confirmation | identity | answer (graph/dialogue/open_question.py)


class PendingAction(TypedDict, total=False):
    """An order action proposed to the customer and waiting for their explicit yes in the next message.

    `key` (sha256 of thread id, proposing message id and the action) is the idempotency key the OMS
    stores: however often the confirmation is replayed or retried, the action happens once.
    """

    action: str  # tool name: cancel_order | change_address | start_return | exchange_item | refund
    order_id: str
    params: dict
    summary: str  # exactly what the customer was told will happen
    key: str
    customer_id: str  # the verified customer it was proposed to; a yes from anyone else does nothing
    language: str  # the language the proposal was made in: "sí" alone is too short to tell


class SupportInput(TypedDict):
    """What a caller may send: the customer's message(s). Identity, counters, escalation and turn data are
    not input keys, so a run that sets them changes nothing (LangGraph drops keys outside the input schema)."""

    messages: Annotated[list[AnyMessage], add_messages_once]


class SupportState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages_once]
    customer_id: str | None  # verified: the server-injected caller of this turn, never from input or text
    identity_source: str | None  # signed_token | verified_in_conversation
    exchanges: int  # agent replies sent in this thread
    frustration_count: int  # customer messages in this thread that showed frustration
    escalated: bool
    handoff_id: int | None
    verification_failures: int  # failed e-mail + order number checks of a visitor (3 lock the thread)
    pending_action: PendingAction | None  # set by answer, consumed by confirm (graph/nodes/confirm.py)
    dialogue: Dialogue  # topic, order in focus and the agent's open question, carried across turns
    turn: Turn
