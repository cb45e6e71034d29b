"""Production refuses demo accounts, the published demo password and unsafe settings, and never echoes a secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from typer.testing import CliRunner

from guide.cli import app as cli
from guide.demo.accounts import DEMO_PASSWORD, DEMO_USERS, DemoAccountsInProductionError, create_demo_accounts
from guide.services import Services
from guide.settings import Settings
from guide.web.app import create_app

runner = CliRunner()
SECRET = "Zq8-vW3xKp0-mT7yRb2-hN5sLc9-fJ4dGe6-tail"
PRODUCTION: dict[str, object] = {
    "env": "production",
    "secret_key": SECRET,
    "secure_cookies": True,
    "llm_mode": "offline",
    "allow_offline_in_production": True,
}
PRODUCTION_ENV = {
    "GUIDE_ENV": "production",
    "GUIDE_SECRET_KEY": SECRET,
    "GUIDE_SECURE_COOKIES": "true",
    "GUIDE_LLM_MODE": "offline",
    "GUIDE_ALLOW_OFFLINE_IN_PRODUCTION": "true",
}


def production(data_dir: Path, **overrides: object) -> Services:
    return Services(Settings(**{**PRODUCTION, "data_dir": data_dir, **overrides}))  # type: ignore[arg-type]


def pieces_of(secret: str, size: int = 4) -> list[str]:
    return [secret[i : i + size] for i in range(len(secret) - size + 1)]


@pytest.fixture
def demo_database(demo_services) -> Path:  # type: ignore[no-untyped-def]
    """The data folder `guide demo load` leaves: demo consumers, the knowledge base and the demo accounts."""
    create_demo_accounts(demo_services)
    return Path(demo_services.settings.data_dir)


@pytest.fixture
def production_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name, value in PRODUCTION_ENV.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


@pytest.mark.parametrize(
    "unsafe",
    [{"secure_cookies": False}, {"dev_auth": True}, {"redaction_detect": False}, {"session_hours": -1}],
)
def test_a_refused_configuration_names_the_setting_and_no_part_of_the_secret(unsafe: dict[str, object]) -> None:
    """ASVS V7.1.1, V14.3.1: a refused start says what is wrong, never a credential (not even its tail)."""
    with pytest.raises(ValidationError) as refused:
        Settings(**{**PRODUCTION, **unsafe})  # type: ignore[arg-type]
    message = str(refused.value) + repr(refused.value)
    assert not [piece for piece in pieces_of(SECRET) if piece in message]


def test_guide_serve_with_a_refused_configuration_prints_one_line_without_the_secret(production_env) -> None:  # type: ignore[no-untyped-def]
    """ASVS V7.1.1, V14.3.1: the command line names the setting and exits 2; the secret stays out of the terminal."""
    production_env.setenv("GUIDE_SECURE_COOKIES", "false")
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "GUIDE_SECURE_COOKIES" in result.output
    assert not [piece for piece in pieces_of(SECRET) if piece in result.output]


def test_a_production_start_over_a_demo_database_refuses_naming_the_accounts_to_remove(demo_database: Path) -> None:
    """ASVS V2.5.4: no shared or default account survives into production; the message says which and how."""
    app = create_app(services=production(demo_database))
    with pytest.raises(DemoAccountsInProductionError) as refused, TestClient(app):
        pass
    message = str(refused.value)
    assert all(f"{name} (demo account)" in message for name in DEMO_USERS)
    assert "guide users remove admin anne" in message and "guide users list --demo" in message


def test_guide_serve_over_a_demo_database_exits_2_before_uvicorn_starts(demo_database, production_env) -> None:  # type: ignore[no-untyped-def]
    """ASVS V2.5.4: `guide serve` refuses with the accounts to remove and never starts the server."""
    import uvicorn

    production_env.setenv("GUIDE_DATA_DIR", str(demo_database))
    production_env.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("uvicorn started"))
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "refusing to start in production" in result.output and "admin (demo account)" in result.output


def test_an_account_with_the_demo_password_is_refused_whatever_its_name(tmp_path: Path) -> None:
    """ASVS V2.5.4, V2.1.7: an account that kept the published demo password is named as one to remove."""
    services = production(tmp_path)
    services.accounts.create_user(username="ops.lead", password=DEMO_PASSWORD, role="admin")
    services.accounts.create_user(username="nurse.real", password="a-real-long-password", role="clinician")
    app = create_app(services=services)
    with pytest.raises(DemoAccountsInProductionError, match=r"ops\.lead \(demo password\)") as refused, TestClient(app):
        pass
    assert "nurse.real" not in str(refused.value)


def test_after_guide_users_remove_the_production_start_goes_ahead(demo_database, production_env) -> None:  # type: ignore[no-untyped-def]
    """ASVS V2.5.4: `guide users list --demo` lists the accounts and `guide users remove` clears the way."""
    production_env.setenv("GUIDE_DATA_DIR", str(demo_database))
    listed = runner.invoke(cli, ["users", "list", "--demo"])
    assert listed.exit_code == 0 and set(listed.output.split()) >= set(DEMO_USERS)
    removed = runner.invoke(cli, ["users", "remove", "--yes", *DEMO_USERS])
    assert removed.exit_code == 0, removed.output
    assert runner.invoke(cli, ["users", "list", "--demo"]).output == ""
    with TestClient(create_app(services=production(demo_database))) as client:
        assert client.get("/health").status_code == 200


def test_removing_an_unknown_user_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ASVS V2.5.4: the removal command is explicit about what it did not find."""
    monkeypatch.setenv("GUIDE_DATA_DIR", str(tmp_path))
    result = runner.invoke(cli, ["users", "remove", "--yes", "nobody"])
    assert result.exit_code == 2 and "no such user: nobody" in result.output


def test_guide_demo_load_in_production_refuses_before_importing_or_indexing(tmp_path: Path, production_env) -> None:  # type: ignore[no-untyped-def]
    """ASVS V2.5.4: the demo loader checks the environment first and leaves nothing behind."""
    import guide.careplan.importer
    import guide.knowledge.indexer

    production_env.setenv("GUIDE_DATA_DIR", str(tmp_path / "data"))
    production_env.setattr(guide.careplan.importer, "import_care_plans", lambda *a, **k: pytest.fail("imported"))
    production_env.setattr(guide.knowledge.indexer, "index_knowledge", lambda *a, **k: pytest.fail("indexed"))
    result = runner.invoke(cli, ["demo", "load"])
    assert result.exit_code == 2 and "never runs in production" in result.output
    assert not (tmp_path / "data").exists()


def test_guide_users_add_refuses_the_demo_password_in_production(tmp_path: Path, production_env) -> None:  # type: ignore[no-untyped-def]
    """ASVS V2.1.7, V2.5.4: a new production account cannot take the published demo password."""
    production_env.setenv("GUIDE_DATA_DIR", str(tmp_path))
    result = runner.invoke(cli, ["users", "add", "ops", "--role", "admin"], input=f"{DEMO_PASSWORD}\n" * 2)
    assert result.exit_code == 2 and "published demo password" in result.output
