"""Issue 17, thirty-seventh pass (forty-fifth session): a labelled value a fax or a narrow screen broke over two lines
('member id UM7\\n1189T') is taken whole, and a device's serial number is a record number after 'serial', 's/n' or
'SN' (HIPAA's Safe Harbor names device identifiers and serial numbers); and what stays: a dose, an age or a year on
the next line, a serial that is no number. Every sentence is written for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.records import find_records

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("member id QT4\n4410R. call me after lunch", "QT4\n4410R"),
        ("Rx No. 5529031\n-44 (lisinopril)", "5529031\n-44"),
        ("her mrn 00731\n90215 (printed over two lines)", "00731\n90215"),
        ("Subscriber ID 55120\n884013 for the sleep study", "55120\n884013"),
    ],
)
def test_a_labelled_value_broken_over_two_lines_is_taken_whole(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)
    start = text.index(value)
    assert (start, start + len(value)) in find_records(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("MRN 5529031\n100 mg twice a day", "100"),
        ("MRN 5529031\n2025 was a hard year for her", "2025"),
        ("member id 8812\n34 years old, no allergies", "34"),
        ("chart number 5529031\nCall me back tomorrow", "Call"),
    ],
)
def test_a_dose_an_age_or_a_year_on_the_next_line_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the oxygen concentrator serial is 4471 2290 88 and the tubing is new", "4471 2290 88"),
        ("her hearing aid s/n 88120-4471 is still under warranty", "88120-4471"),
        ("SN 33018846 005 is printed on the lens card", "33018846 005"),
        ("Med Rec # reads 4 4 1 8 2 2 7 1, can you check it", "4 4 1 8 2 2 7 1"),
        ("Rx reads five, five, zero, eight, three, zero, one", "five, five, zero, eight, three, zero, one"),
        ("GRP# RS22817 is on the back of the card", "RS22817"),
    ],
)
def test_a_serial_or_a_short_record_label_points_to_its_number(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    "text", ["the serial killer documentary was on last night", "take one, the rx is for 30 days", "SN said hi"]
)
def test_a_serial_or_rx_with_no_number_is_left(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == []
