"""Hostile request bodies against the real app as a signed-in caregiver: each gets its exact 4xx with a JSON
`detail`, and nothing the body held (a name, a record number, a phone) reaches the log. Each test names the
OWASP ASVS 4.0 requirements it covers."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest

from guide.logs import WithholdExceptionText
from guide.services import Services
from guide.web import limits
from guide.web.app import create_app
from tests.security.conftest import IDENTIFIERS, SENSITIVE_QUESTION, Caregiver, leaked

QUESTION_JSON = json.dumps({"question": SENSITIVE_QUESTION}).encode()
ROUTES = {"create": 0, "ask": 1, "stream": 2}


def _post(caregiver: Caregiver, route: str, content: Any, content_type: str | None) -> httpx.Response:
    headers = dict(caregiver.csrf)
    if content_type is not None:
        headers["Content-Type"] = content_type
    return caregiver.client.post(caregiver.body_routes[ROUTES[route]], content=content, headers=headers)


def _assert_refused(response: httpx.Response, status: int, caplog: pytest.LogCaptureFixture) -> Any:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    detail = response.json()["detail"]
    assert detail
    assert not [i for i in IDENTIFIERS if i in response.text], "the body was echoed back"
    assert not leaked(caplog)
    return detail


@pytest.mark.parametrize("route", list(ROUTES))
@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (QUESTION_JSON, "text/plain"),
        (b"question=" + SENSITIVE_QUESTION.encode(), "application/x-www-form-urlencoded"),
        (
            b'--b\r\nContent-Disposition: form-data; name="question"\r\n\r\n'
            + SENSITIVE_QUESTION.encode()
            + b"\r\n--b--\r\n",
            "multipart/form-data; boundary=b",
        ),
        (b"<question>" + SENSITIVE_QUESTION.encode() + b"</question>", "application/xml"),
        (QUESTION_JSON, None),
    ],
    ids=["text-plain", "form", "multipart", "xml", "no-content-type"],
)
def test_a_body_that_is_not_declared_json_is_a_415(
    caregiver: Caregiver, all_logs: pytest.LogCaptureFixture, route: str, content: bytes, content_type: str | None
) -> None:
    """V13.1.5 unexpected or missing content types are refused with 415; V7.1.2 the body is not logged."""
    detail = _assert_refused(_post(caregiver, route, content, content_type), 415, all_logs)
    assert "application/json" in detail


@pytest.mark.parametrize("route", list(ROUTES))
@pytest.mark.parametrize(
    "raw",
    [
        '{"question": NaN, "who": "Maria Lopez MRN 4471983"}',
        '{"question": Infinity, "phone": "(555) 201-7788"}',
        '{"question": -Infinity}',
        '{"question": "\\ud800 Maria Lopez MRN 4471983", "consumer_id": "\\udfff"}',
        '{"consumer_id": "\\ud800", "designee_id": NaN, "question": "Maria Lopez"}',
        '{"\\ud800": "Maria Lopez"}',
    ],
    ids=["nan", "infinity", "minus-infinity", "lone-surrogate", "surrogate-and-nan", "surrogate-key"],
)
def test_values_that_json_or_utf8_cannot_carry_are_a_422(
    caregiver: Caregiver, all_logs: pytest.LogCaptureFixture, route: str, raw: str
) -> None:
    """V5.1.3/V5.1.4 input is validated against a strict schema (no NaN, no unpaired surrogate), a 422 not a 500;
    V7.4.1 the error does not echo the input; V7.1.2 the body is not logged."""
    detail = _assert_refused(_post(caregiver, route, raw.encode(), "application/json"), 422, all_logs)
    assert all("input" not in error for error in detail)


@pytest.mark.parametrize("route", ["ask", "stream"])
@pytest.mark.parametrize("question", ["\x00", "\x00\x01\x1f\x7f", " \x00 \t\n"])
def test_a_question_of_only_control_characters_is_empty(
    caregiver: Caregiver, all_logs: pytest.LogCaptureFixture, route: str, question: str
) -> None:
    """V5.1.3 a question with nothing in it is refused with 422 "the question is empty", never answered."""
    raw = json.dumps({"question": question}).encode()
    detail = _assert_refused(_post(caregiver, route, raw, "application/json"), 422, all_logs)
    assert detail == "question: the question is empty"


def test_control_characters_inside_a_question_are_dropped_and_the_turn_is_answered(caregiver: Caregiver) -> None:
    """V5.1.3 input is canonicalised: a NUL can neither be stored (PostgreSQL) nor mean anything."""
    raw = json.dumps({"question": "What do we do if her blood\x00 sugar is low?"}).encode()
    response = _post(caregiver, "ask", raw, "application/json")
    assert response.status_code == 200, response.text[:300]
    history = caregiver.client.get(caregiver.body_routes[ROUTES["ask"]]).json()
    assert "\x00" not in history[0]["content"]


def _chunks(total: int, size: int = 65536) -> Any:
    sent = 0
    while sent < total:
        yield b" " * min(size, total - sent)
        sent += size


@pytest.mark.parametrize("route", list(ROUTES))
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_body_over_the_limit_is_a_413(
    caregiver: Caregiver, all_logs: pytest.LogCaptureFixture, route: str, chunked: bool
) -> None:
    """V12.1.1 a 10 MB body, declared or streamed in chunks, is refused with 413 before it is parsed or echoed."""
    body = b'{"question": "Maria Lopez MRN 4471983' + b" " * (10 * 1024 * 1024) + b'"}'
    content = _chunks(len(body)) if chunked else body
    response = _post(caregiver, route, content, "application/json")
    detail = _assert_refused(response, 413, all_logs)
    assert "65536" in detail
    assert len(response.content) < 1000


def test_a_body_at_the_limit_is_read(caregiver: Caregiver) -> None:
    """V12.1.1 the limit refuses only what is over it: a question padded to just under 64 KB gets its 422
    (too long a question), not a 413."""
    raw = json.dumps({"question": "x" * 65000}).encode()
    assert len(raw) <= 65536
    assert _post(caregiver, "ask", raw, "application/json").status_code == 422


@pytest.mark.parametrize("route", list(ROUTES))
def test_deeply_nested_json_is_a_client_error(
    caregiver: Caregiver, all_logs: pytest.LogCaptureFixture, route: str
) -> None:
    """V5.1.4/V12.1.1 JSON nested past the parser's depth is refused with 400 (it cannot be parsed), not a 500."""
    raw = b'{"question": "Maria Lopez", "x": ' + b"[" * 20000 + b"]" * 20000 + b"}"
    _assert_refused(_post(caregiver, route, raw, "application/json"), 400, all_logs)


def test_a_body_that_stops_arriving_is_a_408(security_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """V12.1.1 a client that declares more body than it sends does not hold the request open: 408 after the
    read timeout (shortened here from 30 s)."""
    monkeypatch.setattr(limits, "READ_TIMEOUT_S", 0.2)
    app = create_app(services=security_services)
    sent: list[dict[str, Any]] = []
    first = [{"type": "http.request", "body": b'{"consumer_id": "demo', "more_body": True}]

    async def receive() -> dict[str, Any]:
        if first:
            return first.pop()
        await asyncio.Event().wait()  # the rest never comes
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/v1/conversations",
        "raw_path": b"/api/v1/conversations",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    asyncio.run(asyncio.wait_for(app(scope, receive, send), 10))
    assert sent[0]["status"] == 408
    assert "stopped arriving" in json.loads(sent[1]["body"])["detail"]


class _Boom(RuntimeError):
    pass


class _FailingPipeline:
    """A pipeline whose failure quotes the question, as a validation or database error would."""

    def ask(self, *, conversation_id: str, question: str, owner: object = None) -> Any:
        raise _Boom(f"could not store {question!r}") from ValueError(f"row for {question}")


@pytest.mark.parametrize("route", ["ask", "stream"])
def test_an_unexpected_failure_is_a_plain_500_whose_log_line_names_no_one(
    caregiver: Caregiver, all_logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    """V7.4.1 an unexpected error gives a generic message and a request id to quote; V7.1.2 its log line names
    the exception type, the route and that id, never the question, names or record numbers."""
    monkeypatch.setattr(caregiver.services, "pipeline", _FailingPipeline())
    response = _post(caregiver, route, QUESTION_JSON, "application/json")
    assert response.status_code == 500
    assert response.json() == {"detail": "the service could not complete this request"}
    request_id = response.headers["x-request-id"]
    assert not leaked(all_logs)
    line = next(r.getMessage() for r in all_logs.records if request_id in r.getMessage())
    assert "_Boom" in line and "ValueError" in line
    assert "/api/v1/conversations/{conversation_id}/messages" in line
    assert caregiver.conversation_id not in line


def test_the_servers_own_exception_log_keeps_types_and_frames_but_no_text(caplog: pytest.LogCaptureFixture) -> None:
    """V7.1.2 what uvicorn logs for an exception that escaped the app ("Exception in ASGI application") holds
    the exception types and code frames, not the exception's text."""
    logger = logging.getLogger("tests.security.server")
    withhold = WithholdExceptionText()
    logger.addFilter(withhold)
    caplog.set_level(logging.DEBUG)
    try:
        try:
            raise KeyError(SENSITIVE_QUESTION)
        except KeyError as e:
            raise ValueError(IDENTIFIERS[0]) from e
    except ValueError:
        logger.exception("Exception in ASGI application")
    finally:
        logger.removeFilter(withhold)
    assert not leaked(caplog)
    assert "ValueError (message withheld)" in caplog.text and "KeyError" in caplog.text
    assert "test_hostile_input.py" in caplog.text
