"""Tenth pass of issue 17: identifier numbers without a label, writers who never capitalise, and an address as one
block. Causes found on handwritten_dev3.jsonl; tested here on sentences written for this file."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.records import find_records
from redaction.textutil import typed_lower

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the clinic wrote 5520913 on his wristband, is that what you need", "5520913"),
        ("Grandma's card from the old hospital says 0031-448-207.", "0031-448-207"),
        ("Cédula 12.345.678 de mi papá, por si la piden", "12.345.678"),
        ("the code on the letter is 4TR8-KM2-PX55, not sure what it is", "4TR8-KM2-PX55"),
        ("Auntie: what's his VA claim number? Me: 31 228 904", "31 228 904"),
        ("her benefits case numbr is 2201934 at the county office", "2201934"),
        ("Member ID: WLP 5521 8830 17 on the back of the card", "WLP 5521 8830 17"),
    ],
)
def test_identifier_numbers_with_or_without_a_label_are_found(text: str, value: str) -> None:
    assert value in [text[s:e] for s, e in find_records(text)]


@pytest.mark.parametrize(
    "text",
    [
        "she walked 12000 steps and had 50000 IU of vitamin D this week",
        "the bill came to $1250000 before insurance, can that be right",
        "he smoked from 1968-1999 and quit cold turkey",
        "sugars were 142 118 131 127 this week, all before breakfast",
        "call the office at 617-555-0143 tomorrow",
        "her birthday is 1951-07-22 and she wants cake",
        "COVID-19 booster and the RSV shot, which first",
        "weight 182.4 lb this morning, up from 180.9",
    ],
)
def test_readings_amounts_years_dates_and_phones_are_not_record_numbers(text: str) -> None:
    assert find_records(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can u ask nurse about mom's pills, the ER said dizzy is normal", True),
        ("ok so dad is staying at 14 pine ct. the HSA card is in his wallet", True),
        ("ok. so she's fine now. thanks", True),
        ("Dad is fine. grandma called though", False),
        ("I gave Mom her Eliquis and her Lasix and her Tylenol", False),
    ],
)
def test_a_writer_who_never_capitalises(text: str, expected: bool) -> None:
    assert typed_lower(text) is expected


def test_lower_case_names_are_found_beside_one_acronym(redactor: Redactor) -> None:
    text = "pls tell the ICU nurse that my aunt okonkwo is on her way, she has his meds list"
    assert covered(redactor, text, "okonkwo")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Oma zieht um: Im Winkel 4, Zimmer 8, 79098 Freiburg. Sie freut sich.",
            "Im Winkel 4, Zimmer 8, 79098 Freiburg",
        ),
        ("Her new place: Plot 9, Kilimani Lane, Nairobi 00100. Call first.", "Plot 9, Kilimani Lane, Nairobi 00100"),
    ],
)
def test_an_address_abroad_is_one_block(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Regards,\nMaya Ortiz\n12 Calle Luna, 28001 Madrid\nPhone +34 612 345 678", "Phone"),
        ("Thanks so much, 12 Calle Luna, 28001 Madrid is the place", "Thanks"),
        ("New address 8 Rue Verte, 75011 Paris. Allergies: penicillin", "Allergies"),
        ("He was born in Kabul 1944, moved to Ohio later", "1944"),
    ],
)
def test_an_address_block_stops_at_other_fields_and_sentences(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The refund goes to the cardholder, Penelope Vandersloot, by check.", "Penelope Vandersloot"),
        ("Signed for by Hope Abernathy-Quist at the door", "Hope Abernathy-Quist"),
    ],
)
def test_a_given_name_that_is_also_a_word_goes_with_the_surname_after_it(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


def test_a_role_before_a_surname_stays_outside(redactor: Redactor) -> None:
    text = "ask for Nurse Vandersloot at the desk"
    assert not touched(redactor, text, "Nurse")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The pharmacy called back. Call Laurel when you can.", "Laurel"),
        ("It is done. Call Rosa if the bus is late.", "Rosa"),
    ],
)
def test_a_name_after_an_imperative_that_opens_the_sentence(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If she swallowed it, Call Poison Control right away.", "Poison"),
        ("The watch stopped syncing. Ask Apple Support about it.", "Apple"),
    ],
)
def test_an_imperative_before_a_things_name_leaves_it(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [("Lunch is at noon, then her nap.", "Lunch"), ("Supper was late and she skipped the pills.", "Supper")],
)
def test_a_common_noun_opening_a_sentence_is_no_person(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Church is at the pharmacy picking up the refill.", "Church"), ("Nneka is at the pharmacy now.", "Nneka")],
)
def test_a_surname_or_a_name_opening_a_sentence_stays_a_person(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)
