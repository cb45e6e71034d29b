"""Thirteenth pass of issue 17: a town read in an address is a place wherever else the message names it ('... en
Lisboa: Rua Augusta 12, 1100-048 Lisboa'), a record label joined to its number by a hyphen ('mrn-0099812') or a
lab's accession number. Causes found on the dev splits; tested here on
sentences written for this file."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("mi tía vive en Lisboa ahora: Rua Augusta 12, 1100-048 Lisboa", "Lisboa"),
        ("Send it to 88 Pine Rd, Tacoma, WA 98402 - she has lived in tacoma for years", "tacoma"),
    ],
)
def test_a_town_named_in_an_address_is_a_place_everywhere_in_the_message(
    redactor: Redactor, text: str, town: str
) -> None:
    first = text.index(town)
    result = redactor.redact(text)
    assert town.lower() not in result.text.lower(), result.text
    assert covered(redactor, text, text[first : first + len(town)])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She lives at 12 Oak St, Mobile, AL 36602 and loves mobile games", "mobile games"),  # an English word
        ("He is at 4 Elm Rd, Reading, PA 19601. reading helps him sleep", "reading helps"),
        ("Write to 3 Bay Rd, Dover, DE 19901; texas heat is too much for her", "texas heat"),  # a state: no identifier
    ],
)
def test_a_word_that_is_also_a_town_stays_a_word_elsewhere(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("her wristband says mrn-0099812", "0099812"),
        ("the lab slip has accession # S24-11872 on it", "S24-11872"),
    ],
)
def test_a_record_number_joined_to_its_label_or_a_labs_accession_number_is_removed(
    redactor: Redactor, text: str, number: str
) -> None:
    assert covered(redactor, text, number)


def test_a_store_number_and_a_dose_after_a_hyphen_stay(redactor: Redactor) -> None:
    assert not touched(redactor, "she takes metformin-500 twice a day", "500")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Leticia Gomez | 915-555-0144 | Las Cruces NM", "Las Cruces"),
        ("MY UNCLE IN GRAND ISLAND NE HAS THE SAME PUMP", "GRAND ISLAND"),
        ("she grew up in Mobile, AL and still has the accent", "Mobile"),  # a town whose name is also a word
    ],
)
def test_a_town_before_a_state_code_is_a_place(redactor: Redactor, text: str, town: str) -> None:
    assert covered(redactor, text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mom, IN CASE the nurse calls, the list is on the fridge", "Mom"),
        ("his BP, OK now after the second pill", "BP"),
    ],
)
def test_a_word_before_two_capitals_that_are_no_place_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Florence (Flo) Dubois called about the refill", "Florence"),
        ('Tell Bartholomew "Bart" Jenkins the van comes at 9', "Bartholomew"),
    ],
)
def test_the_given_name_before_a_nickname_goes_with_it(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ezekiel and I will bring the walker on sunday", "Ezekiel"),
        ("me and Priya took her to the clinic", "Priya"),
    ],
)
def test_a_name_beside_i_or_me_is_a_person(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mom and I went to the pharmacy", "Mom"),
        ("Grandma and me baked bread", "Grandma"),
        ("Metformin and I do not get along", "Metformin"),
        ("Spanish and I are her languages", "Spanish"),
    ],
)
def test_a_relation_a_medicine_or_a_language_beside_i_is_no_name(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("mi papá nació el 12 de octubre de 1940 en Cuenca", "12 de octubre de 1940"),
        ("ela é nascida em 9 de março de 1938", "9 de março de 1938"),
        ("Oma kam am 4. Mai 1939 zur Welt", "4. Mai 1939"),  # a written date, no birth word
        ("grandma's birthday is 1942년 5월 17일", "1942년 5월 17일"),
        ("her bday is Febuary 9 1944", "Febuary 9 1944"),  # a misspelled month
        ("DOB Agust 3rd 1951", "Agust 3rd 1951"),
    ],
)
def test_a_full_date_in_another_language_or_a_misspelled_month_is_removed(
    redactor: Redactor, text: str, date: str
) -> None:
    assert covered(redactor, text, date)


def test_a_year_alone_and_a_birth_word_stay(redactor: Redactor) -> None:
    text = "nacida en 1941, she still walks every day"
    assert not touched(redactor, text, "1941")  # a year alone is no identifier under Safe Harbor
    assert not touched(redactor, text, "nacida")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("email: maria_lopez88 at yahoo dot com", "maria_lopez88 at yahoo dot com"),
        ("my email is j.doe(at)gmail(dot)com thanks", "j.doe(at)gmail(dot)com"),
        ("write to kofi.mensah [at] outlook [dot] co [dot] uk", "kofi.mensah [at] outlook [dot] co [dot] uk"),
    ],
)
def test_an_email_address_with_at_and_dot_spelled_out_is_removed(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address)


def test_at_and_dot_in_a_sentence_are_no_email_address(redactor: Redactor) -> None:
    text = "she was at home and took one dot of the cream at night"
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the van has license plate 7ABC123 if the driver asks", "7ABC123"),
        ("VIN 1HGCM82633A004352 on the insurance card", "1HGCM82633A004352"),
    ],
)
def test_a_licence_plate_or_a_vin_after_its_label_is_removed(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("call my nephew at 3l2-555-0147 after six", "3l2-555-0147"),  # an l typed for a 1
        ("HER NUMBER IS 6I7 555 O129", "6I7 555 O129"),  # I for 1, O for 0
        ("his birthday is 2/9/194l and he is on lasix", "2/9/194l"),
    ],
)
def test_a_letter_typed_for_a_digit_inside_a_number_is_read_as_that_digit(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)


def test_letters_that_only_look_like_digits_stay_words(redactor: Redactor) -> None:
    text = "I took 1200 mg lol and I feel ok"
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gave her the 4 units like the nurse said.\n- Wren", "Wren"),  # a word, signed on a line of its own
        ("CALL IF ANYTHING CHANGES\n— HOPE", "HOPE"),
    ],
)
def test_a_name_signed_on_a_line_of_its_own_is_removed(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_relation_signed_on_a_line_of_its_own_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "love you all\n- Grandma", "Grandma")


def test_a_name_read_once_is_removed_in_capitals_too(redactor: Redactor) -> None:
    text = "DAD: who drives tomorrow\nTAMSIN: me\nDAD: thanks Tamsin"
    result = redactor.redact(text).text
    assert "TAMSIN" not in result and "Tamsin" not in result, result


def test_me_as_a_speaker_label_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "Grandpa: who is this\nMe: it's Oskar, your grandson", "Me")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Contacts:\n• Odette Marsh (daughter) 406-555-0122", "Odette Marsh"),
        ("Calvin Reyes (neighbor) has a key", "Calvin Reyes"),
    ],
)
def test_the_name_before_a_relation_in_brackets_is_removed(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she moved to a small place outside of zanesville ohio last spring", "zanesville ohio"),
        ("the mrm on his band is 55120-7", "55120-7"),  # a typed label
        ("medicial record nuber 4471 2290 on the fridge", "4471 2290"),
        ("the VA has him under 1044287731V559012 for the clinic", "1044287731V559012"),  # a long number with a letter
        ("two numbers: KT-00417-C at the eye clinic", "KT-00417-C"),
        ("my social is 301 55 8890, for the form", "301 55 8890"),
    ],
)
def test_a_town_with_its_state_and_record_numbers_written_loosely_are_removed(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)


def test_a_state_code_that_is_an_id_label_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "her ABHA ID is 91-4472-8810-3356", "ID")
