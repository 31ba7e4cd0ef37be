"""The chat load script against a real `serve`: a few concurrent chats, every one answered by stream."""

from __future__ import annotations

import pytest

from evals.chat_load import run_load
from tests.integration.serve_process import start_serve

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def serve(demo_store, oms_server, tmp_path_factory):
    service, url = start_serve(demo_store, tmp_path_factory.mktemp("load-serve-logs"), workers=1)
    yield url
    service.stop()


async def test_five_concurrent_chats_stream_a_reply_each_without_errors(serve, demo_store):
    report = await run_load(serve, 5, demo_store, timeout_s=120)
    assert report.errors == []
    assert len(report.timings) == 5
    for timing in report.timings:
        assert timing.first_token_s is not None and timing.reply_s is not None
        assert 0 < timing.first_token_s <= timing.reply_s
    assert "5 answered, 0 errors" in report.lines()[0]
