"""One question split between readings a help article answers: as sure as those readings together.

"I want to send this as a gift, will the price show on the packing slip?" read 0.65 shipping and 0.23 promotions
(the price), so it went to a person unsure, although the article its words found ("Sending an order as a gift: the
packing slip of a gift order shows no prices") answers it whichever of the two it is. A first message's articles are
searched by its words alone (graph/nodes/retrieve.py), not by the intent read, so hesitating between intents whose
reply is that article is no doubt about the reply. The question then carries the mass of those intents together, and
what it was read as alone (`read_alone`): a reply that quotes no article after all is only as sure as that
(OfflineReasoner.assess). Never for a frustrated customer, one who asks for a person, a safety concern or a tier-2
reading with more than a trace.
"""

from __future__ import annotations

from graph.intents import INTENTS, TIER2
from graph.reasoning.base import Classification
from graph.state import Question

# The intents whose reply is the help article that answers the question (intents.py: answer_from_help_center).
ARTICLE_INTENTS = frozenset(name for name, intent in INTENTS.items()
                            if intent.tier == 1 and intent.resolving_action == "answer_from_help_center")
# More than this on tier-2 readings is a report a person may need to see, not a question: the reading stays.
TIER2_TRACE = 0.05


def articles_mass(distribution: dict[str, float]) -> float:
    """The probability that the message is a question a help article answers."""
    return min(1.0, sum(distribution.get(intent, 0.0) for intent in ARTICLE_INTENTS))


def with_article_readings(reading: Classification, sure_at: float) -> Classification:
    """The reading with its one question as sure as its article readings together, when they are sure enough and it
    was not; as it was otherwise."""
    questions = reading.questions or []
    distribution = reading.distribution or {}
    if (len(questions) != 1 or questions[0].get("asks_policy") or questions[0].get("one_of")
            or reading.intent not in ARTICLE_INTENTS or questions[0]["intent"] != reading.intent
            or reading.frustrated or reading.wants_human or reading.safety):
        return reading
    alone = float(questions[0]["confidence"])
    together = round(articles_mass(distribution), 4)
    if alone >= sure_at or together < sure_at or sum(distribution.get(i, 0.0) for i in TIER2) > TIER2_TRACE:
        return reading
    reading.questions = [Question(**{**questions[0], "confidence": together, "read_alone": alone})]
    return reading
