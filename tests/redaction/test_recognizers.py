"""Our YAML and code recognizers on their own (no spaCy): positives and negatives."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from redaction.recognizers import StreetAddressRecognizer, yaml_recognizers


@pytest.fixture(scope="module")
def recognizers() -> dict[str, EntityRecognizer]:
    """Every pattern recognizer we add to Presidio, by name."""
    found = {str(getattr(r, "name", "")): r for r in yaml_recognizers()}
    found["StreetAddressRecognizer"] = StreetAddressRecognizer()
    return found


def _found(recognizer: EntityRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, recognizer.supported_entities, None)  # type: ignore[arg-type]
    return [text[r.start : r.end] for r in results if r.score >= 0.5]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("UsPhoneRecognizer", "call (617) 555-0142 today", "(617) 555-0142"),
        ("UsPhoneRecognizer", "call 617.555.0142 today", "617.555.0142"),
        ("UsPhoneRecognizer", "call 617 555 0142 today", "617 555 0142"),
        ("UsPhoneRecognizer", "call +1 617-555-0142 today", "+1 617-555-0142"),
        ("UsPhoneRecognizer", "call 1-617-555-0142 today", "1-617-555-0142"),
        ("UsPhoneRecognizer", "call 6175550142 today", "6175550142"),
        ("UsPhoneRecognizer", "her cell is 555-0142", "555-0142"),
        ("MedicalRecordNumberRecognizer", "MRN 12345678", "12345678"),
        ("MedicalRecordNumberRecognizer", "MRN: 12345678.", "12345678"),
        ("MedicalRecordNumberRecognizer", "MR# 846029", "846029"),
        ("MedicalRecordNumberRecognizer", "medical record number A-7712-33", "A-7712-33"),
        ("MedicalRecordNumberRecognizer", "chart #H1234567", "H1234567"),
        ("DateOfBirthRecognizer", "DOB 3/2/48", "3/2/48"),
        ("DateOfBirthRecognizer", "she was born on March 2, 1948.", "March 2, 1948"),
        ("DateOfBirthRecognizer", "her birthday is 2 March", "2 March"),
        ("DateOfBirthRecognizer", "D.O.B.: 1948-03-02", "1948-03-02"),
        ("PersonalDateRecognizer", "seen on 03/14/2024", "03/14/2024"),
        ("EventDateRecognizer", "discharged on June 3", "June 3"),
        ("SsnRecognizer", "SSN 078-05-1120", "078-05-1120"),
        ("SsnRecognizer", "his social security number, it's 078 05 1120", "078 05 1120"),
        ("LabelledIdRecognizer", "Medicare ID 1EG4-TE5-MK72", "1EG4-TE5-MK72"),
        ("LabelledIdRecognizer", "member ID: XJH123456789", "XJH123456789"),
        ("LabelledIdRecognizer", "driver's license D1234567", "D1234567"),
        ("LabelledIdRecognizer", "passport number 912345678", "912345678"),
        ("StreetAddressRecognizer", "lives at 123 Main St Apt 4B, Springfield now", "123 Main St Apt 4B, Springfield"),
        ("StreetAddressRecognizer", "lives at 45 N. Elm Avenue", "45 N. Elm Avenue"),
        ("StreetAddressRecognizer", "moved to 8695 Silva Junction Apt. 492", "8695 Silva Junction Apt. 492"),
        ("StreetAddressRecognizer", "at 12 west 34th street", "12 west 34th street"),
        ("ZipCodeRecognizer", "mail to PO Box 4411", "PO Box 4411"),
        ("TitledNameRecognizer", "Mrs. Okonkwo called", "Okonkwo"),
        ("TitledNameRecognizer", "saw Dr. Patel-Shah", "Patel-Shah"),
        ("TitledNameRecognizer", "J. Smith signed it", "J. Smith"),
        ("RelationNameRecognizer", "my daughter Priya will come", "Priya"),
        ("RelationNameRecognizer", "Patient: Nguyen, Thi", "Nguyen, Thi"),
        ("RelationNameRecognizer", "Thanks, Kwame", "Kwame"),
        ("ProperNounRecognizer", "ask Oluwaseun about it", "Oluwaseun"),
        ("LowercaseNameRecognizer", "hi its nneka again", "nneka"),
    ],
)
def test_each_recognizer_finds_its_identifier(
    recognizers: dict[str, EntityRecognizer], name: str, text: str, expected: str
) -> None:
    assert expected in _found(recognizers[name], text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("UsPhoneRecognizer", "Take 500 mg twice a day"),
        ("UsPhoneRecognizer", "blood pressure 140/90, pulse 72"),
        ("UsPhoneRecognizer", "A1c 7.2 and a glucose of 48"),
        ("UsPhoneRecognizer", "2 tablets at 8 pm"),
        ("UsPhoneRecognizer", "invoice 1234567890123"),
        ("MedicalRecordNumberRecognizer", "Mr Brown is 84"),
        # a birth year alone is redacted since the thirty-third pass ('born in 1948': over 89 it must go under Safe
        # Harbor); a year not right after 'born' is not
        ("DateOfBirthRecognizer", "born in the spring, married in 1948"),
        ("DateOfBirthRecognizer", "born and raised in 1948 houses"),
        ("DateOfBirthRecognizer", "her birthday party is Saturday"),
        ("DateOfBirthRecognizer", "DOB 13/45/48"),
        ("PersonalDateRecognizer", "blood pressure 140/90"),
        ("PersonalDateRecognizer", "take 1/2 tablet"),
        ("PersonalDateRecognizer", "A1c 7.2"),
        ("SsnRecognizer", "code 000-12-3456"),
        ("SsnRecognizer", "code 666-12-3456"),
        ("LabelledIdRecognizer", "her insurance is Blue Cross"),
        ("LabelledIdRecognizer", "a member since 2019"),
        ("StreetAddressRecognizer", "500 mg St. John's wort daily"),
        ("StreetAddressRecognizer", "walked 2 laps around the park"),
        ("StreetAddressRecognizer", "3 times a day"),
        ("TitledNameRecognizer", "May I ask"),
        ("RelationNameRecognizer", "my daughter The"),
        ("ProperNounRecognizer", "The Tuesday visit was fine"),
        ("ProperNounRecognizer", "Yesterday Mom felt better"),
        ("LowercaseNameRecognizer", "she takes her pills at night"),
    ],
)
def test_recognizers_leave_ordinary_text_alone(recognizers: dict[str, EntityRecognizer], name: str, text: str) -> None:
    assert _found(recognizers[name], text) == []
