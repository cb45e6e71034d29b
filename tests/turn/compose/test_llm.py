"""The LLM composer against a local OpenAI-compatible server that the tests start."""

from __future__ import annotations

import json
from typing import Any

import pytest

from devservers.openai_server import completion, serve
from guide.careplan.fhir_import import load_bundle
from guide.demo import demo_bundles
from guide.services import Services
from guide.turn.compose.llm import count_tokens
from guide.turn.contracts import codes
from tests.conftest import make_settings
from tests.fakes.reviews import review_items

QUESTION = "Rosa Delgado asked me, her daughter Elena Martinez (617.555.0177), how often to check her sugar?"


def _services(demo_services, base_url: str, **overrides: Any) -> Services:  # type: ignore[no-untyped-def]
    values: dict[str, Any] = {
        "llm_mode": "openai",
        "openai_base_url": base_url,
        "openai_api_key": "sk-test",
        "llm_model": "test-model",
        "llm_timeout_s": 2.0,
        "llm_max_attempts": 2,
    }
    settings = make_settings(demo_services.settings.data_dir, **{**values, **overrides})
    return Services(settings)


def _ask(services: Services, question: str = QUESTION):  # type: ignore[no-untyped-def]
    conversation = services.store.create(consumer_id="demo-p1", designee_id="demo-p1-rp1", owner="designee:demo-p1-rp1")
    return conversation.id, services.pipeline.ask(
        conversation_id=conversation.id, question=question, owner="designee:demo-p1-rp1"
    )


def _quoting_reply(body: dict[str, Any]) -> tuple[int, Any, float]:
    """A well-behaved model: quotes the first sentence of passage 1 and cites it."""
    lines = body["messages"][-1]["content"].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("[1] ("))
    sentence = lines[start + 1].split(". ")[0].rstrip(".")
    draft = {"answer": f"{sentence}. [1]", "cited": [1], "confidence": 0.9, "needs_review": False, "reasons": []}
    return 200, completion(json.dumps(draft)), 0.0


def test_request_shape_and_structured_output_give_a_cited_answer(demo_services) -> None:  # type: ignore[no-untyped-def]
    with serve(_quoting_reply) as fake:
        _, result = _ask(_services(demo_services, fake.base_url))
    assert result.decision == "answered", result.reasons
    assert result.citations and result.answer.endswith("[1]")
    request = fake.requests[0]
    assert request["path"] == "/v1/chat/completions"
    # the turn carries the composer's own count of the prompt it sent (no shared counter on the composer)
    sent = sum(count_tokens(m["content"]) for m in request["body"]["messages"])
    assert result.prompt_tokens == sent
    assert request["headers"]["authorization"] == "Bearer sk-test"
    body = request["body"]
    assert body["model"] == "test-model"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert body["response_format"]["type"] == "json_schema"
    assert "[1] (" in body["messages"][1]["content"]


def test_no_known_identifier_reaches_the_model(demo_services) -> None:  # type: ignore[no-untyped-def]
    plan = load_bundle(next(p for p in demo_bundles() if p.name == "demo_p1.json"))
    with serve(_quoting_reply) as fake:
        services = _services(demo_services, fake.base_url)
        _ask(services)
        _ask(services, "Can Mrs. Delgado's son Luis call Dr. Raman at (617) 555-0190 about her feet?")
    sent = fake.sent_text().lower()
    for value in [
        "rosa",
        "delgado",
        "elena",
        "martinez",
        "luis",
        "raman",
        "617.555.0177",
        "555-0190",
        "555-0142",
        plan.consumer.identifiers[0].value.lower(),
        "alder street",
    ]:
        assert value.lower() not in sent, f"{value!r} was sent to the model"
    assert "<person_" in sent


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (lambda body: (200, completion("this is not json"), 0.0), "model_error"),
        (lambda body: (200, completion(json.dumps({"answer": "x"})), 0.0), "model_error"),
        (lambda body: (500, {"error": {"message": "boom", "type": "server_error"}}, 0.0), "model_error"),
        (lambda body: (200, completion("{}"), 5.0), "model_error"),
    ],
    ids=["malformed-json", "missing-fields", "http-500", "timeout"],
)
def test_a_failing_model_sends_the_turn_to_review_and_keeps_the_question(demo_services, reply, reason: str) -> None:  # type: ignore[no-untyped-def]
    with serve(reply) as fake:
        services = _services(demo_services, fake.base_url)
        conversation_id, result = _ask(services)
    assert result.decision == "needs_review"
    assert reason in result.reasons
    assert "care team" in result.answer
    stored = services.store.messages(conversation_id)
    assert stored[0].role == "user" and stored[0].content == QUESTION
    assert review_items(services.store, "demo-p1")


def test_server_errors_are_retried_a_bounded_number_of_times(demo_services) -> None:  # type: ignore[no-untyped-def]
    with serve(lambda body: (500, {"error": {"message": "boom"}}, 0.0)) as fake:
        _ask(_services(demo_services, fake.base_url, llm_max_attempts=3))
    assert len(fake.requests) == 3


def test_a_malformed_reply_is_not_retried(demo_services) -> None:  # type: ignore[no-untyped-def]
    with serve(lambda body: (200, completion("not json"), 0.0)) as fake:
        _ask(_services(demo_services, fake.base_url, llm_max_attempts=3))
    assert len(fake.requests) == 1


def test_the_model_asking_for_review_is_honoured(demo_services) -> None:  # type: ignore[no-untyped-def]
    draft = {
        "answer": "I am not sure. [1]",
        "cited": [1],
        "confidence": 0.2,
        "needs_review": True,
        "reasons": ["unclear"],
    }
    with serve(lambda body: (200, completion(json.dumps(draft)), 0.0)) as fake:
        _, result = _ask(_services(demo_services, fake.base_url))
    assert result.decision == "needs_review"
    assert "model_needs_review" in result.reasons


def test_the_models_own_reading_of_the_question_becomes_reasons_the_policy_weighs() -> None:
    from guide.careplan.passages import Passage
    from guide.turn.compose.llm import DraftAnswer, _composition

    passage = Passage(id="kb:x#summary", kind="knowledge", section="summary", title="X", text="Walk daily.")
    draft = DraftAnswer(
        answer="Walk daily. [1]",
        cited=[1],
        confidence=0.9,
        needs_review=False,
        intents=["medicine_change", "plan_question", "emergency_report"],
    )
    composition = _composition(draft, [passage], "openai:test")
    assert "model_intent:medicine_change" in codes(composition.reasons)
    assert "model_emergency:emergency_report" in codes(composition.reasons)
    assert not any("plan_question" in r for r in codes(composition.reasons))


def test_an_emergency_only_the_model_reads_gets_the_emergency_instruction(demo_services) -> None:  # type: ignore[no-untyped-def]
    """The more cautious of the two readings wins: a message no red flag or classifier calls an emergency, read as
    one by the model, gets the emergency instruction (not its draft) and an urgent review item."""
    draft = {
        "answer": "Check her sugar before breakfast. [1]",
        "cited": [1],
        "confidence": 0.9,
        "needs_review": False,
        "reasons": [],
        "intents": ["emergency_report"],
    }
    with serve(lambda body: (200, completion(json.dumps(draft)), 0.0)) as fake:
        services = _services(demo_services, fake.base_url)
        conversation_id, result = _ask(services, "how often should she check her sugar?")
    assert fake.requests, "the model was asked"
    assert result.decision == "emergency", result.reasons
    assert "call 911" in result.answer and "Check her sugar" not in result.answer
    assert any(r.startswith("model_emergency") for r in result.reasons)
    items = [i for i in review_items(services.store, "demo-p1") if i.conversation_id == conversation_id]
    assert [i.urgency for i in items] == ["urgent"]
