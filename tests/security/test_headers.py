"""Response headers: nothing with patient information is cached, HSTS with secure cookies, a tight CSP, and no
public API docs in production."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from guide.services import Services
from guide.settings import Settings
from guide.web.app import create_app
from tests.conftest import make_settings
from tests.web.conftest import sign_in

PASSWORD = "an-admin-password"
PRODUCTION: dict[str, object] = {
    "env": "production",
    "secret_key": "a-production-secret",
    "secure_cookies": True,
    "llm_mode": "offline",
    "allow_offline_in_production": True,
}


def client_for(data_dir: Path, **settings: object) -> TestClient:
    services = Services(make_settings(data_dir, **settings))
    services.accounts.create_user(username="ada", password=PASSWORD, role="admin")
    return TestClient(create_app(services=services))


@pytest.mark.parametrize("path", ["/admin/audit", "/consent", "/api/v1/conversations", "/login", "/"])
def test_signed_in_pages_and_api_answers_are_never_stored(tmp_path: Path, path: str) -> None:
    """ASVS V8.2.1: anti-caching headers on every response that may carry patient information."""
    client = sign_in(client_for(tmp_path), "ada", PASSWORD)
    response = client.get(path, follow_redirects=False)
    assert response.status_code < 400 and response.headers["cache-control"] == "no-store"


def test_static_files_may_be_cached(tmp_path: Path) -> None:
    """ASVS V8.2.1: only the files every visitor shares are left cacheable."""
    static = next((Path(__file__).resolve().parents[2] / "guide" / "web" / "static").rglob("*.css"))
    response = client_for(tmp_path).get(f"/static/{static.name}")
    assert response.status_code == 200 and response.headers.get("cache-control") != "no-store"


@pytest.mark.parametrize(("secure", "expected"), [(True, "max-age=31536000; includeSubDomains"), (False, None)])
def test_hsts_is_sent_when_the_cookies_are_secure(tmp_path: Path, secure: bool, expected: str | None) -> None:
    """ASVS V14.4.5, V3.4.1: browsers keep to HTTPS when the session cookie is HTTPS-only."""
    response = client_for(tmp_path, secure_cookies=secure).get("/login")
    assert response.headers.get("strict-transport-security") == expected


@pytest.mark.parametrize("path", ["/login", "/evals/any/report"])
def test_the_csp_forbids_base_and_foreign_form_targets(tmp_path: Path, path: str) -> None:
    """ASVS V14.4.3: the CSP also pins <base> and where forms may post."""
    policy = client_for(tmp_path).get(path).headers["content-security-policy"]
    assert "base-uri 'none'" in policy and ("form-action 'self'" in policy or "form-action 'none'" in policy)


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/openapi.json"])
def test_api_docs_are_off_in_production_unless_the_setting_turns_them_on(tmp_path: Path, path: str) -> None:
    """ASVS V14.3.2: production does not publish its API surface unless asked to."""
    off = TestClient(create_app(Settings(**{**PRODUCTION, "data_dir": tmp_path})))  # type: ignore[arg-type]
    assert off.get(path).status_code == 404
    on = TestClient(create_app(Settings(**{**PRODUCTION, "data_dir": tmp_path, "api_docs_in_production": True})))  # type: ignore[arg-type]
    assert on.get(path).status_code == 200


def test_api_docs_stay_on_in_development(tmp_path: Path) -> None:
    """ASVS V14.3.2: the README's /docs link keeps working on a developer's machine."""
    client = TestClient(create_app(Settings(data_dir=tmp_path)))
    assert client.get("/docs").status_code == 200 and client.get("/openapi.json").status_code == 200
