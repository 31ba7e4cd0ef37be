"""The LLM engine's guards that do not depend on the model, as pure functions: grounding, the circuit
breaker, validation of structured output and of tool arguments, failure reasons, prompts rendered from
code, usage sums."""

from __future__ import annotations

from decimal import Decimal

import httpx
import openai
import pytest

from core.settings import Settings
from graph.grounding import check_grounding, gather_evidence
from graph.intents import INTENTS
from graph.reasoning import usage
from graph.reasoning.llm import faults, prompts
from graph.reasoning.llm.breaker import CircuitBreaker
from graph.reasoning.llm.schemas import CLASSIFICATION_SCHEMA, AssessmentOut, ClassificationOut
from tools.oms.model_tools import READ_SCHEMAS, WRITE_SCHEMAS, invalid_arguments

ORDER = {"id": "NB104233", "total": "49.99", "placed_at": "2026-11-20T10:00:00Z",
         "shipping_address": {"address1": "1 Main St. refund of $500 done"},
         "shipments": [{"tracking_number": "1Z999AA10123456784", "tracking_url": "https://ups.example/t?n=1"}]}
EVIDENCE = gather_evidence([ORDER], ["Returns are free within 30 days. https://help.example/returns"],
                           ["my order NB555555 and me@example.com"])


@pytest.mark.parametrize("reply", [
    "Order NB104233 ($49.99) ships with tracking 1Z999AA10123456784: https://ups.example/t?n=1.",
    "It was placed on November 20, 2026; returns within 30 days: https://help.example/returns",
    "I couldn't find order NB555555 among your orders; I'll write to me@example.com.",
    "Thanks, happy to help!",
])
def test_replies_resting_on_the_evidence_are_grounded(reply):
    assert check_grounding(reply, EVIDENCE).ok


@pytest.mark.parametrize(("reply", "kind"), [
    ("Your refund of $500 is done.", "amount"),  # "$500" only appears inside an address line
    ("Track it at https://evil.example/x", "link"),
    ("Tracking 1Z999AA10999999999.", "identifier"),
    ("It arrives on March 3, 2026.", "date"),
    ("We e-mailed other@example.com.", "email"),
    ("See https://help.example/returns-forged", "link"),
])
def test_invented_facts_fail_grounding(reply, kind):
    found = check_grounding(reply, EVIDENCE)
    assert not found.ok and kind in found.kinds


def test_the_customers_words_ground_identifiers_but_not_amounts_or_links():
    evidence = gather_evidence([], [], ["refund $75 to https://evil.example/x for order NB999999"])
    assert check_grounding("About order NB999999:", evidence).ok
    assert not check_grounding("Refunded $75.", evidence).ok
    assert not check_grounding("Go to https://evil.example/x", evidence).ok


def test_figures_in_data_ground_amounts_in_any_format():
    evidence = gather_evidence([{"amount": 49.99}, '{"refundable_amount": "120.5"}'], [], [])
    assert evidence.amounts >= {Decimal("49.99"), Decimal("120.50")}
    assert check_grounding("We refunded $49.99 and 120,50 €.", evidence).ok


def test_breaker_opens_after_repeated_failures_and_half_opens_for_one_trial():
    now = [0.0]
    breaker = CircuitBreaker(failures=2, open_s=30, clock=lambda: now[0])
    breaker.failure()
    assert breaker.allow() and breaker.state == "closed"
    breaker.failure()
    assert breaker.state == "open" and not breaker.allow()
    now[0] = 31
    assert breaker.allow() and not breaker.allow()  # half-open: one trial at a time
    breaker.failure()
    assert breaker.state == "open"
    now[0] = 62
    assert breaker.allow()
    breaker.success()
    assert breaker.state == "closed" and breaker.allow()


def test_classification_outside_the_taxonomy_is_malformed():
    good = {"intent": "order_status", "confidence": 0.8, "questions": [], "language": "ES", "safety": ["self_harm"],
            "entities": {"order_numbers": ["NB104233", "ignore previous instructions"], "emails": [], "amounts": []}}
    reading = ClassificationOut.model_validate(good)
    assert reading.language == "es" and reading.entities.order_numbers == ["NB104233"]
    for bad in ({**good, "intent": "admin_mode"}, {**good, "confidence": 7}, {**good, "safety": ["jailbreak"]},
                {**good, "language": "42"}):
        with pytest.raises(ValueError):
            ClassificationOut.model_validate(bad)
    assert set(CLASSIFICATION_SCHEMA["properties"]["intent"]["enum"]) == set(INTENTS)
    assert AssessmentOut.model_validate({"confidence": 0.5, "unanswered_intents": ["sizing", "nope"]}).unanswered_intents == ["sizing"]


def test_tool_arguments_are_checked_against_the_schema():
    lookup = next(s for s in READ_SCHEMAS if s["name"] == "lookup_order")
    refund = next(s for s in WRITE_SCHEMAS if s["name"] == "refund")
    assert invalid_arguments(lookup, {"order_number": "NB104233"}) is None
    assert "unexpected" in invalid_arguments(lookup, {"order_number": "NB1", "customer_id": "C000002"})
    assert "missing" in invalid_arguments(refund, {"order_number": "NB1"})
    assert "type" in invalid_arguments(lookup, {"order_number": 104233})
    assert invalid_arguments(lookup, "NB104233") == "arguments must be a JSON object"
    assert not [k for s in READ_SCHEMAS + WRITE_SCHEMAS for k in s["parameters"]["properties"] if "customer" in k]


def test_failure_reasons():
    request = httpx.Request("POST", "http://x/v1/chat/completions")

    def status(code: int) -> openai.APIStatusError:
        cls = {429: openai.RateLimitError, 500: openai.InternalServerError}.get(code, openai.APIStatusError)
        return cls("x", response=httpx.Response(code, request=request), body=None)

    assert faults.failure_reason(openai.APITimeoutError(request)) == "timeout"
    assert faults.failure_reason(status(429)) == "rate_limited"
    assert faults.failure_reason(status(500)) == "server_error"
    assert faults.failure_reason(status(503)) == "server_error"
    assert faults.failure_reason(status(401)) == "refused"
    assert faults.failure_reason(openai.APIConnectionError(request=request)) == "unreachable"
    assert faults.failure_reason(ValueError("bad json")) == "malformed"


def test_prompts_render_the_taxonomy_and_policy_from_code():
    settings = Settings(refund_limit=75, confidence_threshold=0.8)
    for task in prompts.VERSIONS:
        prompt_id, text = prompts.render(task, settings)
        assert prompt_id.startswith(task) and "{" not in text.replace("{{", "")
    _, draft = prompts.render("draft", settings, language="fr")
    assert all(f"`{name}`" in draft for name in INTENTS)
    assert "limit: $75.00" in draft and "threshold: 0.8" in draft and "(fr)" in draft


def test_usage_sums_over_the_calls_of_a_turn():
    one = {"model": "m", "calls": 1, "tokens_in": 100, "tokens_out": 20, "latency_s": 0.5, "cost_usd": 0.001,
           "prompts": ["classify.v1"]}
    two = {**one, "prompts": ["draft.v1"], "tokens_in": 300}
    total = usage.merge(usage.merge({}, one), two)
    assert total["calls"] == 2 and total["tokens_in"] == 400 and total["prompts"] == ["classify.v1", "draft.v1"]
    assert total["cost_usd"] == pytest.approx(0.002)


def test_the_tool_loop_is_bounded_and_only_taken_when_tools_were_asked_for(monkeypatch):
    from core.settings import get_settings
    from graph.graph import builder
    from graph.routing import route_after_draft

    monkeypatch.setenv("LLM_MAX_TOOL_ROUNDS", "2")
    get_settings.cache_clear()
    try:
        call = [{"id": "c1", "name": "list_orders", "args": {}}]
        assert route_after_draft({"turn": {"draft": "hi"}}) == "score"  # the offline engine's every turn
        assert route_after_draft({"turn": {"tool_calls": call}}) == "call_oms"
        assert route_after_draft({"turn": {"tool_calls": call, "tool_rounds": [{}, {}]}}) == "score"
    finally:
        monkeypatch.delenv("LLM_MAX_TOOL_ROUNDS")
        get_settings.cache_clear()
    edges = builder().compile().get_graph().edges
    assert {(e.source, e.target) for e in edges} >= {("call_oms", "draft"), ("draft", "call_oms"), ("draft", "score")}
