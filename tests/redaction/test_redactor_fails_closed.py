"""Any failure inside redaction surfaces as RedactionError so callers fail closed."""

from __future__ import annotations

import pytest

from redaction import KnownIdentifier, RedactionError, Redactor


def test_a_non_string_text_raises_redaction_error() -> None:
    with pytest.raises(RedactionError) as info:
        Redactor(detect=False).redact(b"bytes")  # type: ignore[arg-type]
    assert isinstance(info.value.__cause__, TypeError)


def test_a_bad_known_item_raises_redaction_error() -> None:
    with pytest.raises(RedactionError):
        Redactor(detect=False).redact("x", known=[("PERSON", "Ann")])  # type: ignore[list-item]


def test_a_failing_detector_raises_redaction_error(monkeypatch: pytest.MonkeyPatch) -> None:
    redactor = Redactor(detect=True)

    def boom() -> None:
        raise RuntimeError("engine down")

    monkeypatch.setattr(redactor, "_get_detector", boom)
    with pytest.raises(RedactionError) as info:
        redactor.redact("Maria called", known=[KnownIdentifier("PERSON", "Maria Lopez")])
    assert isinstance(info.value.__cause__, RuntimeError)


def test_constructing_a_redactor_builds_no_engine() -> None:
    redactor = Redactor()
    assert redactor._detector is None


def test_known_identifier_types_are_normalised() -> None:
    assert KnownIdentifier("person", "Ann").type == "PERSON"
