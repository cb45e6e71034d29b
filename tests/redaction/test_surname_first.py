"""A name written surname first with its middle initial, as records write it ('KING, ROSE J'), is one name, whole."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.people import surname_first_names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    r = Redactor()
    r.warm_up()
    return r


def _spans(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Discharge summary: OYELARAN, TEMITOPE K DOB 3/3/1951, CHF", "OYELARAN, TEMITOPE K"),
        ("PT LINDQVIST, MARGARETA E SEEN FOR WOUND CARE", "LINDQVIST, MARGARETA E"),
        ("Visit note - Vasquez-Lind, Marisol R. - BP 142/88", "Vasquez-Lind, Marisol R"),
        ("Name: HOLM, GRACE ANN B\nDOB 1940-02-11", "HOLM, GRACE ANN B"),
    ],
)
def test_the_given_names_and_the_initial_go_with_the_surname(redactor: Redactor, text: str, name: str) -> None:
    spans = _spans(redactor, text)
    assert any(name in s for s in spans), spans  # found whole: no given name or initial left beside a placeholder


def test_a_list_of_given_names_stays_a_list_of_people() -> None:
    text = "Ann, Joe and Reed are coming Sunday"
    people = [(0, 3), (5, 8)]
    assert surname_first_names(text, people) == []  # no initial: two people, each its own placeholder


def test_a_name_that_starts_before_the_comma_is_not_a_surname() -> None:
    text = "SSN 402-11-9087 FOR GRACE FOX, MAYO C WILL CALL"
    start = text.index("GRACE")
    assert surname_first_names(text, [(start, start + len("GRACE FOX"))]) == []


def test_words_after_the_comma_must_be_given_names_or_no_english_word() -> None:
    text = "Reviewed HOLLIS, CLINIC B today"
    start = text.index("HOLLIS")
    assert surname_first_names(text, [(start, start + 6)]) == []
    text = "Reviewed HOLLIS, MAE B today"
    assert surname_first_names(text, [(start, start + 6)]) == [(start, start + len("HOLLIS, MAE B"))]
