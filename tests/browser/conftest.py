"""Browser fixtures: Debian's Chromium driven by Playwright for Python, against a real `support-agent serve`
(the session's PostgreSQL, the demo OMS over HTTP), started the way the integration tests start it.

Playwright never downloads a browser here: it drives /usr/bin/chromium (`make test` installs it as root).
Screenshots go to reports/screenshots/ (a test artifact; the README's copies live in docs/screenshots/).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from core.identity import sign_customer, sign_staff
from core.service_key import SERVICE_KEY_HEADER, oms_service_key
from core.settings import REPO_ROOT, Settings
from tests.integration.serve_process import start_serve

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = REPO_ROOT / "reports" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
DEMO_CUSTOMER = "C000559"

pytestmark = pytest.mark.integration


@pytest.fixture(scope="package")
def serve_url(demo_store: Settings, oms_server: str, tmp_path_factory) -> Iterator[str]:
    """One `serve` for the browser tests, stopped when they end: left running for the whole session, its
    crash-recovery sweep adopted runs that the integration tests' own servers handed back (a SIGTERM test
    then found a run 'running' under a worker it never started)."""
    service, url = start_serve(demo_store, tmp_path_factory.mktemp("browser-serve-logs"), workers=1)
    yield url
    service.stop()


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the browser tests, closed when they are done: Playwright's sync API holds an event
    loop while it is open, which the async tests that follow need to themselves."""
    if not CHROMIUM.exists():
        pytest.fail(f"Browser tests need Debian's Chromium at {CHROMIUM}: `apt-get install -y chromium` "
                    "(`make test` does it when run as root).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


class PageErrors(list):
    """JavaScript errors a page raised: a test ends by asserting there were none."""


@pytest.fixture()
def new_page(browser):
    """Opens pages in fresh contexts (own localStorage) at a viewport; all are closed after the test."""
    contexts = []

    def open_page(viewport: dict | None = None, context=None):
        if context is None:
            context = browser.new_context(viewport=viewport or DESKTOP)
            contexts.append(context)
        page = context.new_page()
        page.errors = PageErrors()
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.set_default_timeout(30_000)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def customer_token(demo_store: Settings) -> str:
    return sign_customer(DEMO_CUSTOMER, settings=demo_store)


@pytest.fixture(scope="session")
def staff_token(demo_store: Settings) -> str:
    return sign_staff("dana", settings=demo_store)


@pytest.fixture(scope="session")
def oms(demo_store: Settings, oms_server: str) -> Iterator[httpx.Client]:
    """The demo OMS over HTTP, to check what the chat shows against the live order data."""
    with httpx.Client(base_url=oms_server, headers={SERVICE_KEY_HEADER: oms_service_key(demo_store)},
                      timeout=10) as client:
        yield client


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
