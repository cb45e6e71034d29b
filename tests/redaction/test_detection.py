"""Detection of identifiers nobody told us about, with Presidio + spaCy + our recognizers."""

from __future__ import annotations

import logging

import pytest

from redaction import KnownIdentifier, PseudonymVault, Redactor

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mrs. Okonkwo called about her pills.", "Okonkwo"),
        ("Patient: Nguyen, Thi\nDOB: 4/5/39", "Nguyen"),
        ("Patient: Nguyen, Thi\nDOB: 4/5/39", "Thi"),
        ("J. Smith dropped off the walker.", "Smith"),
        ("My daughter Priya will bring dinner.", "Priya"),
        ("Ask Oluwaseun to call me.", "Oluwaseun"),
        ("Please call me at 617.555.0142 after 5.", "617.555.0142"),
        ("Her cell is +1 (415) 555 0199.", "415"),
        ("His number is 617 555 0142.", "0142"),
        ("MRN 12345678, seen today.", "12345678"),
        ("MR# 846029 on the wristband.", "846029"),
        ("medical record number A-7712-33", "7712"),
        ("She lives at 123 Main St Apt 4B, Springfield.", "Main"),
        ("She lives at 123 Main St Apt 4B, Springfield.", "Springfield"),
        ("DOB 3/2/48, allergic to sulfa.", "3/2/48"),
        ("Dad was born on March 2, 1948.", "1948"),
        ("SSN 078-05-1120 for the form.", "1120"),
        ("Medicare ID 1EG4-TE5-MK72 is on the card.", "MK72"),
        ("Email jo.smith@gmail.com for updates.", "jo.smith"),
        ("Updates at www.caringbridge.org/visit/josmith", "josmith"),
    ],
)
def test_unknown_identifiers_are_detected(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Take 500 mg twice daily.",
        "Give 2 tablets at 8 pm.",
        "Blood pressure 140/90 this morning.",
        "Her A1c 7.2 last month.",
        "She had a glucose of 48 at 3 am.",
        "Her appointment is in May.",
        "Will you bring the pills?",
        "Parkinson's disease makes her shaky.",
        "Alzheimer's is hard on all of us.",
        "Her COPD is worse in winter.",
        "Metformin upsets her stomach.",
        "Is St. John's wort safe with Lasix?",
        "Reiki helps her relax.",
        "She has Hashimoto's and takes Synthroid.",
        "what can we do so mom doesn't fall at night?",
        "what can we do so mom doesn’t fall at night?",
    ],
)
def test_clinical_words_and_numbers_survive(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_callers_allow_list_keeps_its_terms() -> None:
    text = "She said Zzyzorin helps."  # no medicine's context ('started Zzyzorin' keeps it without the allow-list)
    assert "Zzyzorin" not in Redactor().redact(text).text
    assert Redactor(allow_list=["Zzyzorin"]).redact(text).text == text


def test_known_and_detected_identifiers_share_one_vault(redactor: Redactor) -> None:
    vault = PseudonymVault()
    known = [KnownIdentifier("PERSON", "Maria Lopez")]
    first = redactor.redact("Maria saw Dr. Okafor.", known=known, vault=vault)
    second = redactor.redact("Dr. Okafor called Mrs. Lopez back.", vault=vault)
    assert first.text == "<PERSON_1> saw Dr. <PERSON_2>."
    assert second.text == "Dr. <PERSON_2> called Mrs. <PERSON_1> back."
    assert vault.restore(second.text) == "Dr. Okafor called Mrs. Maria Lopez back."


def test_placeholders_already_in_the_text_are_left_alone(redactor: Redactor) -> None:
    text = "<PERSON_1> asked about <PERSON_2>'s Lasix."
    assert redactor.redact(text).text == text


def test_no_identifier_reaches_a_log_line(redactor: Redactor, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    known = [KnownIdentifier("PERSON", "Maria Lopez"), KnownIdentifier("PHONE_NUMBER", "617-555-0142")]
    redactor.redact("Maria Lopez, 617-555-0142, Mrs. Okonkwo, MRN 12345678", known=known)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret in ("Maria", "Lopez", "555", "Okonkwo", "12345678"):
        assert secret not in logged
