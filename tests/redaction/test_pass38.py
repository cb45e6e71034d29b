"""Issue 17, thirty-eighth pass (forty-eighth session): after a record's label, capitals and four digits are a short
record number ('pt id HV-7714', 'ID#DV-4420', as a unit's roster or a dialysis chair list prints them); a label's
value needs five digits otherwise; a roster's name written surname first takes its initial when no stop follows it
('REED, S | 0295...'); a labelled social's groups may be parted by an en or em dash; a record number takes a last
digit and letter printed before the sentence ends ('CA 9182 0034 7A.'). Every sentence is written for this file; the
dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.records import find_records

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Resident ID: KW-3306, room 14, fell last night", "KW-3306"),
        ("wound clinic pt id RT5521 needs a new dressing order", "RT5521"),
        ("ID# QD-2290 on the dialysis chair list", "QD-2290"),
    ],
)
def test_capitals_and_four_digits_after_a_record_label_are_its_number(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)
    start = text.index(value)
    assert (start, start + len(value)) in find_records(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("pt id AB-12 on the whiteboard", "AB-12"),  # two digits: no record number
        ("the record # is on the card, the nurse said 2290 mg was too much", "2290"),  # a dose, no letters
        ("ID card expires 2027, renewal at DMV", "DMV"),
    ],
)
def test_short_values_without_the_shape_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bed 12 - ROSS, T - 4418820 - CHF", "ROSS, T"),
        ("Census\nBed 4, MARLOWE, K, 05512201, Mar. 2, 1940, Eliquis", "MARLOWE, K"),
        ("Rm 12 | PRATT, J | 02291184 | Lasix", "PRATT, J"),
    ],
)
def test_a_roster_name_takes_its_initial_without_a_stop(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vitamin D, B 12 and iron today", "B"),
        ("Plan, A 1c recheck in 3 months", "Plan"),
        ("Grade, A 4 on the test", "Grade"),
        ("O: RR 16, SpO2 91% RA, T 97.9, HR 48", "RA"),  # room air and a temperature, not 'SURNAME, I'
    ],
)
def test_a_capital_letter_after_a_word_and_a_comma_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize("text", ["Social Security #: 511 – 30 – 2284", "his SSN is 511—30—2284 on the form"])
def test_a_labelled_social_parted_by_en_or_em_dashes_is_one_value(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text)
    assert [s.type for s in out.spans] == ["US_SSN"] and "2284" not in out.text, out.text


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        ("Medicaid ID CA 7731 0092 4B. BP 150/90 today", "CA 7731 0092 4B", "BP"),
        ("member id 99812233, 2 cards came in the mail", "99812233", "cards"),
    ],
)
def test_a_record_number_takes_a_last_digit_and_letter_before_the_sentence_ends(
    redactor: Redactor, text: str, value: str, word: str
) -> None:
    assert covered(redactor, text, value)
    assert not touched(redactor, text, word)
