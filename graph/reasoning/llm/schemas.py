"""What the model must return for classification and self-assessment, validated before anything uses it.

The JSON schemas handed to the model enumerate the intent taxonomy (graph/intents.py) and the safety
categories, so a well-behaved endpoint cannot answer outside them; the pydantic models check the answer
again, because an endpoint may ignore the schema. A reading that fails validation is "malformed" and the
turn uses the offline classifier instead.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from graph.intents import INTENTS
from graph.reasoning import signals
from graph.reasoning.safety import CATEGORIES as SAFETY_CATEGORIES

_LANGUAGE = re.compile(r"^[a-z]{2}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore")


def _known_intent(value: Any) -> str:
    if value not in INTENTS:
        raise ValueError(f"intent {value!r} is not in the taxonomy")
    return value


class QuestionOut(_Strict):
    text: str = Field(max_length=2000)
    intent: str
    confidence: float = Field(ge=0, le=1)

    _intent = field_validator("intent")(classmethod(lambda cls, v: _known_intent(v)))


class EntitiesOut(_Strict):
    order_numbers: list[str] = Field(default_factory=list, max_length=10)
    emails: list[str] = Field(default_factory=list, max_length=10)
    amounts: list[float] = Field(default_factory=list, max_length=10)

    @field_validator("order_numbers")
    @classmethod
    def _order_shaped(cls, values: list[str]) -> list[str]:
        """Only what reads as an order number (the same patterns the offline engine uses)."""
        kept: list[str] = []
        for value in values:
            kept += [n for n in signals.extract_entities(f"order {value}").get("order_numbers", []) if n not in kept]
        return kept


class ClassificationOut(_Strict):
    intent: str
    confidence: float = Field(ge=0, le=1)
    questions: list[QuestionOut] = Field(default_factory=list, max_length=5)
    entities: EntitiesOut = Field(default_factory=EntitiesOut)
    frustrated: bool = False
    wants_human: bool = False
    language: str = "en"
    safety: list[str] = Field(default_factory=list, max_length=5)

    _intent = field_validator("intent")(classmethod(lambda cls, v: _known_intent(v)))

    @field_validator("safety")
    @classmethod
    def _categories(cls, values: list[str]) -> list[str]:
        unknown = [v for v in values if v not in SAFETY_CATEGORIES]
        if unknown:
            raise ValueError(f"unknown safety categories {unknown}")
        return values

    @field_validator("language")
    @classmethod
    def _iso(cls, value: str) -> str:
        value = (value or "en").strip().lower()[:2]
        if not _LANGUAGE.match(value):
            raise ValueError(f"language {value!r} is not an ISO 639-1 code")
        return value


class AssessmentOut(_Strict):
    confidence: float = Field(ge=0, le=1)
    answers_every_question: bool = True
    unanswered_intents: list[str] = Field(default_factory=list, max_length=5)
    needs_person: bool = False

    @field_validator("unanswered_intents")
    @classmethod
    def _known(cls, values: list[str]) -> list[str]:
        return [v for v in values if v in INTENTS]


def _intent_enum() -> dict:
    return {"type": "string", "enum": list(INTENTS)}


def _unit() -> dict:
    return {"type": "number", "minimum": 0, "maximum": 1}


CLASSIFICATION_SCHEMA: dict = {
    "title": "Classification",
    "description": "The reading of one customer message.",
    "type": "object",
    "properties": {
        "intent": _intent_enum(),
        "confidence": _unit(),
        "questions": {"type": "array", "items": {
            "type": "object",
            "properties": {"text": {"type": "string"}, "intent": _intent_enum(), "confidence": _unit()},
            "required": ["text", "intent", "confidence"], "additionalProperties": False}},
        "entities": {"type": "object", "properties": {
            "order_numbers": {"type": "array", "items": {"type": "string"}},
            "emails": {"type": "array", "items": {"type": "string"}},
            "amounts": {"type": "array", "items": {"type": "number"}}},
            "required": ["order_numbers", "emails", "amounts"], "additionalProperties": False},
        "frustrated": {"type": "boolean"},
        "wants_human": {"type": "boolean"},
        "language": {"type": "string"},
        "safety": {"type": "array", "items": {"type": "string", "enum": list(SAFETY_CATEGORIES)}},
    },
    "required": ["intent", "confidence", "questions", "entities", "frustrated", "wants_human", "language", "safety"],
    "additionalProperties": False,
}

ASSESSMENT_SCHEMA: dict = {
    "title": "Assessment",
    "description": "How sure the reviewer is that the drafted reply resolves the message.",
    "type": "object",
    "properties": {
        "confidence": _unit(),
        "answers_every_question": {"type": "boolean"},
        "unanswered_intents": {"type": "array", "items": _intent_enum()},
        "needs_person": {"type": "boolean"},
    },
    "required": ["confidence", "answers_every_question", "unanswered_intents", "needs_person"],
    "additionalProperties": False,
}
