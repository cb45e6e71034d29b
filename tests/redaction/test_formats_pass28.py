"""Twenty-eighth pass: values typed in shapes the detectors had not read (redaction/phones.py, accounts.py, the
dates of `conf/recognizers.yaml`): a phone with underscores, a dialler's double comma before the extension, a trunk
'(0)' after a country code; an IBAN grouped by dashes or ending in a group of letters; a year written '59."""

from __future__ import annotations

import pytest
from stdnum.iso7064 import mod_97_10

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    r = Redactor()
    r.warm_up()
    return r


def _iban(country: str, bban: str) -> str:
    """An invented IBAN with a valid mod-97 checksum."""
    for check in range(2, 99):
        number = f"{country}{check:02d}{bban}"
        if mod_97_10.is_valid(number[4:] + number[:4]):
            return number
    raise AssertionError("no check digits")


def _grouped(number: str, sep: str) -> str:
    return sep.join(number[i : i + 4] for i in range(0, len(number), 4))


def _spans(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Organizer Wendell Pryce 937_555_0164. we're watching the knee pain", "937_555_0164", "PHONE_NUMBER"),
        ("please call me back at (402) 555-0187,,214.", "(402) 555-0187,,214", "PHONE_NUMBER"),
        ("Notfall: +49 (0)211 555 0186, bitte", "+49 (0)211 555 0186", "PHONE_NUMBER"),  # 3-3-4 after (0)
        ("PHARMACY NEEDS DOB 7/14/'52", "7/14/'52", "DATE_OF_BIRTH"),
    ],
)
def test_a_value_in_a_shape_people_type_is_taken_whole(redactor: Redactor, text: str, value: str, kind: str) -> None:
    assert (kind, value) in _spans(redactor, text)


@pytest.mark.parametrize("sep", [" ", "-"])
def test_an_iban_ending_in_letters_or_grouped_by_dashes_is_taken_whole(redactor: Redactor, sep: str) -> None:
    number = _grouped(_iban("LU", "0071XKTRLMQPWZAB"), sep)  # its last group 'WZAB' has no digit
    text = f"the refund should go to IBAN {number} instead."
    assert ("ACCOUNT_NUMBER", number) in _spans(redactor, text)


def test_trailing_words_after_an_iban_that_fails_its_checksum_are_left(redactor: Redactor) -> None:
    text = "my iban is gb42 west 1234 5698 7654 32 for the rent"  # one digit wrong: no prefix is valid
    assert ("ACCOUNT_NUMBER", "gb42 west 1234 5698 7654 32") in _spans(redactor, text)


def test_two_numbers_after_each_other_stay_two(redactor: Redactor) -> None:
    text = "call me 402-555-0123,402-555-0199 thanks"
    phones = [v for k, v in _spans(redactor, text) if k == "PHONE_NUMBER"]
    assert phones == ["402-555-0123", "402-555-0199"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("expediente EXP-3318204 verificado, diabetes tipo 2", "EXP-3318204"),
        ("call the pharmacy back, reference RX-5521973, about her metformin", "RX-5521973"),
    ],
)
def test_a_number_of_seven_digits_after_a_prefix_of_capitals_is_a_record(
    redactor: Redactor, text: str, value: str
) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in _spans(redactor, text)


def test_short_coded_terms_are_not_records(redactor: Redactor) -> None:
    text = "COVID-19 booster, ICD-10 code E11.9, lot LOT-22318, the CR-2032 battery"
    assert not any(kind == "MEDICAL_RECORD_NUMBER" for kind, _ in _spans(redactor, text))
