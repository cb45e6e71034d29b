"""No identifier in a model request, a log line or the vector store; redaction fails closed."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import pytest

from devservers.openai_server import completion, serve
from guide.careplan.fhir_import import load_bundle
from guide.demo import demo_bundles
from guide.services import Services
from guide.turn.redact import known_identifiers
from tests.conftest import make_settings

CONVERSATIONS = {
    "demo-p2": [
        "Grace here, Walter Okonkwo's wife. Can Mr. Okonkwo take ginkgo? Call me at 508-555-0117.",
        "Dr. Feldman said to weigh him daily; his DOB is 11/19/1941 and MRN-5520918, how much fluid?",
    ],
    "demo-p3": [
        "Michael Sullivan here, Margaret's son (413) 555-0129. Peggy fell at 8 Quarry Road, what now?",
        "Mrs. Sullivan's daughter Anne Reyes asks how to help her sleep, email anne.reyes@example.org",
    ],
}


def _reply(body: dict[str, Any]) -> tuple[int, Any, float]:
    draft = {"answer": "See the care plan. [1]", "cited": [1], "confidence": 0.9, "needs_review": False, "reasons": []}
    return 200, completion(json.dumps(draft)), 0.0


def _identifiers(consumer: str) -> list[str]:
    plan = next(load_bundle(p) for p in demo_bundles() if load_bundle(p).consumer.id == consumer)
    values = [k.value for k in known_identifiers(plan)]
    values += [*plan.consumer.name.given, plan.consumer.name.family or ""]
    values += [d.name.family or "" for d in plan.designees] + [g for d in plan.designees for g in d.name.given]
    return [v for v in values if v]


def test_conversations_naming_the_network_leak_nothing_to_the_model_or_the_logs(demo_services, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    with serve(_reply) as fake:
        settings = make_settings(
            demo_services.settings.data_dir, llm_mode="openai", openai_base_url=fake.base_url, openai_api_key="sk-test"
        )
        services = Services(settings)
        for consumer, questions in CONVERSATIONS.items():
            conversation = services.store.create(consumer_id=consumer, designee_id=None, owner=f"consumer:{consumer}")
            for question in questions:
                services.pipeline.ask(conversation_id=conversation.id, question=question, owner=f"consumer:{consumer}")
    sent = fake.sent_text().lower()
    logged = "\n".join(r.getMessage() for r in caplog.records).lower()
    assert fake.requests, "the model was called"
    assert logged, "the pipeline logged something"
    for consumer in CONVERSATIONS:
        for value in _identifiers(consumer):
            assert not _contains(sent, value), f"{value!r} was sent to the model"
            assert not _contains(logged, value), f"{value!r} was logged"


def _contains(text: str, value: str) -> bool:
    """Whole-word, case-insensitive: "Tom" is not in "stomach"."""
    return re.search(rf"(?<![a-z0-9]){re.escape(value.lower())}(?![a-z0-9])", text) is not None


def test_when_redaction_fails_nothing_is_sent_and_the_turn_goes_to_review(demo_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with serve(_reply) as fake:
        settings = make_settings(demo_services.settings.data_dir, llm_mode="openai", openai_base_url=fake.base_url)
        services = Services(settings)

        def broken(*args: object, **kwargs: object) -> None:
            raise RuntimeError("detector crashed")

        monkeypatch.setattr(services.redact.redactor, "redact", broken)
        conversation = services.store.create(consumer_id="demo-p1", designee_id=None, owner="consumer:demo-p1")
        result = services.pipeline.ask(
            conversation_id=conversation.id, question="How do I check her feet?", owner="consumer:demo-p1"
        )
    assert fake.requests == []
    assert result.decision == "needs_review"
    assert "redaction_failed" in result.reasons
    assert services.store.messages(conversation.id)[0].content == "How do I check her feet?"


@pytest.mark.parametrize("consumer", ["demo-p2", "demo-p3"])
def test_no_identifier_reaches_chroma_metadata_or_ids(demo_services, consumer: str) -> None:  # type: ignore[no-untyped-def]
    from guide.ml.vectorstore import CAREPLAN

    stored = " ".join(demo_services.vectors.documents(CAREPLAN, {"consumer_id": consumer}))
    stored += " ".join(demo_services.vectors.ids(CAREPLAN, {"consumer_id": consumer}))
    for value in _identifiers(consumer):
        assert not _contains(stored.lower(), value), f"{value!r} reached the vector store"
