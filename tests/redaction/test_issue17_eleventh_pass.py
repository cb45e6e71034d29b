"""Eleventh pass of issue 17: a person named as a form's value ('PT: HUNTER BROWN'), and speakers in a dialogue
whose first label is a relation ('Mom: ... Jesse: ok') or a step-relation ('Stepdad Lou:'). Causes found on the dev
splits; tested here on sentences written for this file."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.people import labelled_names, speaker_labels

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PATIENT: GRANT HILL  DOB: 02/11/1948  ROOM 4", "GRANT HILL"),
        ("pt: Summer Lane, seen today for a fall", "Summer Lane"),
        ("RECEIVED FROM: CROSS, MAY  ACCT 55120", "CROSS, MAY"),
        ("Guarantor: Dale Marsh\nRelationship: son", "Dale Marsh"),
        ("the card says name on card Ifeoma Chukwu-Adeyemi, exp 09/29", "Ifeoma Chukwu-Adeyemi"),
        ("TO: DR. STONE  RE: MOM'S REFILL", "STONE"),
        ("Emergency contact: Faith Baker (niece)", "Faith Baker"),
    ],
)
def test_the_value_of_a_persons_label_is_a_name_even_when_its_words_are_english(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in [text[s:e] for s, e in labelled_names(text)]
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Patient: Diabetes type 2, on Metformin", "Diabetes"),
        ("Name: Lisinopril 10 mg, once a day", "Lisinopril"),
        ("From: Home Health to: the kids, re the schedule", "Home"),
        ("Signed: unknown", "unknown"),
    ],
)
def test_a_label_before_a_clinical_word_a_plain_word_or_a_lower_case_header_takes_nothing(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dad: did anyone call the pharmacy today? Nadia: yes, it's ready at four", "Nadia"),
        ("Stepmom Ines: who has the insurance card? Marco: I do, it's in my wallet", "Ines"),
        ("Stepmom Ines: who has the insurance card? Marco: I do, it's in my wallet", "Marco"),
        ("Her chart note says Hx CHF. Grandson Tobias: 774 555 0192 for anything", "Tobias"),
    ],
)
def test_speakers_after_a_relation_label_or_mid_line_after_a_relation_word_are_names(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in [text[s:e] for s, e in speaker_labels(text)]
    assert covered(redactor, text, name)


def test_a_form_with_labels_mid_line_is_still_not_a_dialogue(redactor: Redactor) -> None:
    text = "Mom: her meds are in the box. Note: refill due Friday. Plan: call the office"
    assert not touched(redactor, text, "Note")
    assert not touched(redactor, text, "Plan")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Adresa: Ulica Kwiatowa 7 m. 3, 02-511 Warszawa. Tel. 601 222 333", "Ulica Kwiatowa 7 m. 3, 02-511 Warszawa"),
        ("TOWN: NORTH HAVEN  DX: COPD", "NORTH HAVEN"),
        ("Dirección de mi tío Ramón: Calle del Sol 18, 2ºB, 41003 Sevilla", "Calle del Sol 18, 2ºB, 41003 Sevilla"),
        ("Address change: it's 77 Birch Rd, Unit 5 now", "77 Birch Rd, Unit 5"),
        ("KOREA ADDRESS FOR UNCLE: 서울특별시 종로구 세종대로 175", "서울특별시 종로구 세종대로 175"),
    ],
)
def test_the_value_of_an_address_or_town_field_is_a_place(redactor: Redactor, text: str, place: str) -> None:
    from redaction.blocks import labelled_addresses

    assert place in [text[s:e] for s, e in labelled_addresses(text, [])]
    assert covered(redactor, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Address: same as before, nothing changed", "same"),
        ("her email address: rosa.m55@example.com is the best way", "best"),
        ("We left Ciudad Juárez early. Contacto: hija Lupe said the 3 pm dose was given", "dose"),
        ("the city: too loud for her, she sleeps badly there", "loud"),
    ],
)
def test_an_address_label_before_words_an_email_or_across_a_sentence_takes_nothing_else(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [("the lady across the hall, mrs park, has a key", "park"), ("mr fox from church drove her home", "fox")],
)
def test_a_surname_after_a_lower_case_mr_or_mrs_is_a_name_whatever_it_means(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [("her ms flare is back since monday", "flare"), ("we miss home a lot", "home"), ("the dr said rest", "said")],
)
def test_lower_case_ms_miss_and_dr_take_no_word(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)
