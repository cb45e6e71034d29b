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
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
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
def server(served: tuple[str, Services]) -> str:
    """The served app's address."""
    return served[0]


@pytest.fixture(scope="module")
def served(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Services]]:
    """The real app served by uvicorn on a free local port, over a copy of the demo data, and its services
    (for a clinician's answer through the service layer)."""
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
    yield f"http://127.0.0.1:{port}", services
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


def _new_chat(browser, server: str, viewport: dict[str, int], **options: object):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport=viewport, **options)
    page = context.new_page()
    _sign_in(page, server, "elena")
    page.wait_for_url(f"{server}/chat/demo-p1")
    page.get_by_role("button", name="Start a new conversation").click()
    page.wait_for_url("**/chat/c/*")
    return context, page


def _ask(page, question: str):  # type: ignore[no-untyped-def]
    """Ask through the form and wait until the whole reply has streamed in."""
    before = page.locator("li.msg.assistant[data-streamed]").count()
    page.get_by_label("Your question").fill(question)
    page.get_by_role("button", name="Ask").click()
    reply = page.locator("li.msg.assistant[data-streamed]").nth(before)  # no wait_for_function: the CSP forbids eval
    reply.wait_for(timeout=30_000)
    return reply


def _inside(box: dict[str, float] | None, viewport: dict[str, int]) -> bool:
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= viewport["width"]
        and box["y"] + box["height"] <= viewport["height"]
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_after_asking_the_newest_reply_starts_inside_the_window(server: str, browser, viewport) -> None:  # type: ignore[no-untyped-def]
    context, page = _new_chat(browser, server, viewport)
    _ask(page, "What should we do if her blood sugar is low?")
    reply = _ask(page, "What are the signs that her sugar is too high?")
    top = reply.bounding_box()
    composer = page.locator("#ask").bounding_box()
    assert top is not None and composer is not None
    assert 0 <= top["y"] < viewport["height"] - 40, top
    assert top["y"] + 40 <= composer["y"], "the question box covers the reply"
    assert composer["y"] + composer["height"] <= viewport["height"] + 1  # the box is pinned to the bottom
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_an_emergency_pins_a_banner_with_a_call_link_above_everything(server: str, browser, viewport) -> None:  # type: ignore[no-untyped-def]
    context, page = _new_chat(browser, server, viewport)
    _ask(page, "What should we do if her blood sugar is low?")
    reply = _ask(page, "my mom is having crushing chest pain")
    assert reply.get_attribute("data-status") == "emergency"
    banner = page.locator("#emergency")
    assert banner.is_visible()
    call = banner.locator('a[href="tel:911"]')
    assert _inside(call.bounding_box(), viewport), "Call 911 must be visible without scrolling"
    top = reply.bounding_box()
    assert top is not None and 0 <= top["y"] < viewport["height"] - 40
    if viewport == PHONE:
        page.screenshot(path=str(SCREENSHOTS / "phone-emergency.png"))
    url = page.url

    dismiss = banner.get_by_role("button", name="Dismiss")
    dismiss.focus()
    page.keyboard.press("Enter")
    assert banner.is_hidden()

    plain = browser.new_context(viewport=viewport, java_script_enabled=False, storage_state=context.storage_state())
    still = plain.new_page()
    still.goto(url)
    assert still.locator("#emergency").is_visible()  # rendered by the server, no script needed
    assert _inside(still.locator('#emergency a[href="tel:911"]').bounding_box(), viewport)
    plain.close()
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_care_team_answer_appears_under_its_question_without_a_reload(  # type: ignore[no-untyped-def]
    served: tuple[str, Services], browser, viewport
) -> None:
    server, services = served
    context, page = _new_chat(browser, server, viewport)
    question = "can she take her metformin at night instead of the morning?"
    held = _ask(page, question)
    assert held.get_attribute("data-status") == "needs_review"
    _ask(page, "What should we do if her blood sugar is low?")  # a later turn: the answer must not land after it
    page.evaluate("window.__stillHere = 'yes'")
    page.get_by_label("Your question").fill("and what about her evening walk")
    before = held.bounding_box()  # on screen above the later turn: it must stay where the reader sees it

    cid = page.url.rsplit("/", 1)[-1]
    item = next(r for r in services.store.review_items("demo-p1") if r.conversation_id == cid)
    nurse = next(u for u in services.accounts.users() if u.username == "nurse.lindqvist")
    answer = "Yes: she can take her metformin with dinner instead. Keep it with food. Nurse Tomas"
    services.review.resolve(
        item.id, consumers=frozenset(["demo-p1"]), reviewer_id=nurse.id, action="replace", text=answer
    )

    reply = page.locator("li.msg.clinician", has_text="Nurse Tomas")
    reply.wait_for(timeout=20_000)
    assert page.evaluate("window.__stillHere") == "yes", "the page was reloaded"
    assert page.get_by_label("Your question").input_value() == "and what about her evening walk"
    held_id = held.get_attribute("id")
    assert reply.evaluate("n => n.previousElementSibling.id") == held_id
    assert question in reply.locator(".about").inner_text()
    assert held.locator(".badge").inner_text() == "Your care team answered"
    after = held.bounding_box()
    assert before is not None and after is not None and abs(after["y"] - before["y"]) < 2, "the thread jumped"
    if viewport == PHONE:
        reply.evaluate("n => n.previousElementSibling.previousElementSibling.scrollIntoView({block: 'start'})")
        page.screenshot(path=str(SCREENSHOTS / "phone-held-answered.png"))
    context.close()
