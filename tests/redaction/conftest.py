"""Shared fixtures for redaction tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from redaction import KnownIdentifier, Redactor

if TYPE_CHECKING:
    from guide.ml.embeddings import OnnxMiniLM

CARE_PLAN = (
    KnownIdentifier("PERSON", "Maria Lopez"),
    KnownIdentifier("PERSON", "Ana Lopez"),
    KnownIdentifier("PERSON", "Will Turner"),
    KnownIdentifier("DATE_OF_BIRTH", "1948-03-02"),
    KnownIdentifier("PHONE_NUMBER", "(617) 555-0142"),
    KnownIdentifier("EMAIL_ADDRESS", "ana.lopez@example.com"),
    KnownIdentifier("LOCATION", "123 Main St Apt 4B, Springfield, MA 02139"),
    KnownIdentifier("MEDICAL_RECORD_NUMBER", "MRN 12345678"),
    KnownIdentifier("US_SSN", "123-45-6789"),
    KnownIdentifier("ID", "Medicare ID 1EG4-TE5-MK72"),
    KnownIdentifier("URL", "https://www.caringbridge.org/visit/marialopez"),
)


@pytest.fixture(scope="session")
def care_plan() -> tuple[KnownIdentifier, ...]:
    """Known identifiers of one consumer and their network."""
    return CARE_PLAN


@pytest.fixture(scope="session")
def fast_redactor() -> Redactor:
    """Known-identifier matching only: no spaCy."""
    return Redactor(detect=False)


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    """Full detection, warmed up once for the session."""
    r = Redactor()
    r.warm_up()
    return r


@pytest.fixture(scope="session")
def model() -> OnnxMiniLM:
    """The service's word-vector model (the int8 ONNX MiniLM) that the looks in context were trained on."""
    from guide.ml.embeddings import OnnxMiniLM, redaction_word_vectors
    from guide.settings import Settings

    build = redaction_word_vectors(Settings(redaction_context=True))
    assert build is not None
    built = build()
    assert isinstance(built, OnnxMiniLM)  # the looks were trained on the ONNX model's windows
    return built
