"""Knowledge-base search over HTTP (`GET /api/v1/knowledge/search`), authenticated as the other API routes are."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from guide.web.app import create_app

OPERATOR = {"X-Guide-User": "operator:cli"}
ELENA = {"X-Guide-User": "designee:demo-p1-rp1"}
SEARCH = "/api/v1/knowledge/search"


@pytest.fixture
def client(demo_services):  # type: ignore[no-untyped-def]
    with TestClient(create_app(services=demo_services)) as c:
        yield c


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("what do we do when her blood sugar is low", "low-blood-sugar-what-to-do"),
        ("can he take tumeric", "turmeric"),  # a misspelling, expanded as for a turn
        ("she cannot fall asleep at night", "insomnia-and-cbt-i"),
    ],
)
def test_a_signed_in_caller_finds_the_article_a_family_means(client: TestClient, query: str, article: str) -> None:
    response = client.get(SEARCH, params={"q": query}, headers=ELENA)
    assert response.status_code == 200
    hits = response.json()
    assert article in [h["id"] for h in hits[:3]]
    assert all(set(h) == {"id", "title", "modality", "score", "snippet"} for h in hits)
    assert [h["score"] for h in hits] != [] and all(0.0 <= h["score"] <= 1.0 for h in hits)


def test_the_api_gives_what_the_search_function_gives(client: TestClient, demo_services) -> None:  # type: ignore[no-untyped-def]
    from guide.knowledge.lookup import search

    query = "is it safe to use a heating pad for back pain"
    expected = search(demo_services, query, k=7, modality=None)
    response = client.get(SEARCH, params={"q": query, "k": 7}, headers=OPERATOR)
    assert response.status_code == 200
    assert response.json() == expected
    assert len(expected) == 7


def test_k_and_modality_narrow_the_hits(client: TestClient) -> None:
    hits = client.get(SEARCH, params={"q": "help with sleep", "k": 3, "modality": "lifestyle"}, headers=OPERATOR).json()
    assert len(hits) == 3
    assert {h["modality"] for h in hits} == {"lifestyle"}
    assert client.get(SEARCH, params={"q": "sleep", "modality": "no-such-kind"}, headers=OPERATOR).json() == []


@pytest.mark.parametrize(
    ("params", "headers", "status"),
    [
        ({"q": "sleep"}, {}, 401),  # nobody signed in
        ({"q": "sleep"}, {"X-Guide-User": "operator:"}, 401),  # an operator with no name is nobody
        ({"q": "sleep"}, {"X-Guide-User": "consumer:nobody-here"}, 401),
        ({}, OPERATOR, 422),  # no query
        ({"q": "   "}, OPERATOR, 422),
        ({"q": "sleep", "k": 0}, OPERATOR, 422),
        ({"q": "sleep", "k": 51}, OPERATOR, 422),
        ({"q": "x" * 2001}, OPERATOR, 422),
    ],
)
def test_refused_searches(client: TestClient, params: dict[str, object], headers: dict[str, str], status: int) -> None:
    assert client.get(SEARCH, params=params, headers=headers).status_code == status


def test_the_operator_identity_is_ignored_unless_development_identities_are_on(demo_services) -> None:  # type: ignore[no-untyped-def]
    demo_services.settings.dev_auth = False
    with TestClient(create_app(services=demo_services)) as c:
        assert c.get(SEARCH, params={"q": "sleep"}, headers=OPERATOR).status_code == 401


def test_the_operator_identity_reads_no_consumer_data(client: TestClient) -> None:
    assert client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=OPERATOR).status_code == 404
    assert client.get("/api/v1/conversations", headers=OPERATOR).json() == []
    created = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=ELENA).json()
    assert client.get(f"/api/v1/conversations/{created['id']}/messages", headers=OPERATOR).status_code == 404


def test_an_unindexed_knowledge_base_is_a_503_saying_what_to_run(tmp_path: Path) -> None:
    from guide.services import Services
    from tests.conftest import make_settings

    with TestClient(create_app(services=Services(make_settings(tmp_path)))) as c:
        response = c.get(SEARCH, params={"q": "sleep"}, headers={"X-Guide-User": "operator:cli"})
    assert response.status_code == 503
    assert "guide kb index" in response.json()["detail"]
