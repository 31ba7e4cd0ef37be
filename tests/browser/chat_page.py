"""What a person does with the chat widget on the /chat demo page, as Playwright steps."""

from __future__ import annotations

import json

WIDGET = ".saw-root"
LOG = ".saw-log"
INPUT = "#saw-input"


def open_chat(page, base_url: str, token: str | None = None) -> None:
    page.goto(f"{base_url}/chat" + (f"#token={token}" if token else ""))
    page.locator(INPUT).wait_for()


def record_progress(page) -> None:
    """Keep every progress line the chat shows in window.__progress (they come and go within a turn)."""
    page.evaluate("""() => {
        window.__progress = [];
        const node = document.querySelector('.saw-progress');
        new MutationObserver(() => node.textContent && window.__progress.push(node.textContent))
            .observe(node, {childList: true, characterData: true, subtree: true});
    }""")


def send(page, text: str) -> None:
    page.locator(INPUT).fill(text)
    page.locator(INPUT).press("Enter")


def agent_replies(page):
    return page.locator(f"{LOG} .saw-agent")


def customer_messages(page):
    return page.locator(f"{LOG} .saw-customer")


def wait_for_replies(page, count: int, timeout: float = 60_000) -> None:
    """Until `count` agent replies are shown and the run is over (the Send button is usable again)."""
    page.locator(f"{LOG} .saw-agent:not(.saw-live)").nth(count - 1).wait_for(timeout=timeout)
    page.wait_for_function("() => !document.querySelector('.saw-send').disabled", timeout=timeout)


def saved_conversation(page) -> dict:
    """What the widget keeps in localStorage (thread id, visitor token, undelivered messages)."""
    raw = page.evaluate(
        "() => Object.keys(localStorage).filter(k => k.startsWith('support-agent-chat:'))"
        ".map(k => localStorage.getItem(k))"
    )
    assert len(raw) == 1, raw
    return json.loads(raw[0])
