"""`Redactor.prepare`: the detection engines built in a background thread while a command loads other things."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest

from redaction import RedactionError, Redactor
from redaction.backends import frameworks_visible, without_unused_frameworks
from redaction.spans import Candidate

with without_unused_frameworks():  # as the redactor imports it: spaCy and Presidio without torch
    import redaction.detect


def _join_prepare_threads() -> None:
    for thread in threading.enumerate():
        if thread.name == "redaction-prepare":
            thread.join(timeout=30)


class _SlowDetector:
    """Stands in for the real detector: its build waits until the test lets it finish."""

    builds = 0
    started = threading.Event()
    finish = threading.Event()

    def __init__(self, allow_list: tuple[str, ...] = ()) -> None:
        type(self).started.set()
        assert type(self).finish.wait(timeout=30)
        type(self).builds += 1

    def find(
        self, text: str, allow: tuple[str, ...] = (), protected: list[tuple[int, int]] | None = None
    ) -> list[Candidate]:
        start = text.index("Quinn")
        return [Candidate(start, start + len("Quinn"), "PERSON", 1)]

    def protected(self, text: str, allow: tuple[str, ...] = ()) -> list[tuple[int, int]]:
        return []


def test_the_first_redact_waits_for_the_background_build_and_the_detector_is_built_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_SlowDetector, "builds", 0)
    monkeypatch.setattr(_SlowDetector, "started", threading.Event())
    monkeypatch.setattr(_SlowDetector, "finish", threading.Event())
    monkeypatch.setattr(redaction.detect, "Detector", _SlowDetector)
    redactor = Redactor()
    redactor.prepare()  # returns at once
    assert _SlowDetector.started.wait(timeout=30)
    assert _SlowDetector.builds == 0
    result: list[str] = []
    asking = threading.Thread(target=lambda: result.append(redactor.redact("ask Quinn today").text))
    asking.start()
    asking.join(timeout=0.3)
    assert asking.is_alive() and not result  # the redact waits for the build
    _SlowDetector.finish.set()
    asking.join(timeout=30)
    _join_prepare_threads()
    assert result and "Quinn" not in result[0]
    assert _SlowDetector.builds == 1
    redactor.prepare()  # built already: nothing more
    _join_prepare_threads()
    assert _SlowDetector.builds == 1


def test_a_failed_background_build_is_logged_and_the_first_redact_fails_closed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    attempts: list[int] = []

    def broken(allow_list: tuple[str, ...] = ()) -> None:
        attempts.append(1)
        raise OSError("model files missing")

    monkeypatch.setattr(redaction.detect, "Detector", broken)
    redactor = Redactor()
    with caplog.at_level(logging.WARNING, logger="redaction.redactor"):
        redactor.prepare()
        _join_prepare_threads()
    assert "not built in advance (OSError)" in caplog.text
    with pytest.raises(RedactionError):
        redactor.redact("ask Quinn today")
    assert len(attempts) == 2  # the redact built again rather than trusting the failed attempt


def test_prepare_starts_nothing_when_detection_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []

    def never(allow_list: tuple[str, ...] = ()) -> None:
        built.append(1)
        raise AssertionError("built")

    monkeypatch.setattr(redaction.detect, "Detector", never)
    Redactor(detect=False).prepare()
    _join_prepare_threads()
    assert built == []


def test_code_that_needs_a_framework_waits_while_another_thread_hides_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The embedding model's first export imports torch; on a fresh folder it can run while the redactor's engines
    are imported on the background thread with torch hidden."""
    (tmp_path / "fake_framework_for_test.py").write_text("VALUE = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "fake_framework_for_test", raising=False)
    hiding, release = threading.Event(), threading.Event()

    def hide() -> None:
        with without_unused_frameworks(("fake_framework_for_test",)):
            hiding.set()
            release.wait(timeout=30)

    hider = threading.Thread(target=hide)
    hider.start()
    assert hiding.wait(timeout=30)
    got: list[object] = []

    def need() -> None:
        with frameworks_visible():
            import fake_framework_for_test

            got.append(fake_framework_for_test.VALUE)

    needer = threading.Thread(target=need)
    needer.start()
    needer.join(timeout=0.3)
    assert needer.is_alive() and not got  # waits for the hiding to end rather than failing to import
    release.set()
    hider.join(timeout=30)
    needer.join(timeout=30)
    assert got == [42]
