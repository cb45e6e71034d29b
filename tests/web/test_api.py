"""The HTTP API through TestClient, with the app factory and real stores."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from guide.web.app import create_app

ELENA = {"X-Guide-User": "designee:demo-p1-rp1"}
TOM = {"X-Guide-User": "designee:demo-p2-rp2"}


@pytest.fixture
def client(demo_services):  # type: ignore[no-untyped-def]
    with TestClient(create_app(services=demo_services)) as c:
        yield c


def test_health_says_which_composer_answers(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok", "composer": "offline"}


def test_a_designee_starts_a_conversation_asks_and_reads_it_back(client: TestClient) -> None:
    created = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=ELENA)
    assert created.status_code == 201
    cid = created.json()["id"]
    assert created.json()["designee_id"] == "demo-p1-rp1"
    turn = client.post(
        f"/api/v1/conversations/{cid}/messages",
        json={"question": "What do we do if her blood sugar is low?"},
        headers=ELENA,
    )
    assert turn.status_code == 200
    body = turn.json()
    assert body["decision"] == "answered"
    assert body["citations"] and body["conversation_id"] == cid
    listed = client.get("/api/v1/conversations", headers=ELENA).json()
    assert cid in [c["id"] for c in listed]
    history = client.get(f"/api/v1/conversations/{cid}/messages", headers=ELENA).json()
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert history[1]["content"] == body["answer"]


def test_without_identity_every_api_call_is_401(client: TestClient) -> None:
    assert client.get("/api/v1/conversations").status_code == 401
    assert client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}).status_code == 401


def test_identity_header_is_ignored_unless_enabled(demo_services) -> None:  # type: ignore[no-untyped-def]
    demo_services.settings.dev_auth = False
    with TestClient(create_app(services=demo_services)) as c:
        assert c.get("/api/v1/conversations", headers=ELENA).status_code == 401


def test_a_designee_cannot_open_a_conversation_about_another_consumer(client: TestClient) -> None:
    response = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=TOM)
    assert response.status_code == 404


def test_a_designee_cannot_read_or_post_to_another_designees_conversation(client: TestClient) -> None:
    cid = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=ELENA).json()["id"]
    assert client.get(f"/api/v1/conversations/{cid}/messages", headers=TOM).status_code == 404
    posted = client.post(f"/api/v1/conversations/{cid}/messages", json={"question": "hi"}, headers=TOM)
    assert posted.status_code == 404
    assert cid not in [c["id"] for c in client.get("/api/v1/conversations", headers=TOM).json()]


def test_an_empty_question_is_a_422(client: TestClient) -> None:
    cid = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=ELENA).json()["id"]
    response = client.post(f"/api/v1/conversations/{cid}/messages", json={"question": "  "}, headers=ELENA)
    assert response.status_code == 422


def test_openapi_docs_are_served(client: TestClient) -> None:
    assert client.get("/docs").status_code == 200
    assert "/api/v1/conversations" in client.get("/openapi.json").json()["paths"]


def _events(raw: str) -> list[tuple[str, object]]:
    """Parse a text/event-stream body into (event, data) pairs."""
    import json

    out = []
    for block in raw.replace("\r\n", "\n").split("\n\n"):
        lines = [line for line in block.split("\n") if line and not line.startswith(":")]
        if not lines:
            continue
        event = next((line[6:].strip() for line in lines if line.startswith("event:")), "message")
        data = "\n".join(line[5:].removeprefix(" ") for line in lines if line.startswith("data:"))
        out.append((event, json.loads(data)))
    return out


def _conversation(client: TestClient, consumer: str, headers: dict[str, str]) -> str:
    return client.post("/api/v1/conversations", json={"consumer_id": consumer}, headers=headers).json()["id"]


def test_a_streamed_answer_starts_with_the_decision_and_adds_up_to_the_stored_reply(client: TestClient) -> None:
    cid = _conversation(client, "demo-p1", ELENA)
    with client.stream(
        "POST",
        f"/api/v1/conversations/{cid}/messages/stream",
        json={"question": "What should she eat for breakfast?"},
        headers=ELENA,
    ) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _events(response.read().decode())
    names = [e for e, _ in events]
    assert names[0] == "decision" and names[-2:] == ["citations", "done"]
    assert names.count("delta") >= 2
    streamed = "".join(d["text"] for e, d in events if e == "delta")  # type: ignore[index]
    history = client.get(f"/api/v1/conversations/{cid}/messages", headers=ELENA).json()
    assert streamed == history[-1]["content"]
    assert events[0][1]["decision"] == history[-1]["decision"]  # type: ignore[index]


def test_an_emergency_instruction_travels_whole_in_the_first_event(client: TestClient) -> None:
    cid = _conversation(client, "demo-p1", ELENA)
    with client.stream(
        "POST",
        f"/api/v1/conversations/{cid}/messages/stream",
        json={"question": "her sugar is 45 and she is confused and sweaty"},
        headers=ELENA,
    ) as response:
        events = _events(response.read().decode())
    first_event, first = events[0]
    assert first_event == "decision" and first["decision"] == "emergency"  # type: ignore[index]
    assert "911" in first["text"]  # type: ignore[index]
    assert "delta" not in [e for e, _ in events]


def test_streaming_someone_elses_conversation_is_404(client: TestClient) -> None:
    cid = _conversation(client, "demo-p1", ELENA)
    response = client.post(f"/api/v1/conversations/{cid}/messages/stream", json={"question": "hi"}, headers=TOM)
    assert response.status_code == 404
