"""Every escalation rule, in one place, as pure functions that return the reason they fired.

`escalation_reasons` is the only thing routing consults; thresholds are deployment settings, with the
product defaults: frustrated after 2 agent replies (counted per customer across their recent
conversations, or at once when they report earlier failed contacts), refunds over $50, confidence below
0.7, an explicit request for a human, any tier-2 intent. A safety concern (self-harm, violence, medical
or legal emergency, harassment) fires before every other reason. Money amounts come from
the OMS (OmsFacts.refund_amount), never from what the customer or a model wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.intents import ACTIONS_REQUIRING_HUMAN, INTENTS, tier_of

SAFETY = "safety"
ACCOUNT_SECURITY = "account_security"
URGENT = "urgent"  # handoff priority of a safety case: first in the queue
FRUSTRATED = "frustrated"
REFUND_OVER_LIMIT = "refund_over_limit"
LOW_CONFIDENCE = "low_confidence"
HUMAN_REQUESTED = "human_requested"
TIER2_INTENT = "tier2_intent"
ACTION_REQUIRED = "action_required"
OMS_UNAVAILABLE = "oms_unavailable"
ALREADY_ESCALATED = "already_escalated"
IDENTITY_LOCKED = "identity_locked"  # a visitor failed the e-mail + order number check too often
MAX_VERIFICATION_FAILURES = 3


@dataclass(frozen=True)
class Thresholds:
    confidence: float = 0.7
    refund_limit: float = 50.0
    frustrated_after_replies: int = 2


@dataclass(frozen=True)
class Signals:
    """What the graph knows after drafting, reduced to what the rules need."""

    intents: list[str] = field(default_factory=list)  # every question's intent, main first
    confidence: float = 1.0
    frustrated_now: bool = False
    agent_replies: int = 0  # agent replies already sent in this thread
    earlier_replies: int = 0  # agent replies to this customer in their other recent conversations
    repeated_contact: bool = False  # the message reports earlier contacts that got nowhere
    safety: list[str] = field(default_factory=list)  # safety categories detected in the message
    account_security: bool = False  # a locked, hacked, suspended or taken-over account
    reported_problems: list[str] = field(default_factory=list)  # tier-2 problems the message reports itself
    wants_human: bool = False
    refund_amount: float | None = None  # from the OMS
    oms_error: str | None = None
    actions_needed: list[str] = field(default_factory=list)  # order changes the answer depends on


def account_at_risk(account_security: bool) -> str | None:
    """A locked, hacked or suspended account, or one someone else took over: only a person can verify and
    restore it (the help center's password reset is not the answer)."""
    return ACCOUNT_SECURITY if account_security else None


def safety_concern(categories: list[str]) -> str | None:
    """Self-harm, violence, a medical or legal emergency, harassment: a person, at once, whatever else holds."""
    return SAFETY if categories else None


def frustrated_after_exchanges(
    frustrated_now: bool, agent_replies: int, after: int, repeated_contact: bool = False
) -> str | None:
    """A frustrated customer who has already had `after` replies from us gets a person.

    `agent_replies` counts this customer's replies across conversations (the caller adds them up); a
    message that reports earlier failed contacts ("third time I ask") counts as past that point.
    """
    return FRUSTRATED if frustrated_now and (agent_replies >= after or repeated_contact) else None


def refund_over_limit(refund_amount: float | None, limit: float) -> str | None:
    """A refund whose amount at stake (from the OMS) is over the refund limit: a person approves it."""
    return REFUND_OVER_LIMIT if refund_amount is not None and refund_amount > limit else None


def low_confidence(confidence: float, threshold: float) -> str | None:
    """A reply the agent is not sure of (confidence below the threshold) goes to a person instead."""
    return LOW_CONFIDENCE if confidence < threshold else None


def human_requested(wants_human: bool) -> str | None:
    """The customer asks for a person, a supervisor, a phone number or a callback: they get one."""
    return HUMAN_REQUESTED if wants_human else None


def tier2_intent(intents: list[str], reported_problems: list[str] | None = None) -> str | None:
    """Damaged or wrong items, lost parcels, payment disputes, complaints: a person decides. A message that
    reports such a problem in so many words ("marked delivered but never came", "charged twice") is tier 2
    whichever intent the model read (graph/reasoning/problem_reports.py)."""
    return TIER2_INTENT if reported_problems or any(tier_of(intent) == 2 for intent in intents) else None


def action_required(actions_needed: list[str]) -> str | None:
    """The resolution needs something only a person does (reship, replace, billing review)."""
    return ACTION_REQUIRED if set(actions_needed) & ACTIONS_REQUIRING_HUMAN else None


def oms_unavailable(oms_error: str | None, intents: list[str]) -> str | None:
    """Order questions cannot be answered honestly while the OMS is down."""
    needs_order = any(INTENTS[i].needs_order for i in intents if i in INTENTS)
    return OMS_UNAVAILABLE if oms_error == "oms_unavailable" and needs_order else None


# Every rule in the order escalation_reasons applies them (the LLM engine's prompts list them from here).
RULES = (safety_concern, human_requested, frustrated_after_exchanges, tier2_intent, account_at_risk,
         refund_over_limit, action_required, oms_unavailable, low_confidence)


def escalation_reasons(signals: Signals, thresholds: Thresholds) -> list[str]:
    """All reasons that fire, in a stable order; empty means the agent may answer."""
    fired = [
        safety_concern(signals.safety),
        human_requested(signals.wants_human),
        frustrated_after_exchanges(
            signals.frustrated_now,
            signals.agent_replies + signals.earlier_replies,
            thresholds.frustrated_after_replies,
            signals.repeated_contact,
        ),
        tier2_intent(signals.intents, signals.reported_problems),
        account_at_risk(signals.account_security),
        refund_over_limit(signals.refund_amount, thresholds.refund_limit),
        action_required(signals.actions_needed),
        oms_unavailable(signals.oms_error, signals.intents),
        low_confidence(signals.confidence, thresholds.confidence),
    ]
    return [reason for reason in fired if reason]
