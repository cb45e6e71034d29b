"""The recording proxy and the model judge against a local OpenAI-compatible server (real HTTP)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from devservers.openai_server import completion, serve
from evals.judges import OpenAIJudge, parse_verdict
from evals.recording import RecordingProxy, usage_of


def _ok(body: dict[str, Any]) -> tuple[int, Any, float]:
    return 200, completion("hello"), 0.0


def test_the_proxy_forwards_requests_and_keeps_each_body_with_its_usage() -> None:
    with serve(_ok) as fake, RecordingProxy(fake.base_url) as proxy:
        body = {"model": "m", "messages": [{"role": "user", "content": "José <PERSON_1>"}]}
        reply = httpx.post(f"{proxy.base_url}/chat/completions", json=body, headers={"Authorization": "Bearer sk-x"})
    assert reply.status_code == 200 and reply.json()["choices"][0]["message"]["content"] == "hello"
    assert fake.requests[0]["path"] == "/v1/chat/completions"
    assert fake.requests[0]["headers"]["authorization"] == "Bearer sk-x"
    [recorded] = proxy.requests
    assert json.loads(recorded.body) == body
    assert (recorded.status, recorded.prompt_tokens, recorded.completion_tokens) == (200, 10, 10)


def test_an_unreachable_endpoint_is_a_502_and_still_recorded() -> None:
    with RecordingProxy("http://127.0.0.1:9/v1", timeout_s=2) as proxy:
        reply = httpx.post(f"{proxy.base_url}/chat/completions", json={"messages": []})
    assert reply.status_code == 502
    assert [r.status for r in proxy.requests] == [502]


@pytest.mark.parametrize(
    ("payload", "usage"), [(b'{"usage": {"prompt_tokens": 7, "completion_tokens": 3}}', (7, 3)), (b"oops", (0, 0))]
)
def test_usage_is_read_from_the_reply_when_there_is_one(payload: bytes, usage: tuple[int, int]) -> None:
    assert usage_of(payload) == usage


@pytest.mark.parametrize(
    ("content", "verdict"),
    [
        ('{"explanation": "says 911", "criteria_met": true}', True),
        ('```json\n{"criteria_met": false}\n```', False),
        ('{"criteria_met": "yes"}', None),
        ("I think so", None),
    ],
)
def test_the_judges_verdict_is_read_only_from_its_json(content: str, verdict: bool | None) -> None:
    assert parse_verdict(content) is verdict


def test_the_judge_asks_the_endpoint_once_per_item_and_says_none_when_it_fails() -> None:
    def judge_reply(body: dict[str, Any]) -> tuple[int, Any, float]:
        prompt = body["messages"][0]["content"]
        met = "Call 911" in prompt and "urges calling 911" in prompt
        return 200, completion(json.dumps({"explanation": "x", "criteria_met": met})), 0.0

    with serve(judge_reply) as fake:
        judge = OpenAIJudge(model="judge-model", base_url=fake.base_url, api_key="sk-j")
        assert judge.grade(question="<PERSON_1> has chest pain", answer="Call 911 now.", criterion="urges calling 911")
        assert judge.grade(question="q", answer="Rest.", criterion="urges calling 911") is False
    assert [r["body"]["model"] for r in fake.requests] == ["judge-model", "judge-model"]
    assert fake.requests[0]["body"]["response_format"] == {"type": "json_object"}

    with serve(lambda body: (400, {"error": {"message": "bad"}}, 0.0)) as broken:
        judge = OpenAIJudge(model="judge-model", base_url=broken.base_url, api_key="sk-j")
        assert judge.grade(question="q", answer="a", criterion="c") is None  # ungraded, never guessed
