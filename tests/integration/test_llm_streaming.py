"""What a `langgraph_sdk` client streaming a turn of the LLM engine through `support-agent serve` (a real
subprocess with ENGINE=openai, pointed at the OpenAI-compatible test double) is shown: the reply the agent
sends, in pieces on the `messages` stream mode before the run ends, under the id of the final message in
state; never the model's draft (the drafting call is `nostream`), so a draft that fails the grounding check
reaches no stream mode at all. Classification and assessment never stream (JSON for the graph)."""

from __future__ import annotations

import json
import time
import uuid

import pytest
from langgraph_sdk import get_client

from core.identity import sign_customer
from evals.openai_double import Reply, scripted
from tests.integration.serve_process import start_serve

pytestmark = pytest.mark.integration

REPLY = ("Our return window is 30 days from delivery, and items must be unworn with their tags attached. "
         "Start a return from your order page whenever you are ready.")
# Facts found in no evidence of the turn: the grounding check must stop this draft.
INVENTED = ("Good news: your refund of $734.12 for order NB990417 went out, tracking 1Z999AA10123456784. "
            "Details at https://refunds.invalid/r/77.")
INVENTED_FACTS = ("734.12", "NB990417", "1Z999AA10123456784", "refunds.invalid")
ALL_MODES = ["messages-tuple", "updates", "values", "custom", "debug"]


@pytest.fixture()
def serve_openai(demo_store, openai_double, tmp_path):
    # The fixture exported OPENAI_BASE_URL (the double), OPENAI_MODEL and no retries; serve inherits them.
    service, url = start_serve(demo_store, tmp_path, env={"ENGINE": "openai", "LLM_TIMEOUT_S": "5"}, name="serve-openai")
    yield url
    service.stop()


async def _stream_turn(url: str, settings, text: str, modes: list[str]) -> list[tuple[float, str, object]]:
    client = get_client(url=url, headers={
        "Authorization": f"Bearer {sign_customer(f'C{uuid.uuid4().int % 10**6:06d}', settings=settings)}"})
    thread = await client.threads.create()
    started = time.perf_counter()
    events = []
    async for part in client.runs.stream(thread["thread_id"], "support", stream_mode=modes,
                                         input={"messages": [{"role": "user", "content": text, "id": str(uuid.uuid4())}]}):
        events.append((time.perf_counter() - started, part.event, part.data))
    return events


async def test_the_checked_reply_streams_in_pieces_under_the_final_message_id(serve_openai, openai_double, demo_store):
    openai_double.responder = scripted(draft=Reply(content=REPLY, chunk_delay_s=0.03))
    events = await _stream_turn(serve_openai, demo_store, "what is your return policy?", ["messages-tuple", "values"])
    messages = [(index, data) for index, (_, event, data) in enumerate(events) if event == "messages"]
    chunks = [(index, data[0]) for index, data in messages if data[0].get("type") == "AIMessageChunk"]
    final_index = max(index for index, (_, event, _) in enumerate(events) if event == "values")
    final = events[final_index][2]["messages"][-1]
    assert len(chunks) >= 10, [e[1] for e in events]
    assert "".join(c["content"] for _, c in chunks) == final["content"] and final["content"].startswith(REPLY[:40])
    assert {c["id"] for _, c in chunks} == {final["id"]}  # one message: the widget shows it once
    assert chunks[-1][0] < final_index  # every piece arrived before the run's final state
    assert {data[1].get("langgraph_node") for _, data in messages} == {"answer"}  # no draft, classify or score tokens
    assert events[final_index][2]["turn"]["engine_used"] == "openai"
    assert events[final_index][2]["turn"]["llm"]["calls"] == 3


async def test_a_draft_that_fails_grounding_reaches_no_stream_mode(serve_openai, openai_double, demo_store):
    openai_double.responder = scripted(draft=Reply(content=INVENTED, chunk_delay_s=0.01))
    events = await _stream_turn(serve_openai, demo_store, "what is your return policy?", ALL_MODES)
    modes = {event for _, event, _ in events}
    assert {"messages", "updates", "values", "custom"} <= modes, modes
    drafted = [r for r in openai_double.requests if r.get("tools")]
    assert drafted, "the model was asked to draft"
    for _, event, data in events:
        text = json.dumps(data, default=str)
        assert not [fact for fact in INVENTED_FACTS if fact in text], (event, text[:300])
    final = next(data for _, event, data in reversed(events) if event == "values")
    assert final["turn"]["fallback_reason"] == "ungrounded" and final["messages"][-1]["content"]

