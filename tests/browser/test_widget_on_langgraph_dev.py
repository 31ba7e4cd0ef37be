"""The same widget against `langgraph dev` (langgraph.json mounts web/routes.py beside the graph API): a visitor
chats, and a reload brings the conversation back from the thread's state."""

from __future__ import annotations

import os

import pytest

from service.processes import start_studio
from tests.browser.chat_page import agent_replies, open_chat, saved_conversation, send, wait_for_replies
from tests.conftest import free_port

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def dev_url(demo_store, oms_server, tmp_path_factory):
    port = free_port()
    settings = demo_store.model_copy(update={"studio_port": port})
    service = start_studio(settings, tmp_path_factory.mktemp("browser-dev-logs"),
                           env={**os.environ, "STUDIO_PORT": str(port)})
    yield f"http://{settings.host}:{port}"
    service.stop()


def test_a_visitor_chats_through_langgraph_dev_and_a_reload_keeps_the_thread(new_page, dev_url):
    page = new_page()
    open_chat(page, dev_url)
    send(page, "What is your return policy?")
    wait_for_replies(page, 1)
    assert "return" in agent_replies(page).last.inner_text().lower()
    thread_id = saved_conversation(page)["thread_id"]
    page.reload()
    wait_for_replies(page, 1)
    assert saved_conversation(page)["thread_id"] == thread_id and agent_replies(page).count() == 1
    assert page.errors == []
