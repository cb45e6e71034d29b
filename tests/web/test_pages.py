"""Pages through TestClient: sign-in, chat, review, consent and audit, with the real stores."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from guide.careplan.importer import import_care_plans
from guide.demo import demo_bundles
from guide.store.db.models import AuditEventRow, UserRow
from guide.turn.replies import GENERIC_EMERGENCY
from guide.web.app import create_app
from guide.web.routes.chat import emergency_calls
from tests.web.conftest import csrf_of, sign_in


def _new_conversation(client: TestClient, consumer_id: str) -> str:
    page = client.get(f"/chat/{consumer_id}")
    response = client.post(f"/chat/{consumer_id}/new", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False)
    assert response.status_code == 303
    return response.headers["location"].rsplit("/", 1)[-1]


def _record_reply(services, conversation_id: str, reply: str, citation: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """An answered turn with this reply and citation, stored as if the pipeline had written it."""
    from guide.store.conversations import TurnRecord

    services.store.record_turn(
        TurnRecord(
            conversation_id=conversation_id,
            question="q",
            redacted_question="q",
            reply=reply,
            decision="answered",
            reasons=[],
            citations=[citation],
            draft="",
            vault=services.store.get(conversation_id, owner=None).vault,
            mentioned=[],
        )
    )


def _ask(client: TestClient, conversation_id: str, question: str) -> str:
    page = client.get(f"/chat/c/{conversation_id}")
    client.post(f"/chat/c/{conversation_id}/ask", data={"question": question, "csrf_token": csrf_of(page.text)})
    return client.get(f"/chat/c/{conversation_id}").text


def test_passwords_are_stored_only_as_argon2_hashes(app_services) -> None:  # type: ignore[no-untyped-def]
    with app_services.db.session() as s:
        hashes = list(s.scalars(select(UserRow.password_hash)))
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)


def test_a_wrong_password_says_so_without_saying_which_part_was_wrong(browser_client: TestClient) -> None:
    token = csrf_of(browser_client.get("/login").text)
    response = browser_client.post(
        "/login", data={"username": "elena", "password": "nope-nope-nope", "csrf_token": token}
    )
    assert response.status_code == 401
    assert "Wrong username or password" in response.text
    assert "guide_session" not in response.cookies


def test_sign_in_slows_down_after_repeated_failures(browser_client: TestClient, app_services) -> None:  # type: ignore[no-untyped-def]
    moment = app_services.accounts.clock()
    app_services.accounts.clock = lambda: moment  # every attempt at the same instant: the 1 s wait has not passed
    codes = []
    for _ in range(7):
        token = csrf_of(browser_client.get("/login").text)
        codes.append(
            browser_client.post(
                "/login", data={"username": "grace", "password": "wrong-password!", "csrf_token": token}
            ).status_code
        )
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
    token = csrf_of(browser_client.get("/login").text)
    blocked = browser_client.post(
        "/login", data={"username": "grace", "password": "home-team-demo-2026", "csrf_token": token}
    )
    assert blocked.status_code == 429  # even the right password waits (1 s here; doubling per failure after 5)
    assert blocked.headers["retry-after"] == "1"


def test_the_session_cookie_is_httponly_and_samesite(browser_client: TestClient) -> None:
    token = csrf_of(browser_client.get("/login").text)
    response = browser_client.post(
        "/login",
        data={"username": "elena", "password": "home-team-demo-2026", "csrf_token": token},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"]
    assert "guide_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie


def test_pages_without_a_session_send_you_to_sign_in(browser_client: TestClient) -> None:
    for path in ("/chat", "/review", "/admin/audit", "/consent", "/evals"):
        response = browser_client.get(path, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, "/login"), path


@pytest.mark.parametrize(
    ("path", "method"),
    [("/chat/demo-p1/new", "post"), ("/logout", "post"), ("/consent/demo-p1/demo-p1-rp1", "post")],
)
def test_form_posts_without_the_csrf_token_are_refused(browser_client: TestClient, path: str, method: str) -> None:
    sign_in(browser_client, "rosa")
    response = browser_client.request(method.upper(), path, data={"scope": "medications"})
    assert response.status_code == 403


def test_an_api_post_on_a_cookie_session_needs_the_csrf_header(browser_client: TestClient) -> None:
    sign_in(browser_client, "elena")
    response = browser_client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"})
    assert response.status_code == 403
    token = csrf_of(browser_client.get("/chat/demo-p1").text)
    ok = browser_client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers={"X-CSRF-Token": token})
    assert ok.status_code == 201


def test_a_caregiver_asks_and_sees_a_cited_answer_with_its_badge(browser_client: TestClient) -> None:
    sign_in(browser_client, "elena")
    cid = _new_conversation(browser_client, "demo-p1")
    html = _ask(browser_client, cid, "What should we do if her blood sugar is low?")
    assert 'class="badge answered"' in html
    link = re.search(r'href="(/chat/c/[^"]+/passage/[^"]+)"', html)
    assert link is not None
    passage = browser_client.get(link.group(1))
    assert passage.status_code == 200 and ("care plan" in passage.text.lower() or "health library" in passage.text)


def test_a_risky_question_waits_for_the_care_team(browser_client: TestClient) -> None:
    sign_in(browser_client, "elena")
    cid = _new_conversation(browser_client, "demo-p1")
    html = _ask(browser_client, cid, "Can we double her glipizide tonight?")
    assert "Waiting for your care team" in html


def test_caregiver_a_cannot_read_or_post_to_consumer_b(browser_client: TestClient, app_services) -> None:  # type: ignore[no-untyped-def]
    owner = app_services.store.create(consumer_id="demo-p2", designee_id="demo-p2-rp1", owner="designee:demo-p2-rp1")
    sign_in(browser_client, "elena")
    token = csrf_of(browser_client.get("/chat/demo-p1").text)
    assert browser_client.get(f"/chat/c/{owner.id}").status_code == 404
    assert browser_client.get("/chat/demo-p2").status_code == 404
    assert browser_client.get("/chat/no-such-person").status_code == 404  # same answer: existence is not revealed
    assert browser_client.get(f"/api/v1/conversations/{owner.id}/messages").status_code == 404
    posted = browser_client.post(
        f"/api/v1/conversations/{owner.id}/messages", json={"question": "hi"}, headers={"X-CSRF-Token": token}
    )
    assert posted.status_code == 404
    form = browser_client.post(f"/chat/c/{owner.id}/ask", data={"question": "hi", "csrf_token": token})
    assert form.status_code == 404
    assert app_services.store.messages(owner.id) == []


def test_a_passage_not_cited_in_the_conversation_cannot_be_opened(browser_client: TestClient) -> None:
    sign_in(browser_client, "elena")
    cid = _new_conversation(browser_client, "demo-p1")
    assert browser_client.get(f"/chat/c/{cid}/passage/kb%3Awarfarin-safety%23summary").status_code == 404


def test_a_cited_id_of_another_consumers_plan_shows_only_the_stored_quote(
    browser_client: TestClient, app_services
) -> None:  # type: ignore[no-untyped-def]
    from guide.ml.vectorstore import CAREPLAN

    record = app_services.vectors.ids(CAREPLAN, where={"consumer_id": "demo-p2"})[0]
    (other,) = app_services.vectors.passages(CAREPLAN, [record]).values()
    sign_in(browser_client, "elena")
    cid = _new_conversation(browser_client, "demo-p1")
    citation = {"kind": "careplan", "id": other.id, "title": "t", "quote": "the stored quote"}
    _record_reply(app_services, cid, "From the care plan: see this [1]", citation)
    page = browser_client.get(f"/chat/c/{cid}/passage/{other.id}")
    assert page.status_code == 200
    assert "the stored quote" in page.text
    assert other.text not in page.text  # a forged or stale id never shows another person's plan


def test_a_designee_without_behavioral_health_never_sees_it(browser_client: TestClient) -> None:
    sign_in(browser_client, "michael")  # Margaret's son: no behavioral-health scope
    cid = _new_conversation(browser_client, "demo-p3")
    html = _ask(browser_client, cid, "What medicines does mom take every morning, and what are they for?")
    html += _ask(browser_client, cid, "Is she on anything for her mood or depression?")
    assert "sertraline" not in html.lower()
    assert "major depressive" not in html.lower()


def test_script_in_a_message_or_a_reply_is_shown_as_text(browser_client: TestClient, app_services) -> None:  # type: ignore[no-untyped-def]
    sign_in(browser_client, "elena")
    cid = _new_conversation(browser_client, "demo-p1")
    html = _ask(browser_client, cid, "<script>alert('x')</script> what should she eat?")
    reply = "From the care plan: <img src=x onerror=alert(1)> <script>steal()</script> [1]"
    _record_reply(
        app_services,
        cid,
        reply,
        {"kind": "careplan", "id": 'x"><script>bad()</script>', "title": "<b>t</b>", "quote": "q"},
    )
    html = browser_client.get(f"/chat/c/{cid}").text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<script>steal" not in html and "<img src=x" not in html
    assert "<script>bad" not in html
    assert "script-src 'self'" in browser_client.get(f"/chat/c/{cid}").headers["content-security-policy"]


def test_a_clinician_edits_and_sends_and_the_family_sees_it(app_services) -> None:  # type: ignore[no-untyped-def]
    with (
        TestClient(create_app(services=app_services)) as family,
        TestClient(create_app(services=app_services)) as nurse,
    ):
        sign_in(family, "elena")
        cid = _new_conversation(family, "demo-p1")
        _ask(family, cid, "Can we give her some of my metformin?")
        _ask(family, cid, "her sugar is 45 and she is confused")
        sign_in(nurse, "nurse.lindqvist")
        queue = nurse.get("/review").text
        items = re.findall(r'href="/review/([0-9a-f]+)"', queue)
        assert len(items) >= 2
        assert queue.index("urgent") < queue.index("routine")  # urgent first
        routine = items[-1]
        page = nurse.get(f"/review/{routine}").text
        assert "metformin" in page.lower()
        sent = nurse.post(
            f"/review/{routine}",
            data={
                "action": "edit",
                "text": "Please do not share metformin. Nurse Tomas will call tonight.",
                "csrf_token": csrf_of(page),
            },
            follow_redirects=False,
        )
        assert sent.status_code == 303
        thread = family.get(f"/chat/c/{cid}").text
        assert "Nurse Tomas will call tonight" in thread and "Your care team answered" in thread
        # under the question it answers, quoting it, not after the later emergency
        assert thread.index("Nurse Tomas will call tonight") < thread.index("her sugar is 45 and she is confused</p>")
        assert "Answering your question: “Can we give her some of my metformin?”" in thread
        banner = thread[thread.index('<section id="emergency"') : thread.index("</section>")]
        assert " hidden>" not in banner.split("\n")[0] and 'href="tel:911"' in banner  # the latest turn: emergency
        api = family.get(f"/api/v1/conversations/{cid}/messages").json()
        answer = next(m for m in api if m["role"] == "clinician")
        held = next(m for m in api if m["id"] == answer["answers"])
        assert held["review"] == "resolved" and held["seq"] < answer["seq"]
        again = nurse.post(f"/review/{routine}", data={"action": "approve", "csrf_token": csrf_of(page)})
        assert again.status_code == 409 and "already answered by" in again.text  # and who answered it


def test_a_clinician_outside_the_care_team_cannot_open_the_item(app_services) -> None:  # type: ignore[no-untyped-def]
    with (
        TestClient(create_app(services=app_services)) as family,
        TestClient(create_app(services=app_services)) as doctor,
    ):
        sign_in(family, "elena")
        cid = _new_conversation(family, "demo-p1")
        _ask(family, cid, "Can we double her glipizide?")
        item = app_services.review.open_items(frozenset({"demo-p1"}))[0]
        sign_in(doctor, "dr.feldman")  # Walter's cardiologist only
        assert "glipizide" not in doctor.get("/review").text
        assert doctor.get(f"/review/{item.id}").status_code == 404


def test_a_caregiver_cannot_open_the_queue_or_the_audit_log(browser_client: TestClient) -> None:
    sign_in(browser_client, "elena")
    assert browser_client.get("/review").status_code == 403
    assert browser_client.get("/admin/audit").status_code == 403


def test_revoking_a_scope_applies_on_the_next_turn_and_survives_a_reimport(
    browser_client: TestClient, app_services
) -> None:  # type: ignore[no-untyped-def]
    sign_in(browser_client, "rosa")
    page = browser_client.get("/consent").text
    assert "Elena" in page
    keep = ["conditions", "allergies", "goals", "appointments"]  # medicines and instructions revoked
    response = browser_client.post(
        "/consent/demo-p1/demo-p1-rp1", data={"scope": keep, "csrf_token": csrf_of(page)}, follow_redirects=False
    )
    assert response.status_code == 303
    elena = app_services.store.create(consumer_id="demo-p1", designee_id="demo-p1-rp1", owner="designee:demo-p1-rp1")
    result = app_services.pipeline.ask(
        conversation_id=elena.id, question="Which medicines does she take and when?", owner="designee:demo-p1-rp1"
    )
    assert "glipizide" not in result.answer.lower() and "metformin" not in result.answer.lower()
    import_care_plans(app_services, [p for p in demo_bundles() if p.name == "demo_p1.json"])
    assert app_services.consent.designees("demo-p1")[0].scopes == frozenset(keep)


def test_every_sign_in_read_turn_and_review_is_audited_and_the_log_is_append_only(
    browser_client: TestClient, app_services
) -> None:  # type: ignore[no-untyped-def]
    sign_in(browser_client, "elena")
    cid = _new_conversation(browser_client, "demo-p1")
    _ask(browser_client, cid, "Can we double her glipizide?")
    with app_services.db.session() as s:
        actions = {e.action for e in s.scalars(select(AuditEventRow))}
    assert {"sign_in", "read_plan", "read_conversation", "turn"} <= actions
    with pytest.raises(Exception, match="append-only"), app_services.db.session() as s:
        s.execute(text("UPDATE audit_events SET action = 'x'"))
    with pytest.raises(Exception, match="append-only"), app_services.db.session() as s:
        s.execute(text("DELETE FROM audit_events"))
    sign_in(browser_client, "admin")
    page = browser_client.get("/admin/audit?action=turn")
    assert page.status_code == 200 and "needs_review" in page.text


def test_the_evaluator_page_lists_runs_and_opens_their_reports(app_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = tmp_path / "runs" / "core-2026-11-27"
    run.mkdir(parents=True)
    (run / "report.html").write_text("<html><body><h1>core report</h1></body></html>")
    app_services.settings.eval_runs_dir = tmp_path / "runs"
    with TestClient(create_app(services=app_services)) as client:
        sign_in(client, "evaluator")
        listing = client.get("/evals")
        assert "core-2026-11-27" in listing.text
        report = client.get("/evals/core-2026-11-27/report")
        assert report.status_code == 200 and "core report" in report.text
        assert client.get("/evals/..%2F..%2Fetc/report").status_code == 404
        assert client.get("/evals/missing-run/report").status_code == 404
    with TestClient(create_app(services=app_services)) as client:
        sign_in(client, "elena")
        assert client.get("/evals").status_code == 403


def test_thumbs_down_with_a_comment_is_kept_for_the_reply(browser_client: TestClient, app_services) -> None:  # type: ignore[no-untyped-def]
    from guide.store.db.models import FeedbackRow

    sign_in(browser_client, "elena")
    cid = _new_conversation(browser_client, "demo-p1")
    html = _ask(browser_client, cid, "What should she eat for breakfast?")
    message_id = re.findall(r'action="/chat/c/[0-9a-f]+/m/([0-9a-f]+)/feedback"', html)[-1]
    response = browser_client.post(
        f"/chat/c/{cid}/m/{message_id}/feedback",
        data={"rating": "-1", "comment": "too long for 11 pm", "csrf_token": csrf_of(html)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    with app_services.db.session() as s:
        rows = list(s.scalars(select(FeedbackRow)))
    assert [(r.message_id, r.rating, r.comment) for r in rows] == [(message_id, -1, "too long for 11 pm")]
    bad = browser_client.post(
        f"/chat/c/{cid}/m/{message_id}/feedback", data={"rating": "5", "csrf_token": csrf_of(html)}
    )
    assert bad.status_code == 422


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Call 911 now. Chest pain can be a heart attack.", ["tel:911"]),
        ("Call or text 988 now, and stay with him.", ["tel:911", "tel:988"]),
        ("Call Poison Control at 1-800-222-1222 now.", ["tel:911", "tel:18002221222"]),
        (GENERIC_EMERGENCY, ["tel:911", "tel:988", "tel:18002221222"]),
        ("Her sugar was 19880 at some point.", ["tel:911"]),
        # in the reply's order: a swallowed medicine's reply says Poison Control first, 911 if the person collapses
        (
            "Call Poison Control at 1-800-222-1222 now. If the person collapses, has a seizure, has trouble breathing "
            "or cannot be woken, call 911.",
            ["tel:18002221222", "tel:911"],
        ),
        ("Call or text 988 now. If he has a weapon or has taken something, call 911.", ["tel:988", "tel:911"]),
    ],
)
def test_the_emergency_banner_offers_the_numbers_the_reply_says_to_call(reply: str, expected: list[str]) -> None:
    assert [href for _label, href in emergency_calls(reply)] == expected


def test_a_long_queue_is_shown_a_page_at_a_time_with_its_count(app_services, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import guide.web.routes.review as pages

    monkeypatch.setattr(pages, "QUEUE_PAGE", 2)
    with (
        TestClient(create_app(services=app_services)) as family,
        TestClient(create_app(services=app_services)) as nurse,
    ):
        sign_in(family, "elena")
        cid = _new_conversation(family, "demo-p1")
        for question in (
            "Can we give her some of my metformin?",
            "Can she start ginkgo?",
            "Should we stop her lisinopril?",
        ):
            _ask(family, cid, question)
        sign_in(nurse, "nurse.lindqvist")
        first = nurse.get("/review").text
        assert "3 waiting" in first and "Showing 1&ndash;2" in first and "Page 1 of 2" in first
        assert len(re.findall(r'href="/review/[0-9a-f]+"', first)) == 2 and 'href="/review?page=2"' in first
        second = nurse.get("/review?page=2").text
        assert len(re.findall(r'href="/review/[0-9a-f]+"', second)) == 1 and 'href="/review?page=1"' in second
        assert "lisinopril" in second  # the most recent waits the least: last
        assert "Page 1 of 2" in nurse.get("/review?page=abc").text  # not a page number: the first page
