"""Shared fixtures for redaction tests."""

from __future__ import annotations

import pytest

from redaction import KnownIdentifier, Redactor

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
