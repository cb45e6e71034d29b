"""No network at any point: building the engines and redacting emails/URLs with sockets blocked."""

from __future__ import annotations

import logging
import socket
from typing import Any

import pytest

from redaction import Redactor
from redaction.detect import build_analyzer
from redaction.offline import has_public_suffix, offline_extractor


class NetworkBlocked(AssertionError):
    """Raised by any attempt to open a connection."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly on any socket connect or DNS lookup."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise NetworkBlocked(f"network access attempted: {args[1:] if args else kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.slow
def test_building_and_using_the_detector_needs_no_network(no_network: None, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    build_analyzer.cache_clear()
    offline_extractor.cache_clear()
    redactor = Redactor()
    result = redactor.redact("Write to jo.smith@example.co.uk or see https://www.caringbridge.org/visit/jo")
    assert result.text == "Write to <EMAIL_ADDRESS_1> or see <URL_1>"
    noisy = [r for r in caplog.records if r.name.startswith("tldextract") and r.levelno >= logging.WARNING]
    assert noisy == []


def test_the_public_suffix_check_uses_the_bundled_snapshot(no_network: None) -> None:
    offline_extractor.cache_clear()
    assert has_public_suffix("someone@example.co.uk")
    assert not has_public_suffix("someone@localhost")
    assert offline_extractor().suffix_list_urls == ()
