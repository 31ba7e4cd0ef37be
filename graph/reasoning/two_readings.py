"""One message, two answerable readings: answer both instead of handing the customer to a person.

"I need to cancel or return some orders", "I'd like to update my address" (an order's, or the account's?),
"trouble verifying my payment" (the payment methods, or the account?). The intent model splits such a message
between two tier-1 intents, neither sure alone, and the policy would escalate it for low confidence although
each reading has an answer. When the two together are as sure as the policy asks (the reply then answers what
was asked with that probability) and the second is a real contender, not a trace, the message is answered
under both readings, each with its own help articles. Never when either reading is tier 2, outside the store or
a request for money back, never for a frustrated customer or one who asked for a person: those go the usual way.
"""

from __future__ import annotations

from graph.intents import OUT_OF_SCOPE, family_of, tier_of
from graph.reasoning.base import Classification
from graph.state import Question

# A second reading is a contender when it holds at least a quarter of the probability: one chance in four that
# the message means it. Below that, answering it too would mostly add an answer to a question nobody asked.
SECOND_AT_LEAST = 0.25


# Money back is never inferred from half a reading: "can I get an invoice? need it for work expenses" held a refund
# at 0.32, and the refund's amount then sent the customer to a person for a refund over the limit.
NEVER_HALF_READ = frozenset({"refund_request"})


def _answerable(intent: str) -> bool:
    return tier_of(intent) == 1 and intent != OUT_OF_SCOPE and intent not in NEVER_HALF_READ


def second_reading(reading: Classification) -> tuple[str, float] | None:
    """The likeliest intent outside the first reading's answer family, with its family's probability."""
    family = family_of(reading.intent)
    others = {intent: p for intent, p in (reading.distribution or {}).items() if intent not in family}
    if not others:
        return None
    second = max(others, key=others.get)
    return second, min(1.0, sum(reading.distribution.get(member, 0.0) for member in family_of(second)))


def with_two_readings(reading: Classification, sure_at: float) -> Classification:
    """The reading with a second question of the same words when two answerable readings together are sure
    enough; as it was otherwise. Both questions carry the pair's probability: the reply answers one of them."""
    questions = reading.questions or []
    if (len(questions) != 1 or questions[0].get("asks_policy") or reading.confidence >= sure_at
            or reading.frustrated or reading.wants_human or reading.safety or not _answerable(reading.intent)):
        return reading
    found = second_reading(reading)
    if found is None:
        return reading
    second, probability = found
    both = round(min(1.0, reading.confidence + probability), 4)
    if not _answerable(second) or probability < SECOND_AT_LEAST or both < sure_at:
        return reading
    first = questions[0]
    reading.questions = [
        Question(**{**first, "confidence": both, "one_of": True}),
        Question(text=first["text"], intent=second, confidence=both, one_of=True),
    ]
    return reading
