"""The one interface every reasoning backend implements, so nodes never know which engine runs them.

`classify` reads the customer, `draft` writes the reply from evidence the graph gathered (help-center
passages, similar past tickets, OMS facts), `assess` says how sure the engine is of that reply, and
`handoff_brief` writes what a human needs when the conversation is escalated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from graph.state import Entities, OmsFacts, PassageRef, Question


@dataclass
class Classification:
    intent: str
    confidence: float
    questions: list[Question]
    entities: Entities
    frustrated: bool
    wants_human: bool
    language: str = "en"
    safety: list[dict] = field(default_factory=list)  # findings {category, cue, danger} the engine adds
    meta: dict = field(default_factory=dict)  # engine_used, fallbacks, model usage (LLM engine)
    # P(intent | this message alone) when the engine has one: lets the conversation weigh an unsure reading
    # against its open topic (graph/dialogue/continuation.py). Empty: only `intent` / `confidence` are known.
    distribution: dict[str, float] = field(default_factory=dict)
    # How much a later message reads like a reply inside a conversation (learned from the history's later
    # turns against its first messages); None on a first message or when the engine has no such model.
    reply_likelihood: float | None = None


@dataclass
class DraftRequest:
    text: str
    classification: Classification
    passages: list[PassageRef] = field(default_factory=list)
    similar_tickets: list[PassageRef] = field(default_factory=list)
    oms: OmsFacts = field(default_factory=dict)
    customer: dict | None = None
    history: list[tuple[str, str]] = field(default_factory=list)  # (role, text), oldest first
    # The LLM engine's tool loop: earlier rounds {calls: [{id, name, args}], results: [json text]}, the order
    # action a write tool proposed this turn, and the turn's engine record (engine_used, fallbacks).
    tool_rounds: list[dict] = field(default_factory=list)
    proposal: dict | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class Draft:
    text: str
    citations: list[str] = field(default_factory=list)  # help-center article ids the reply rests on
    actions_needed: list[str] = field(default_factory=list)  # order changes the answer depends on
    unanswered: list[str] = field(default_factory=list)  # intents of questions it could not answer
    # tools.oms.actions Proposal/Refusal as .to_state(): a Proposal the customer must confirm with a yes in
    # their next message (answer node -> state.pending_action), or the refusal that was explained.
    proposal: dict | None = None
    meta: dict = field(default_factory=dict)  # engine_used, fallbacks, grounding, model usage (LLM engine)


@dataclass
class DraftStep:
    """One pass of drafting: either the reply, or tool calls the graph must run first (call_oms) before
    drafting again. Only the LLM engine ever asks for tools; the offline engine always returns a Draft."""

    draft: Draft | None = None
    tool_calls: list[dict] = field(default_factory=list)  # {id, name, args}
    meta: dict = field(default_factory=dict)


@dataclass
class HandoffBrief:
    summary: str
    tried: str
    suggested_resolution: str
    priority: str = "normal"


class Reasoner(Protocol):
    name: str

    def classify(self, text: str, history: list[tuple[str, str]]) -> Classification: ...

    def draft(self, request: DraftRequest) -> Draft: ...

    def assess(self, request: DraftRequest, draft: Draft) -> float: ...

    def handoff_brief(self, request: DraftRequest, reasons: list[str]) -> HandoffBrief: ...
