"""Web fixtures: the app over a private copy of the indexed demo data, with the demo accounts."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from guide.demo.accounts import DEMO_PASSWORD, create_demo_accounts
from guide.web.app import create_app


@pytest.fixture
def app_services(demo_services):  # type: ignore[no-untyped-def]
    create_demo_accounts(demo_services)
    return demo_services


@pytest.fixture
def browser_client(app_services) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(create_app(services=app_services)) as client:
        yield client


def csrf_of(html: str) -> str:
    """The CSRF token a page's forms carry."""
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def sign_in(client: TestClient, username: str, password: str = DEMO_PASSWORD) -> TestClient:
    """Sign in through the real form."""
    token = csrf_of(client.get("/login").text)
    response = client.post(
        "/login", data={"username": username, "password": password, "csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303, response.text[:300]
    return client
