"""The LLM Reasoner: langchain-openai's ChatOpenAI on any OpenAI-compatible endpoint, guarded.

- classify: structured output into the intent taxonomy (graph/reasoning/llm/schemas.py), validated; the
  deterministic signals (frustration, a request for a person, entities) and a confident tier-2 reading of
  the offline classifier are kept whatever the model says, so a message cannot talk its way out of an
  escalation. A malformed reading -> the offline classifier for that turn.
- draft: one pass of the tool loop (graph/nodes/draft.py <-> call_oms): the model either asks for OMS tools
  (tools/oms/model_tools.py) or writes the reply. The reply must pass the grounding check (graph/grounding.py)
  or the offline engine drafts instead.
- assess: the model's own assessment, combined with the classification's confidence and the grounding
  check (the model can only lower confidence, never raise it past what the evidence supports), then mapped
  through the model's stored calibration (calibration.py) when `support-agent calibrate` fitted one.
- Any failure (timeout, 429, 5xx, unreachable, malformed) gives the step to the offline engine; a transport
  failure skips the model for the rest of the turn; repeated failures open the circuit (breaker.py).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from langchain_core.messages import AIMessage
from langgraph.constants import TAG_NOSTREAM
from pydantic import ValidationError

from core.settings import Settings
from graph.consent import awaits_yes
from graph.grounding import Evidence, check_grounding, gather_evidence
from graph.intents import ACTIONS_REQUIRING_HUMAN, INTENTS, tier_of
from graph.reasoning import phrases, signals, usage
from graph.reasoning.action_wording import proposal_text
from graph.reasoning.base import Classification, Draft, DraftRequest, DraftStep, HandoffBrief, Reasoner
from graph.reasoning.llm import faults, prompts
from graph.reasoning.llm.breaker import breaker_for
from graph.reasoning.llm.calibration import StoredCalibrations
from graph.reasoning.llm.chat import ModelOptions, chat_model, options_for
from graph.reasoning.llm.messages import assess_messages, classify_messages, draft_messages
from graph.reasoning.llm.schemas import (
    ASSESSMENT_SCHEMA,
    CLASSIFICATION_SCHEMA,
    AssessmentOut,
    ClassificationOut,
)
from graph.state import Question
from tools.oms.model_tools import MAX_CALLS_PER_ROUND, openai_tools

log = logging.getLogger(__name__)

ENGINE = "openai"
TIER2_GUARD = 0.8  # the offline classifier reads tier 2 this surely: kept beside the model's reading
UNANSWERED_CAP = 0.4
NEEDS_PERSON_CAP = 0.4


class ModelFailure(Exception):
    """`endpoint`: the call itself failed (no answer, an error status, an unreadable body, an open
    circuit), as opposed to an answer that did not validate."""

    def __init__(self, reason: str, usage_record: dict | None = None, endpoint: bool = True):
        super().__init__(reason)
        self.reason, self.usage, self.endpoint = reason, usage_record or {}, endpoint


def _context() -> Any:
    """The run's SupportContext (model / temperature overrides), or None outside a graph run."""
    try:
        from langgraph.runtime import get_runtime

        return get_runtime().context
    except Exception:
        return None


def _fallback(step: str, reason: str, endpoint: bool = False) -> dict:
    return {"step": step, "reason": reason, "endpoint": endpoint}


def _entities(model_entities: dict, text: str) -> dict:
    """The model's entities plus what the deterministic extractor finds in the text itself."""
    found = signals.extract_entities(text)
    merged: dict[str, list] = {}
    for key in ("order_numbers", "emails", "amounts"):
        merged[key] = list(dict.fromkeys([*(found.get(key) or []), *(model_entities.get(key) or [])]))
    return merged


class OpenAIReasoner:
    name = ENGINE

    def __init__(self, settings: Settings, offline: Reasoner):
        self.settings = settings
        self.offline = offline  # the fallback for every step
        self.calibrations = StoredCalibrations()

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIReasoner:
        from graph.reasoning.registry import EngineNotReady, get_reasoner

        if not settings.openai_api_key and not settings.openai_base_url:
            raise EngineNotReady("ENGINE=openai needs OPENAI_API_KEY (api.openai.com) or OPENAI_BASE_URL "
                                 "(any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama).")
        return cls(settings, get_reasoner("offline"))

    # -- model calls ------------------------------------------------------------------------------
    def _options(self) -> ModelOptions:
        return options_for(self.settings, _context())

    def _breaker(self, options: ModelOptions):
        return breaker_for((self.settings.openai_base_url, options.model), self.settings.llm_breaker_failures,
                           self.settings.llm_breaker_open_s)

    async def _call(self, step: str, prompt_id: str, runnable, messages, options: ModelOptions) -> tuple[Any, dict]:
        """Run one model call through the breaker; (output, usage record) or ModelFailure(reason)."""
        breaker = self._breaker(options)
        if not breaker.allow():
            raise ModelFailure(faults.CIRCUIT_OPEN)
        started = time.perf_counter()
        try:
            output = await runnable.ainvoke(messages)
        except asyncio.CancelledError:
            breaker.abandon()
            raise
        except Exception as exc:  # every failure of the endpoint falls back; none reaches the customer
            breaker.failure()
            reason = faults.failure_reason(exc)
            log.warning("model %s failed on %s after %.2fs: %s (%s)", options.model, step,
                        time.perf_counter() - started, reason, str(exc)[:200])
            raise ModelFailure(reason) from exc
        breaker.success()
        raw = output.get("raw") if isinstance(output, dict) else output
        record = usage.call_usage(options.model, prompt_id, raw, time.perf_counter() - started)
        log.info("model call %s: model=%s tokens_in=%d tokens_out=%d latency_s=%.3f cost_usd=%.6f", step,
                 options.model, record["tokens_in"], record["tokens_out"], record["latency_s"], record["cost_usd"])
        return output, record

    async def _structured(self, step: str, task: str, schema: dict, messages_for, options: ModelOptions,
                          **slots: str) -> tuple[dict, dict]:
        """(parsed JSON, usage) of a structured-output call that never streams to the customer."""
        prompt_id, system = prompts.render(task, self.settings, **slots)
        runnable = chat_model(self.settings, options).with_structured_output(
            schema, method=self.settings.llm_structured_method, include_raw=True,
        ).with_config({"tags": [TAG_NOSTREAM]})
        output, record = await self._call(step, prompt_id, runnable, messages_for(system), options)
        if output.get("parsing_error") is not None or not isinstance(output.get("parsed"), dict):
            raise ModelFailure(faults.MALFORMED, record, endpoint=False)
        return output["parsed"], record

    @staticmethod
    def _model_down(meta: dict) -> str | None:
        """The endpoint failed earlier in this turn: don't make the customer wait on it again."""
        return next((f["reason"] for f in meta.get("fallbacks") or [] if f.get("endpoint")), None)

    # -- classify ---------------------------------------------------------------------------------
    async def aclassify(self, text: str, history: list[tuple[str, str]]) -> Classification:
        options = self._options()
        offline_task = asyncio.create_task(asyncio.to_thread(self.offline.classify, text, history))
        record: dict = {}
        try:
            parsed, record = await self._structured(
                "classify", "classify", CLASSIFICATION_SCHEMA, lambda system: classify_messages(system, text, history),
                options)
            reading = ClassificationOut.model_validate(parsed)
        except ModelFailure as exc:
            fallback, record = _fallback("classify", exc.reason, exc.endpoint), exc.usage
        except ValidationError:
            fallback = _fallback("classify", faults.MALFORMED)
        else:
            return self._guarded(reading, await offline_task, text, record)
        log.warning("classification falls back to the offline engine: %s", fallback["reason"])
        offline = await offline_task
        offline.meta = {"engine_used": "offline", "fallbacks": [fallback], "usage": record}
        return offline

    def _guarded(self, reading: ClassificationOut, offline: Classification, text: str, record: dict) -> Classification:
        questions = [Question(text=q.text, intent=q.intent, confidence=q.confidence) for q in reading.questions]
        if not questions or questions[0]["intent"] != reading.intent:
            questions.insert(0, Question(text=text, intent=reading.intent, confidence=reading.confidence))
        if (tier_of(offline.intent) == 2 and offline.confidence >= TIER2_GUARD
                and offline.intent not in {q["intent"] for q in questions}):
            questions.append(Question(text=text, intent=offline.intent, confidence=offline.confidence))
        safety = [{"category": c, "cue": "model reading", "danger": c in ("self_harm", "violence", "medical")}
                  for c in reading.safety]
        return Classification(
            intent=reading.intent, confidence=reading.confidence, questions=questions,
            entities=_entities(reading.entities.model_dump(), text),
            frustrated=reading.frustrated or signals.is_frustrated(text),
            wants_human=reading.wants_human or signals.wants_human(text),
            language=reading.language, safety=safety,
            meta={"engine_used": ENGINE, "fallbacks": [], "usage": record},
        )

    # -- draft ------------------------------------------------------------------------------------
    def _offline_draft(self, request: DraftRequest, reason: str, record: dict | None = None, endpoint: bool = False,
                       **extra) -> DraftStep:
        written = self.offline.draft(request)
        written.meta = {"engine_used": "offline", "fallbacks": [_fallback("draft", reason, endpoint)],
                        "usage": record or {}, **extra}
        log.warning("the offline engine drafts this reply: %s", reason)
        return DraftStep(draft=written, meta=written.meta)

    async def adraft(self, request: DraftRequest) -> DraftStep:
        down = self._model_down(request.meta)
        if down:
            return self._offline_draft(request, down, endpoint=True)
        options = self._options()
        prompt_id, system = prompts.render("draft", self.settings, language=request.classification.language)
        model = chat_model(self.settings, options)
        may_call_tools = len(request.tool_rounds) < self.settings.llm_max_tool_rounds
        runnable = model.bind_tools(openai_tools()) if may_call_tools else model
        # Not on the customer's `messages` stream: the draft is unchecked until _finished; the answer node
        # streams the reply it actually sends (graph/streamed_reply.py).
        runnable = runnable.with_config({"tags": [TAG_NOSTREAM]})
        try:
            message, record = await self._call("draft", prompt_id, runnable, draft_messages(system, request), options)
        except ModelFailure as failure:
            return self._offline_draft(request, failure.reason, endpoint=True)
        assert isinstance(message, AIMessage)
        if may_call_tools and message.tool_calls:
            calls = [{"id": c.get("id") or f"call_{i}", "name": c["name"], "args": c.get("args") or {}}
                     for i, c in enumerate(message.tool_calls[:MAX_CALLS_PER_ROUND])]
            return DraftStep(tool_calls=calls, meta={"usage": record})
        text = message.content if isinstance(message.content, str) else ""
        if not text.strip():
            return self._offline_draft(request, faults.MALFORMED, record)
        return self._finished(request, text.strip(), record)

    def _finished(self, request: DraftRequest, text: str, record: dict) -> DraftStep:
        proposal = request.proposal
        if awaits_yes(proposal):
            # The customer confirms exactly what the tool checked, in its words (said in the customer's language
            # from the tool's data, action_wording.py), whatever the model wrote.
            language = request.classification.language
            exact = proposal_text(proposal.get("wording"), language) or proposal["summary"]
            if exact not in text:
                text = f"{text}\n\n{exact}"
            prompt = phrases.say("confirm_or_not", language)
            if prompt not in text:
                text = f"{text}\n\n{prompt}"
        grounding = check_grounding(text, self.evidence(request))
        # Kinds only: an invented fact may be someone's data (an e-mail, an order number); it is not kept.
        grounding_record = {"ok": grounding.ok, "checked": grounding.checked, "ungrounded": grounding.kinds[:10]}
        if not grounding.ok:
            return self._offline_draft(request, faults.UNGROUNDED, record, grounding=grounding_record)
        help_passages = [p for p in request.passages if p.get("source", "help_center") == "help_center"]
        citations = list(dict.fromkeys(p.get("doc_id", "") for p in help_passages
                                       if p.get("url") and p["url"] in text))
        intents = [q["intent"] for q in request.classification.questions]
        actions = [INTENTS[i].resolving_action for i in intents
                   if i in INTENTS and INTENTS[i].resolving_action in ACTIONS_REQUIRING_HUMAN]
        meta = {"engine_used": ENGINE, "fallbacks": [], "usage": record, "grounding": grounding_record}
        written = Draft(text=text, citations=citations, actions_needed=actions, proposal=proposal, meta=meta)
        return DraftStep(draft=written, meta=meta)

    def evidence(self, request: DraftRequest) -> Evidence:
        """All a reply may state: OMS data and tool results, the proposed action, passages, earlier agent
        replies, policy figures; from the customer's words only order numbers and e-mails."""
        results = [r for round_ in request.tool_rounds for r in round_.get("results") or []]
        passages = [f"{p.get('url') or ''}\n{p.get('text', '')}" for p in request.passages]
        policy = f"refund limit {self.settings.refund_limit:.2f}; {prompts.policy_text(self.settings)}"
        summary = [request.proposal.get("summary") or request.proposal.get("message") or ""] if request.proposal else []
        customer = [request.text, *(said for role, said in request.history if role == "customer")]
        agent = [said for role, said in request.history if role != "customer"]
        return gather_evidence([request.oms, *results], [*passages, policy, *summary, *agent], customer)

    # -- assess -----------------------------------------------------------------------------------
    async def aassess(self, request: DraftRequest, draft: Draft) -> tuple[float, dict]:
        if not draft.text:
            return 0.0, {}
        if request.meta.get("engine_used") != ENGINE:  # the offline engine wrote it: its own assessment
            return self.offline.assess(request, draft), {}
        if not check_grounding(draft.text, self.evidence(request)).ok:
            return 0.0, {}
        confidence = min(q["confidence"] for q in request.classification.questions)
        meta: dict = {"fallbacks": []}
        if self._model_down(request.meta):
            return min(confidence, self.offline.assess(request, draft)), meta
        options = self._options()
        try:
            parsed, meta["usage"] = await self._structured(
                "assess", "assess", ASSESSMENT_SCHEMA, lambda system: assess_messages(system, request, draft),
                options)
            own = AssessmentOut.model_validate(parsed)
        except (ModelFailure, ValidationError) as exc:
            failed = isinstance(exc, ModelFailure)
            meta["fallbacks"].append(_fallback("assess", exc.reason if failed else faults.MALFORMED,
                                               failed and exc.endpoint))
            if failed:
                meta["usage"] = exc.usage
            return min(confidence, self.offline.assess(request, draft)), meta
        confidence = min(confidence, own.confidence)
        if not own.answers_every_question:
            confidence = min(confidence, UNANSWERED_CAP)
        if own.needs_person:
            confidence = min(confidence, NEEDS_PERSON_CAP)
        meta["self_assessment"] = own.model_dump()
        return await self._calibrated(round(float(confidence), 4), options.model, meta), meta

    async def _calibrated(self, raw: float, model: str, meta: dict) -> float:
        """The model's stored calibration applied to its raw confidence (kept in meta for the next fit)."""
        meta["raw_confidence"] = raw
        found = (self.calibrations.cached(model) if self.calibrations.known(model)
                 else await asyncio.to_thread(self.calibrations.read, model))
        if found is None:
            return raw
        calibrator, version = found
        meta["calibration"] = {"model": model, "version": version, "kind": calibrator.kind}
        return calibrator.apply(raw)

    # -- the rest ---------------------------------------------------------------------------------
    def choose_articles(self, text: str, retrieved: list[str], k: int, intent: str | None = None) -> list[str]:
        return self.offline.choose_articles(text, retrieved, k, intent)

    def handoff_brief(self, request: DraftRequest, reasons: list[str]) -> HandoffBrief:
        """Built from the turn's evidence by the offline engine: deterministic, and no model text reaches
        the person's queue unchecked."""
        return self.offline.handoff_brief(request, reasons)

    # The Reasoner protocol's plain methods, for callers outside an event loop (scripts).
    def classify(self, text: str, history: list[tuple[str, str]]) -> Classification:
        return asyncio.run(self.aclassify(text, history))

    def draft(self, request: DraftRequest) -> Draft:
        step = asyncio.run(self.adraft(request))
        return step.draft if step.draft is not None else self.offline.draft(request)

    def assess(self, request: DraftRequest, draft: Draft) -> float:
        return asyncio.run(self.aassess(request, draft))[0]

