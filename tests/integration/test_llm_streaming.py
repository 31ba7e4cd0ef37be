"""Tokens of the LLM engine's reply reach a `langgraph_sdk` client through `support-agent serve` (a real
subprocess with ENGINE=openai, pointed at the OpenAI-compatible test double) while the run is still
going: the `messages` stream mode carries the draft node's chunks; classification and assessment never
stream (they are JSON for the graph, not words for the customer)."""

from __future__ import annotations

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


@pytest.fixture()
def serve_openai(demo_store, openai_double, tmp_path):
    # The fixture exported OPENAI_BASE_URL (the double), OPENAI_MODEL and no retries; serve inherits them.
    service, url = start_serve(demo_store, tmp_path, env={"ENGINE": "openai", "LLM_TIMEOUT_S": "5"}, name="serve-openai")
    yield url
    service.stop()


async def test_reply_tokens_stream_to_an_sdk_client_before_the_run_ends(serve_openai, openai_double, demo_store):
    openai_double.responder = scripted(draft=Reply(content=REPLY, chunk_delay_s=0.03))
    client = get_client(url=serve_openai, headers={
        "Authorization": f"Bearer {sign_customer(f'C{uuid.uuid4().int % 10**6:06d}', settings=demo_store)}"})
    thread = await client.threads.create()
    started = time.perf_counter()
    events = []
    async for part in client.runs.stream(
            thread["thread_id"], "support", stream_mode=["messages-tuple", "values"],
            input={"messages": [{"role": "user", "content": "what is your return policy?", "id": str(uuid.uuid4())}]}):
        events.append((time.perf_counter() - started, part.event, part.data))
    chunks = [(at, data[0]) for at, event, data in events
              if event == "messages" and data[1].get("langgraph_node") == "draft" and data[0].get("content")]
    nodes = {data[1].get("langgraph_node") for _, event, data in events if event == "messages"}
    final_at, final = next((at, data) for at, event, data in reversed(events) if event == "values")
    assert len(chunks) >= 10, [e[1] for e in events]
    assert "".join(c["content"] for _, c in chunks) == REPLY
    assert chunks[0][0] < final_at - 0.2  # the first words arrived well before the run's end
    assert not nodes & {"classify", "score"}  # structured calls are not streamed
    assert final["messages"][-1]["content"].startswith(REPLY[:40])
    assert final["turn"]["engine_used"] == "openai" and final["turn"]["llm"]["calls"] == 3
