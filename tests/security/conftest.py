"""Security fixtures: the real app over a copy of the indexed demo data, a caregiver signed in through the real
form (once per module: a fresh app loads its models again), and a log captured at DEBUG from every logger, to
search for the identifiers a test sent."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from guide.demo.accounts import create_demo_accounts
from guide.services import Services
from guide.web.app import create_app
from tests.conftest import copy_data_dir, make_settings
from tests.web.conftest import app_services, browser_client, csrf_of, sign_in  # noqa: F401 - shared fixtures

# What a family might type: a name, a record number, a phone. None of it may reach a log.
IDENTIFIERS = ("Maria Lopez", "MRN 4471983", "4471983", "(555) 201-7788", "201-7788")
SENSITIVE_QUESTION = "Maria Lopez, MRN 4471983, (555) 201-7788: her sugar is 45, what do we do?"
# SQLAlchemy's echo prints every statement's parameters and every row by design; SQLAlchemy keeps it off
# (its logger at WARNING) and the service never turns it on, so it stays at its own level here.
ECHO_LOGGERS = ("sqlalchemy",)


@dataclass
class Caregiver:
    """A signed-in caregiver's client, the CSRF header the API wants, and a conversation of theirs."""

    services: Services
    client: TestClient
    csrf: dict[str, str]
    conversation_id: str

    @property
    def body_routes(self) -> list[str]:
        """Every API route that takes a body."""
        cid = self.conversation_id
        return [
            "/api/v1/conversations",
            f"/api/v1/conversations/{cid}/messages",
            f"/api/v1/conversations/{cid}/messages/stream",
        ]


@pytest.fixture(scope="module")
def security_services(indexed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Services:
    """Services over a private copy of the indexed demo data, with the demo accounts."""
    data_dir = tmp_path_factory.mktemp("security") / "data"
    copy_data_dir(indexed_dir, data_dir)
    services = Services(make_settings(data_dir))
    create_demo_accounts(services)
    return services


@pytest.fixture(scope="module")
def caregiver(security_services: Services) -> Iterator[Caregiver]:
    """Elena, signed in, with one conversation about the consumer who designated her."""
    with TestClient(create_app(services=security_services)) as client:
        sign_in(client, "elena")
        csrf = {"X-CSRF-Token": csrf_of(client.get("/chat/demo-p1").text)}
        created = client.post("/api/v1/conversations", json={"consumer_id": "demo-p1"}, headers=csrf)
        assert created.status_code == 201, created.text
        yield Caregiver(security_services, client, csrf, created.json()["id"])


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> pytest.LogCaptureFixture:
    """caplog at DEBUG on the root and on every logger that sets its own level or keeps its records to itself."""
    caplog.set_level(logging.DEBUG)
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if not isinstance(logger, logging.Logger) or name.startswith(ECHO_LOGGERS):
            continue
        if logger.level != logging.NOTSET:
            caplog.set_level(logging.DEBUG, logger=name)
        if not logger.propagate:
            monkeypatch.setattr(logger, "propagate", True)
    return caplog


def leaked(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The identifiers found in the captured log, messages and tracebacks alike."""
    text = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    return [i for i in IDENTIFIERS if i in text]
