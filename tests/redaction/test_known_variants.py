"""Known identifiers are found in every variant and map to one placeholder."""

from __future__ import annotations

import pytest

from redaction import KnownIdentifier, PseudonymVault, Redactor


@pytest.mark.parametrize(
    ("kind", "variants"),
    [
        (
            "PERSON",
            [
                "Maria Lopez",
                "Maria",
                "Lopez",
                "Mrs. Lopez",
                "Lopez, Maria",
                "M. Lopez",
                "maria",
                "LOPEZ, M.",
            ],
        ),
        (
            "DATE_OF_BIRTH",
            [
                "1948-03-02",
                "03/02/1948",
                "3/2/48",
                "March 2, 1948",
                "2 March 1948",
                "Mar. 2nd, 1948",
            ],
        ),
        (
            "PHONE_NUMBER",
            [
                "(617) 555-0142",
                "617.555.0142",
                "617 555 0142",
                "+1 617-555-0142",
                "6175550142",
                "555-0142",
            ],
        ),
        (
            "LOCATION",
            [
                "123 Main St Apt 4B, Springfield",
                "123 Main Street",
                "123 Main St #4B",
                "123 main st.",
            ],
        ),
        ("MEDICAL_RECORD_NUMBER", ["MRN 12345678", "12345678", "1234-5678"]),
        ("US_SSN", ["123-45-6789", "123 45 6789", "123456789"]),
        ("ID", ["1EG4-TE5-MK72", "1EG4TE5MK72"]),
        ("EMAIL_ADDRESS", ["ana.lopez@example.com", "Ana.Lopez@Example.com"]),
        (
            "URL",
            ["caringbridge.org/visit/marialopez", "https://www.caringbridge.org/visit/marialopez/"],
        ),
    ],
)
def test_every_variant_of_a_known_identifier_gets_the_same_placeholder(
    care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor, kind: str, variants: list[str]
) -> None:
    vault = PseudonymVault()
    seen: set[str] = set()
    for variant in variants:
        result = fast_redactor.redact(f"Note: {variant} today.", known=care_plan, vault=vault)
        assert variant not in result.text
        assert len(result.spans) == 1, (variant, result)
        assert result.spans[0].type == kind
        seen.update(result.placeholders)
    assert len(seen) == 1, seen


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez called",
        "Mrs. Lopez called",
        "Lopez, Maria called",
        "M.E. Lopez called",
        "José called",
        "Jose called",
    ],
)
def test_accents_and_initials_do_not_leak_a_known_name(fast_redactor: Redactor, text: str) -> None:
    known = [KnownIdentifier("PERSON", "María Elena López"), KnownIdentifier("PERSON", "José Ruiz")]
    result = fast_redactor.redact(text, known=known)
    assert result.text.endswith(" called")
    assert not any(w in result.text for w in ("Lopez", "Maria", "Jos"))


def test_spans_are_in_original_coordinates(care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor) -> None:
    text = "Call Maria at 617.555.0142 please"
    result = fast_redactor.redact(text, known=care_plan)
    assert [text[s.start : s.end] for s in result.spans] == ["Maria", "617.555.0142"]
    assert result.text == "Call <PERSON_1> at <PHONE_NUMBER_1> please"


def test_a_longer_name_match_wins_over_a_shared_family_name(
    care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor
) -> None:
    result = fast_redactor.redact("Ana Lopez visits Maria Lopez", known=care_plan)
    assert result.text == "<PERSON_1> visits <PERSON_2>"
    assert set(result.placeholders.values()) == {"Ana Lopez", "Maria Lopez"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives at 123 Main St Apt 4B, Springfield, MA 02139.", "He lives at <LOCATION_1>."),
        ("Mail goes to 123 Main Street.", "Mail goes to <LOCATION_1>."),
        ("She walks along Main St every day.", "She walks along <LOCATION_1> every day."),
    ],
)
def test_street_line_with_or_without_unit_and_city(
    care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor, text: str, expected: str
) -> None:
    assert fast_redactor.redact(text, known=care_plan).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Take 500 mg twice a day.",
        "Blood pressure 140/90 this morning.",
        "A1c 7.2, glucose 48.",
        "2 tablets at 8 pm.",
        "Ask about the lopezite mineral.",
        "Her number of steps was 5550142123.",
    ],
)
def test_text_without_known_identifiers_is_left_alone(
    care_plan: tuple[KnownIdentifier, ...], fast_redactor: Redactor, text: str
) -> None:
    assert fast_redactor.redact(text, known=care_plan).text == text
