"""Pass 24 (issue 17): phone and account shapes found on a split made as FROZEN_SPEC.md describes one (dev14), each
tested on examples written for this file. Every "found" example here failed on the code before its change."""

from __future__ import annotations

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


# A dialler's pause before an extension: a comma (or semicolon) right after the number, no space
@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("reach the night nurse at (330) 555-0142,219 after eight", ",219"),
        ("desk line 612.555.0178;4410 ask for the charge nurse", ";4410"),
        ("Daughter June (919-555-0133,72) will pick up the warfarin", ",72"),
    ],
)
def test_when_a_comma_extension_follows_a_number_then_it_goes_with_it(
    redactor: Redactor, text: str, extension: str
) -> None:
    assert extension not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "numbers: 330-555-0142,330-555-0199 either works",
        "call 330-555-0142, 2 rings then hang up",
    ],
)
def test_when_a_second_number_or_a_count_follows_a_comma_then_it_is_not_an_extension(
    redactor: Redactor, text: str
) -> None:
    out = redactor.redact(text).text
    assert "0199" not in out  # the second number is found on its own
    assert out.count("<PHONE_NUMBER") >= 1
    assert ("2 rings" in out) == ("2 rings" in text)


# A local number in letters, after a phone's label
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bob Kessler, Handyman | Office (412) FIX-DECK | cell 412-555-0190", "FIX-DECK"),
        ("for the ramp call (719) RAMPS-4U tomorrow", "RAMPS-4U"),
        ("his landscaping business: work 1-402-MOW-LAWN", "MOW-LAWN"),
        ("Shop phone (208) GET-BIKE", "GET-BIKE"),
    ],
)
def test_when_a_labelled_local_number_is_in_letters_then_it_is_a_phone(
    redactor: Redactor, text: str, value: str
) -> None:
    assert value not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "DISPENSE (500) TABLETS, TAKE ONE DAILY",
        "BOX OF (250) STRIPS FOR THE METER",
        "we bought (300) NAPKINS for the party",
    ],
)
def test_when_a_count_in_brackets_comes_before_capitals_then_nothing_is_a_phone(redactor: Redactor, text: str) -> None:
    assert "PHONE_NUMBER" not in redactor.redact(text).text


# An IBAN with a correct checksum and a group too few or too many for its country is still an account
@pytest.mark.parametrize(
    "value",
    ["SA10 2276 6825 4347 9627 97", "SA83 0682 1630 0185 2244 50", "DE41 3704 0044 0532 013"],
)
def test_when_an_iban_has_its_checksum_but_not_its_countrys_length_then_it_is_an_account(
    redactor: Redactor, value: str
) -> None:
    out = redactor.redact(f"please wire the deposit to {value} by friday").text
    assert value.split()[0] not in out and value.split()[-1] not in out


def test_when_an_iban_shaped_code_fails_the_checksum_then_it_is_not_an_account(redactor: Redactor) -> None:
    assert "ACCOUNT_NUMBER" not in redactor.redact("lot code AB12 3456 7890 12 on the box").text


# The 1 Mexican mobiles were dialled with after +52 until 2020
@pytest.mark.parametrize("value", ["+52 1 33 8000 2036", "+52 1 55 4412 9087", "+52-1-81-2233-4455"])
def test_when_a_mexican_mobile_keeps_its_old_1_then_it_is_a_phone(redactor: Redactor, value: str) -> None:
    out = redactor.redact(f"su celular es {value}, llamar en la tarde").text
    assert "8000" not in out and "4412" not in out and "2233" not in out
    assert "PHONE_NUMBER" in out


def test_when_a_toll_free_number_in_letters_is_a_services_line_then_it_stays(redactor: Redactor) -> None:
    text = "the pharmacy refill line: 1-866-RXREFIL, or ask at the counter"
    assert redactor.redact(text).text == text


# An address field's value ends with its sentence when a full stop follows the ZIP: in capitals the next sentence's
# words were taken as more of the address
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("NEW ADDRESS: 48 BIRCH RD, ORONO, ME 04473. DAD IS MOVING IN WITH ME ON FRIDAY", "DAD IS MOVING IN WITH ME"),
        ("Mailing address: PO Box 902, Tulsa, OK 74101-0902. Send the metoprolol there", "Send the metoprolol there"),
    ],
)
def test_when_a_sentence_follows_the_zip_of_an_address_field_then_it_stays(
    redactor: Redactor, text: str, kept: str
) -> None:
    out = redactor.redact(text).text
    assert kept in out
    assert "04473" not in out and "74101" not in out


# A form's clinical labels in other languages are labels, not speakers
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Nombre: Rosa Ibarra\nMedicamentos: metformina, losartán\nAlergias: penicilina", "Medicamentos"),
        ("Patientin: Ilse Vogt\nDiagnose: Vorhofflimmern\nMedikamente: Marcumar", "Medikamente"),
        ("Nom : Odile Caron\nTraitement : lévothyrox\nAntécédents : hypothyroïdie", "Traitement"),
        ("Paciente: Tânia Gomes\nMedicação: insulina NPH\nDiagnóstico: diabetes tipo 2", "Medicação"),
    ],
)
def test_when_a_form_labels_its_clinical_lines_in_another_language_then_the_labels_stay(
    redactor: Redactor, text: str, label: str
) -> None:
    assert label in redactor.redact(text).text


# Health insurers and systems are organisations, not people
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kaiser Permanente sent the bill twice, can we get it reversed", "Kaiser Permanente"),
        ("the MRI was denied by UnitedHealthcare, appeal pending", "UnitedHealthcare"),
        ("Nanay's PhilHealth is active until March", "PhilHealth"),
        ("ok so Anthem said no again to the MRI", "Anthem"),
    ],
)
def test_when_a_health_insurer_is_named_then_it_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


# A ZIP is five digits and no more: a six-digit PIN after a street line written the US way is not cut after five
def test_when_a_six_digit_pin_follows_a_street_line_then_the_whole_pin_goes(redactor: Redactor) -> None:
    out = redactor.redact("send it to Flat 12, Lotus Apartments, 9 Poes Garden Rd, Chennai 600086 by monday").text
    assert "600086" not in out and ">6" not in out


# A city the English word list holds only as a proper noun is a place beside a postcode
def test_when_a_proper_noun_city_stands_beside_a_postcode_then_both_go(redactor: Redactor) -> None:
    out = redactor.redact("amma lives alone in Adyar, Chennai 600020 and will not move").text
    assert "600020" not in out and "Chennai" not in out
