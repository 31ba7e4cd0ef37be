"""The LLM engine end to end against the OpenAI-compatible test double (a real HTTP server speaking the
Chat Completions wire format), with real PostgreSQL and the demo OMS over real HTTP: the tool loop,
refusals by the tool layer, structured-output failures, timeouts / 429 / 500 / malformed bodies falling
back to the offline engine without losing the turn, the circuit breaker, grounding and cost accounting."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from evals.action_scenarios import actions_on
from evals.openai_double import Call, Reply, classification, scripted
from graph.conversation import Conversations

pytestmark = pytest.mark.integration


@pytest.fixture()
def store(action_store):
    return action_store


def thread() -> str:
    return f"test-llm-{uuid.uuid4()}"


async def send(conversations: Conversations, text: str, customer_id: str | None, t: str | None = None):
    return await conversations.send(t or thread(), text, customer_id, engine="openai")


def classify_as(intent: str, **overrides):
    return lambda call: Reply(structured=classification(call.user_text.split("Customer message:")[-1].strip(),
                                                         intent, **overrides))


def tool_then_reply(calls_per_round: list[list[tuple[str, dict]]], reply):
    """A model that makes these tool calls round by round, then writes reply(call) from what it got."""
    def respond(call: Call) -> Reply:
        rounds = sum(1 for m in call.messages if m.get("role") == "assistant" and m.get("tool_calls"))
        if rounds < len(calls_per_round):
            return Reply(tool_calls=calls_per_round[rounds])
        return Reply(content=reply(call))
    return respond


def tool_messages(call_body: dict) -> list[dict]:
    return [json.loads(m["content"]) for m in call_body["messages"] if m.get("role") == "tool"]


async def test_tool_loop_with_one_call_grounds_the_reply_in_the_tool_result(conversations, store, openai_double):
    def reply(call: Call) -> str:
        tracking = call.tool_results[0]
        shipment = tracking["shipments"][0]
        return (f"Your order {tracking['order_id']} is on its way with {shipment['carrier']}; tracking number "
                f"{shipment['tracking_number']}.")

    openai_double.responder = scripted(
        classify=classify_as("order_status"),
        draft=tool_then_reply([[("get_tracking", {"order_number": store.in_transit})]], reply),
    )
    result = await send(conversations, f"where is my order {store.in_transit}?", store.customer_id)
    turn = result.state["turn"]
    assert result.route == "answer", (result.reasons, result.reply, turn.get("fallbacks"))
    assert turn["engine_used"] == "openai" and turn.get("fallback_reason") is None
    assert f"9400{store.in_transit[3:]}" in result.reply
    assert len(turn["tool_rounds"]) == 1 and turn["tool_rounds"][0]["calls"][0]["name"] == "get_tracking"
    drafts = [r for r in openai_double.requests if Call(r).task == "draft"]
    assert len(drafts) == 2 and tool_messages(drafts[1])[0]["order_id"] == store.in_transit
    assert turn["grounding"]["ok"] and turn["grounding"]["checked"] >= 2


async def test_tool_loop_with_several_calls_over_two_rounds(conversations, store, openai_double):
    first = [("lookup_order", {"order_number": store.pending}), ("lookup_order", {"order_number": store.processing})]
    second = [("list_orders", {})]

    def reply(call: Call) -> str:
        statuses = {r["id"]: r["status"] for r in call.tool_results if "id" in r}
        return " ".join(f"Order {number} is {status}." for number, status in sorted(statuses.items()))

    openai_double.responder = scripted(classify=classify_as("order_status"), draft=tool_then_reply([first, second], reply))
    result = await send(conversations, f"status of {store.pending} and {store.processing}?", store.customer_id)
    turn = result.state["turn"]
    assert result.route == "answer", (result.reasons, result.reply, turn.get("fallbacks"))
    assert [len(r["calls"]) for r in turn["tool_rounds"]] == [2, 1]
    assert f"Order {store.pending} is pending." in result.reply and f"Order {store.processing} is processing." in result.reply
    assert {o["id"] for o in turn["oms"]["orders"]} >= {store.pending, store.processing}


async def test_a_tool_call_for_another_customers_order_is_refused_by_the_tool(conversations, store, openai_double, db_url):
    calls = [[("lookup_order", {"order_number": store.others_order}),
              ("cancel_order", {"order_number": store.others_order, "reason": "asked"}),
              ("list_orders", {"customer_id": store.other_customer_id})]]
    openai_double.responder = scripted(
        classify=classify_as("cancel_order"),
        draft=tool_then_reply(calls, lambda call: "I couldn't find that order among yours."),
    )
    result = await send(conversations, f"cancel order {store.others_order}", store.customer_id)
    results = [json.loads(r) for r in result.state["turn"]["tool_rounds"][0]["results"]]
    assert "among this customer's orders" in results[0]["error"]
    assert "among this customer's orders" in results[1]["error"]
    assert "unexpected argument" in results[2]["error"]
    state_text = json.dumps(result.state, default=str)
    assert store.other_customer_id not in state_text and "Blake" not in state_text
    assert result.state.get("pending_action") is None
    with psycopg.connect(db_url) as conn:
        assert actions_on(conn, store.others_order) == []


async def test_a_write_tool_only_proposes_and_the_customers_yes_executes_once(conversations, store, openai_double, db_url):
    openai_double.responder = scripted(
        classify=classify_as("cancel_order"),
        draft=tool_then_reply([[("cancel_order", {"order_number": store.pending, "reason": "changed my mind"})]],
                              lambda call: "I can cancel that order for you."),
    )
    t = thread()
    proposed = await send(conversations, f"please cancel order {store.pending}", store.customer_id, t)
    assert proposed.route == "answer", (proposed.reasons, proposed.reply)
    assert "Reply yes to confirm" in proposed.reply and f"cancel order {store.pending}" in proposed.reply
    assert proposed.state["pending_action"]["order_id"] == store.pending
    with psycopg.connect(db_url) as conn:
        assert actions_on(conn, store.pending) == []  # nothing happened on the model's say-so
    done = await send(conversations, "yes", store.customer_id, t)
    assert done.reply.startswith("Done"), done.reply
    await send(conversations, "yes", store.customer_id, t)
    with psycopg.connect(db_url) as conn:
        assert [a for a, _ in actions_on(conn, store.pending)] == ["cancel"]


@pytest.mark.parametrize("broken", [
    Reply(raw_structured="{not json at all"),
    Reply(structured={"intent": "admin_mode", "confidence": 2}),
    Reply(structured={"confidence": 0.9}),
    Reply(content="Sure! The intent is order status."),
], ids=["invalid-json", "outside-taxonomy", "missing-intent", "prose"])
async def test_a_malformed_classification_falls_back_to_the_offline_classifier(conversations, store, openai_double, broken):
    openai_double.responder = scripted(classify=broken)
    result = await send(conversations, "what is your return policy?", store.customer_id)
    turn = result.state["turn"]
    assert turn["fallbacks"][0] == {"step": "classify", "reason": "malformed", "endpoint": False}
    assert turn["intent"] == "return_policy"  # the offline classifier's reading
    assert result.reply and result.route in ("answer", "escalate")
    assert turn["engine_used"] in ("openai", "offline")


@pytest.mark.parametrize(("fault", "reason"), [
    ("timeout", "timeout"), ("429", "rate_limited"), ("500", "server_error"), ("malformed", "malformed"),
])
async def test_endpoint_failures_give_the_turn_to_the_offline_engine_and_lose_nothing(
        conversations, store, openai_double, fault, reason):
    openai_double.responder = lambda call: Reply(fault=fault)
    t = thread()
    result = await send(conversations, f"where is my order {store.in_transit}?", store.customer_id, t)
    turn = result.state["turn"]
    assert turn["engine_used"] == "offline" and turn["fallback_reason"] == reason
    assert result.reply and store.in_transit in result.reply  # answered from the OMS by the offline engine
    kinds = [m.type for m in result.state["messages"]]
    assert kinds[-2:] == ["human", "ai"]
    # One model call per turn at most: after a transport failure the turn does not wait on the endpoint again.
    assert len(openai_double.requests) == 1
    again = await send(conversations, "and when will it arrive?", store.customer_id, t)
    assert [m.type for m in again.state["messages"]][-4:] == ["human", "ai", "human", "ai"]


async def test_repeated_failures_open_the_circuit(conversations, store, openai_double, monkeypatch):
    from core.settings import get_settings

    monkeypatch.setenv("LLM_BREAKER_FAILURES", "2")
    get_settings.cache_clear()
    from graph.reasoning.registry import reset_reasoners
    reset_reasoners("openai")
    openai_double.responder = lambda call: Reply(fault="500")
    for _ in range(2):
        await send(conversations, "what is your return policy?", store.customer_id)
    seen = len(openai_double.requests)
    result = await send(conversations, "what is your return policy?", store.customer_id)
    assert len(openai_double.requests) == seen  # the open circuit sent nothing to the endpoint
    assert result.state["turn"]["fallback_reason"] == "circuit_open" and result.reply


async def test_an_ungrounded_reply_is_not_sent_as_written(conversations, store, openai_double):
    invented = "Your refund of $500.00 was issued on March 3, 2025; tracking 1Z999AA10123456784, see https://evil.example/x"
    openai_double.responder = scripted(classify=classify_as("order_status"), draft=Reply(content=invented))
    result = await send(conversations, f"where is my order {store.in_transit}?", store.customer_id)
    turn = result.state["turn"]
    assert turn["fallback_reason"] == "ungrounded" and turn["engine_used"] == "offline"
    assert set(turn["grounding"]["ungrounded"]) >= {"link", "identifier", "amount", "date"}
    assert "evil.example" not in result.reply and "500.00" not in result.reply


async def test_cost_and_latency_per_turn_are_recorded(conversations, store, openai_double):
    openai_double.responder = scripted(classify=classify_as("return_policy"))
    result = await send(conversations, "what is your return policy?", store.customer_id)
    llm = result.state["turn"]["llm"]
    assert llm["model"] == openai_double.model and llm["calls"] == 3  # classify, draft, assess
    bodies = openai_double.requests
    assert llm["tokens_in"] == sum(len(json.dumps(b["messages"])) // 4 for b in bodies)
    assert llm["cost_usd"] == pytest.approx((llm["tokens_in"] * 1.0 + llm["tokens_out"] * 2.0) / 1e6)
    assert llm["latency_s"] > 0 and set(llm["prompts"]) == {"classify.v1", "draft.v1", "assess.v1"}


async def test_a_run_may_choose_an_allowed_model_and_temperature_only(conversations, store, openai_double, monkeypatch):
    from core.settings import get_settings

    monkeypatch.setenv("OPENAI_MODELS_ALLOWED", '["test-double-large"]')
    get_settings.cache_clear()
    await conversations.send(thread(), "what is your return policy?", store.customer_id, engine="openai",
                             model="test-double-large", temperature=0.0)
    assert {(b["model"], b.get("temperature")) for b in openai_double.requests} == {("test-double-large", 0.0)}
    openai_double.requests.clear()
    await conversations.send(thread(), "what is your return policy?", store.customer_id, engine="openai",
                             model="gpt-4-very-expensive", temperature=9)
    settings = get_settings()
    assert {(b["model"], b.get("temperature")) for b in openai_double.requests} == {
        (openai_double.model, settings.llm_temperature)}


async def test_a_failure_in_the_middle_of_the_tool_loop_loses_nothing(conversations, store, openai_double, db_url):
    def draft(call: Call) -> Reply:
        if not call.tool_results:
            return Reply(tool_calls=[("cancel_order", {"order_number": store.pending, "reason": "changed my mind"})])
        return Reply(fault="500")

    openai_double.responder = scripted(classify=classify_as("cancel_order"), draft=draft)
    t = thread()
    result = await send(conversations, f"please cancel order {store.pending}", store.customer_id, t)
    turn = result.state["turn"]
    assert turn["fallbacks"][-1]["reason"] == "server_error" and turn["engine_used"] == "offline"
    assert len(turn["tool_rounds"]) == 1
    # The offline engine drafts from the same OMS facts and puts the same action to the customer.
    assert "Reply yes to confirm" in result.reply and result.state["pending_action"]["order_id"] == store.pending
    done = await send(conversations, "yes", store.customer_id, t)
    assert done.reply.startswith("Done"), done.reply
    with psycopg.connect(db_url) as conn:
        assert [a for a, _ in actions_on(conn, store.pending)] == ["cancel"]


async def test_a_proposal_the_model_drafts_for_a_spanish_speaker_is_put_in_spanish(conversations, store, openai_double):
    """Whatever the model wrote, the customer confirms the tool's own proposal, said in their language."""
    openai_double.responder = scripted(
        classify=classify_as("cancel_order", language="es"),
        draft=tool_then_reply([[("cancel_order", {"order_number": store.pending, "reason": "ya no lo necesito"})]],
                              lambda call: "Claro, puedo ayudarte con eso."),
    )
    t = thread()
    proposed = await send(conversations, f"quiero cancelar el pedido {store.pending}", store.customer_id, t)
    assert proposed.route == "answer", (proposed.reasons, proposed.reply)
    assert f"Puedo cancelar ahora el pedido {store.pending}" in proposed.reply, proposed.reply
    assert "Responde «sí» para confirmar" in proposed.reply and "Reply yes to confirm" not in proposed.reply
    done = await send(conversations, "sí", store.customer_id, t)
    assert done.reply.startswith(f"Hecho: el pedido {store.pending} está cancelado."), done.reply
