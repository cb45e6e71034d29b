"""End to end in real Chromium (Debian's /usr/bin/chromium driven by Playwright): a caregiver asks and
watches a cited answer stream, a risky question waits for the care team, a clinician edits and sends,
and the caregiver sees the reply. Screenshots go to test-artifacts/ (kept by CI as artifacts)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from guide.demo.accounts import DEMO_PASSWORD, create_demo_accounts
from guide.services import Services
from guide.web.app import create_app
from tests.conftest import make_settings

pytestmark = pytest.mark.browser
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def server(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app served by uvicorn on a free local port, over a copy of the demo data."""
    data_dir = tmp_path_factory.mktemp("browser") / "data"
    shutil.copytree(indexed_dir, data_dir)
    services = Services(make_settings(data_dir, dev_auth=False, warm_up=True))
    create_demo_accounts(services)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(services=services), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 120
    while not srv.started and time.time() < deadline:
        time.sleep(0.1)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium; the project's set-up (make browsers) installs it."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "Chromium is missing: run `make browsers` (apt-get install chromium chromium-driver)"
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


def _sign_in(page, base: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_caregiver_and_clinician_in_a_real_browser(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    caregiver = browser.new_context(viewport={"width": 390, "height": 844})  # a phone at night
    page = caregiver.new_page()
    _sign_in(page, server, "elena")
    page.wait_for_url(f"{server}/chat/demo-p1")
    page.get_by_role("button", name="Start a new conversation").click()
    page.wait_for_url("**/chat/c/*")

    page.get_by_label("Your question").fill("What should we do if her blood sugar is low?")
    page.get_by_role("button", name="Ask").click()
    answered = page.locator("li.msg.assistant[data-streamed]").last
    answered.wait_for(timeout=30_000)
    assert int(answered.get_attribute("data-streamed") or "0") >= 2  # it arrived in pieces, not in one block
    assert answered.locator(".badge.answered").inner_text() == "Answered"
    assert answered.locator("a.cite").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "chat-answer.png"), full_page=True)

    answered.locator("a.cite").first.click()
    page.wait_for_url("**/passage/**")
    assert page.locator("h1").inner_text()
    page.screenshot(path=str(ARTIFACTS / "chat-citation.png"), full_page=True)
    page.go_back()

    page.get_by_label("Your question").fill("Can we double her glipizide tonight? Her sugar was high.")
    page.get_by_role("button", name="Ask").click()
    waiting = page.locator("li.msg.assistant[data-streamed]").last
    waiting.wait_for(timeout=30_000)
    page.wait_for_function("document.querySelectorAll('li.msg.assistant[data-streamed]').length >= 1")
    page.locator("li.msg.assistant", has_text="care team").last.locator(".badge.waiting").wait_for()
    assert "Waiting for your care team" in page.locator(".badge.waiting").last.inner_text()
    page.screenshot(path=str(ARTIFACTS / "chat-waiting.png"), full_page=True)

    clinician = browser.new_context(viewport={"width": 1280, "height": 900})
    desk = clinician.new_page()
    _sign_in(desk, server, "nurse.lindqvist")
    desk.wait_for_url(f"{server}/review")
    desk.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)
    desk.get_by_role("link", name="Can we double her glipizide").first.click()
    desk.wait_for_url("**/review/*")
    desk.get_by_label("Draft (edit it, or write a new answer)").fill(
        "Please keep her glipizide at the usual dose tonight. Check her sugar before breakfast; "
        "Nurse Tomas will call you in the morning."
    )
    desk.screenshot(path=str(ARTIFACTS / "review-item.png"), full_page=True)
    desk.get_by_role("button", name="Send edited answer").click()
    desk.wait_for_url("**/review?done=1")

    reply = page.locator("li.msg.clinician", has_text="Nurse Tomas will call you")
    reply.wait_for(timeout=30_000)  # the thread picks the care team's answer up by itself
    assert page.locator(".badge.resolved").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "chat-clinician-reply.png"), full_page=True)
    caregiver.close()
    clinician.close()


def test_keyboard_only_sign_in_and_labelled_controls(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    page.goto(f"{server}/login")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'username'")  # autofocus
    page.keyboard.type("anne")
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{server}/chat/demo-p3")
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=hidden]), textarea, select, button')]
              .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
              .length"""
    )
    assert unlabelled == 0
    page.close()
