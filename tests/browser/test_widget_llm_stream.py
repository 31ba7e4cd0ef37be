"""The chat widget in Chromium against `serve` running the LLM engine (ENGINE=openai, pointed at the
OpenAI-compatible test double): the streamed reply is the checked one, drawn live in one bubble that the
final state recognises by its id (shown once), and a draft that fails the grounding check is never drawn."""

from __future__ import annotations

import pytest

from evals.openai_double import Reply, scripted
from tests.browser.chat_page import LOG, agent_replies, open_chat, send, wait_for_replies
from tests.integration.conftest import openai_double  # noqa: F401  (the test double, as a fixture here)
from tests.integration.serve_process import start_serve
from tests.integration.test_llm_streaming import INVENTED, INVENTED_FACTS, REPLY

pytestmark = pytest.mark.integration


@pytest.fixture()
def serve_openai_url(demo_store, openai_double, tmp_path):  # noqa: F811
    service, url = start_serve(demo_store, tmp_path, env={"ENGINE": "openai", "LLM_TIMEOUT_S": "5"},
                               name="serve-openai-widget")
    yield url
    service.stop()


def _record_live_text(page) -> None:
    """Keep every text a streaming (`.saw-live`) bubble showed in window.__live."""
    page.evaluate("""() => {
        window.__live = [];
        const log = document.querySelector('.saw-log');
        new MutationObserver(() => document.querySelectorAll('.saw-live .saw-body')
                .forEach(node => window.__live.push(node.textContent)))
            .observe(log, {childList: true, characterData: true, subtree: true});
    }""")


def _ask_with_draft(new_page, url: str, double, draft: Reply):
    """A chat that asks the return-policy question while the model drafts `draft`; live text recorded."""
    double.responder = scripted(draft=draft)
    page = new_page()
    open_chat(page, url)
    _record_live_text(page)
    send(page, "What is your return policy?")
    wait_for_replies(page, 1)
    return page


def test_the_widget_draws_the_checked_reply_live_and_shows_it_once(new_page, serve_openai_url, openai_double):  # noqa: F811
    page = _ask_with_draft(new_page, serve_openai_url, openai_double, Reply(content=REPLY, chunk_delay_s=0.02))
    live = page.evaluate("window.__live")
    assert live and all(REPLY.startswith(text) for text in live), live  # pieces of the sent reply, in order
    assert agent_replies(page).count() == 1
    assert agent_replies(page).first.locator(".saw-body").inner_text().strip() == REPLY
    assert page.locator(f"{LOG} .saw-live").count() == 0
    assert page.errors == []


def test_the_widget_never_draws_a_draft_that_fails_grounding(new_page, serve_openai_url, openai_double):  # noqa: F811
    page = _ask_with_draft(new_page, serve_openai_url, openai_double, Reply(content=INVENTED, chunk_delay_s=0.01))
    shown = "\n".join([*page.evaluate("window.__live"), page.locator(LOG).inner_text()])
    assert not [fact for fact in INVENTED_FACTS if fact in shown], shown
    assert agent_replies(page).count() == 1
    assert page.errors == []
