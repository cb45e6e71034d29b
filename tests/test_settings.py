"""Settings refuse unsafe combinations in production."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from guide.settings import Settings

SAFE = {"env": "production", "secret_key": "s3cret-for-prod", "llm_mode": "openai", "secure_cookies": True}


def test_development_defaults_are_embedded_and_offline() -> None:
    settings = Settings()
    assert (settings.llm_mode, settings.store_mode, settings.embeddings_mode) == ("offline", "embedded", "minilm")
    assert settings.sqlalchemy_url.startswith("sqlite:///")


def test_a_safe_production_configuration_is_accepted() -> None:
    assert Settings(**SAFE).env == "production"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"secret_key": "dev-only-secret-change-me"}, "GUIDE_SECRET_KEY"),
        ({"dev_auth": True}, "GUIDE_DEV_AUTH"),
        ({"llm_mode": "offline"}, "offline composer"),
        ({"redaction_detect": False}, "GUIDE_REDACTION_DETECT"),
        ({"secure_cookies": False}, "GUIDE_SECURE_COOKIES"),
    ],
)
def test_production_refuses_unsafe_settings(override: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Settings(**{**SAFE, **override})  # type: ignore[arg-type]


def test_offline_in_production_is_allowed_when_said_explicitly() -> None:
    settings = Settings(**{**SAFE, "llm_mode": "offline", "allow_offline_in_production": True})  # type: ignore[arg-type]
    assert settings.llm_mode == "offline"


def test_openai_key_is_read_from_the_standard_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    settings = Settings()
    assert settings.openai_api_key is not None and settings.openai_api_key.get_secret_value() == "sk-test"
    assert settings.openai_base_url == "http://127.0.0.1:9/v1"
