"""The offline Reasoner: calibrated intent model + deterministic signals + template composition.

Deterministic and free to run; trained from the brand's ticket history (`support-agent learn`).
"""

from __future__ import annotations

from graph.reasoning import signals
from graph.reasoning.base import Classification, Draft, DraftRequest, HandoffBrief
from graph.reasoning.offline import handoff
from graph.reasoning.offline.drafting import compose
from graph.reasoning.offline.intent_model import IntentModel
from graph.state import Question

SECONDARY_MIN_PROB = 0.5
FOLLOW_UP_WORDS = 6


class OfflineReasoner:
    name = "offline"

    def __init__(self, intent_model: IntentModel, playbook: dict | None = None):
        self.intent_model = intent_model
        self.playbook = playbook or {}

    # -- classify ---------------------------------------------------------------------------------
    def classify(self, text: str, history: list[tuple[str, str]]) -> Classification:
        intent, prob = self.intent_model.predict(text)
        previous = [t for role, t in history if role == "customer"]
        if previous and len(text.split()) <= FOLLOW_UP_WORDS and prob < 0.7:
            # A short follow-up ("any update??") continues the previous question.
            intent, prob = self.intent_model.predict(previous[-1] + "\n" + text)
        questions = [Question(text=text, intent=intent, confidence=prob)]
        parts = signals.split_questions(text)
        if len(parts) > 1:
            for part in parts:
                part_intent, part_prob = self.intent_model.predict(part)
                if part_prob >= SECONDARY_MIN_PROB and all(q["intent"] != part_intent for q in questions):
                    questions.append(Question(text=part, intent=part_intent, confidence=part_prob))
        return Classification(
            intent=intent,
            confidence=prob,
            questions=questions,
            entities=signals.extract_entities(text),
            frustrated=signals.is_frustrated(text),
            wants_human=signals.wants_human(text),
            language=signals.detect_language(text),
        )

    # -- draft ------------------------------------------------------------------------------------
    def draft(self, request: DraftRequest) -> Draft:
        return compose(request)

    # -- assess -----------------------------------------------------------------------------------
    def assess(self, request: DraftRequest, draft: Draft) -> float:
        """Calibrated intent probability, capped when part of the message went unanswered."""
        if not draft.text:
            return 0.0
        confidence = min(q["confidence"] for q in request.classification.questions)
        if draft.unanswered:
            confidence = min(confidence, 0.4)
        return round(float(confidence), 4)

    def handoff_brief(self, request: DraftRequest, reasons: list[str]) -> HandoffBrief:
        suggestion = (self.playbook.get(request.classification.intent) or {}).get("suggested_resolution")
        return handoff.brief(request, reasons, suggestion=suggestion)
