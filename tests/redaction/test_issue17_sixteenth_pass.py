"""Sixteenth pass of issue 17: record numbers in the shapes cards print and people read them out, and the other
classes found on `handwritten_dev6.jsonl`. Tested here on sentences written for this file, not copied from the dev
files."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # what a card prints after the number: a version code, an issue or reference number, a person code
        ("Grandpa's Ontario health card is 6618-407-223 QA, and he still takes his metoprolol.", "6618-407-223 QA"),
        ("OHIP: 7702 318 455 - BK. He is at the Sudbury home now.", "7702 318 455 - BK"),
        ("Medicare card for Nan: 3318 60472 5 / IRN 2, it expires next year.", "3318 60472 5 / IRN 2"),
        ("Her Medicare is 5120 88341 4, ref 3. She is on apixaban.", "5120 88341 4, ref 3"),
        ("the cardholder id on the back is 77KQ9920113 02", "77KQ9920113 02"),
        ("His medical card is 4471 903 C.", "4471 903 C"),
        # a lab's number after its word alone, and 'ID' in capitals right before its value
        ("The lab accession R31-550912 is the potassium from Monday.", "R31-550912"),
        ("Part D: WellCare, ID K70291184\nSupplement: AARP", "K70291184"),
        # 'number' in other languages
        ("Papa, numéro de sécu 1 52 11 31 555 061 22, il habite chez moi.", "1 52 11 31 555 061 22"),
        ("Numero: 8039 4410 2255 7081 3306. Scade a marzo.", "8039 4410 2255 7081 3306"),
        ("Su número de afiliación es 3B20 771045 9. Toma metformina.", "3B20 771045 9"),
        ("el número de afiliación a la EPS es CC 52.118.740 y toma losartán", "CC 52.118.740"),
        # read out one character at a time, or in words, after a label
        ("the member id is on the letter: 4 K W 2 - P 7 3 - H N 5 8", "4 K W 2 - P 7 3 - H N 5 8"),
        ("the rx number, 6 1 1 9 0 2 4, is for her eliquis refill", "6 1 1 9 0 2 4"),
        ("can you put in that the mrn is twenty six oh four one seven please", "twenty six oh four one seven"),
        # a second number the same sentence gives for the label
        ("Her MRN at Baptist is 310-44-8812 and the one at St Luke's is SL 402 917.", "SL 402 917"),
        # dashes typed as en dashes, and codes with one letter among many digits
        ("Medicare – 5HN2–TK8–RD41", "5HN2–TK8–RD41"),
        ("the front desk said it's 2207-C-90418 under her married name", "2207-C-90418"),
        ("anthem is abc771023345 for dad", "abc771023345"),
        ("Medi-Cal 77120459C was renewed.", "77120459C"),
        # no label: fifteen digits or more grouped by spaces, a dashed number no calendar can read
        ("papi: 2 51 06 69 123 456 78 pour la mutuelle", "2 51 06 69 123 456 78"),
        ("her old one from the county hospital is 00-81-552 so she has two", "00-81-552"),
        ("registration # 771204 at the care home", "771204"),
    ],
)
def test_a_record_number_in_the_shapes_cards_print_and_people_read_out_is_found(
    redactor: Redactor, text: str, number: str
) -> None:
    assert covered(redactor, text, number)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her MRN is 4418207 OK. The nurse will call back.", "OK"),  # a word after the number, not a suffix
        ("Número do SUS 700 5081 2234 9918 para a consulta", "SUS"),  # the card's name is a label
        ("Son numéro AVS 756.4410.2231.09, elle prend du Sintrom.", "AVS"),
        ("card on file is VISA 4556 7702 1183 2290", "VISA"),
        ("her card expires 09/2029, can you check", "09/2029"),  # a month and a year
        ("his card said he walked 12500 steps today", "12500"),  # an amount after a label word
        ("she took 1000000IU over the month by mistake", "1000000IU"),  # a dose with its unit
        ("the COVID-19 booster and the Type-2-DM class", "COVID"),
        ("three two one go, said the nurse as she stood him up", "three"),  # number words with no label
    ],
)
def test_labels_amounts_dates_and_words_near_a_number_are_not_taken(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_a_number_read_out_and_then_typed_is_found_both_times(redactor: Redactor) -> None:
    text = "her mrn is four four one oh two nine, i mean 44102-9, at the rehab"
    assert covered(redactor, text, "four four one oh two nine")
    assert covered(redactor, text, "44102-9")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a lower-case town after a place of care and 'in', ending its clause
        ("can you tell the nurse the chart no is 55-1180 at the clinic in mesa", "mesa"),
        ("she is at the rehab in sandy, room 4", "sandy"),
        ("the new mrn from the hospital in orange is on the bracelet", "orange"),
        # a lower-case town an address names before its state and ZIP, named again elsewhere
        ("we are in buffalo till sunday. new addr: 8 delaware ave, buffalo ny 14202", "buffalo"),
    ],
)
def test_a_lower_case_town_after_a_place_of_care_or_named_in_the_address_is_a_place(
    redactor: Redactor, text: str, town: str
) -> None:
    assert covered(redactor, text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the clinic in spring and summer closes early", "spring"),  # a season
        ("the hospital in general is slow on weekends", "general"),
        ("the clinic in nice weather is busy", "nice"),  # the word does not end its clause
        ("we went to the fargo plaid sale, then home", "fargo"),  # no address names the town
    ],
)
def test_words_after_a_place_of_care_stay_words(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a form's person field whose last word also ends institutions' names
        ("Refill request\nPatient: Odell Ray Parish\nDOB: 04/11/1950", "Odell Ray Parish"),
        # a family member and a name's parts on a form
        ("Dependent: Dale Forest\nRelationship: son", "Dale Forest"),
        ("Policy 4471\nLAST: YOUNG  FIRST: DELLA", "YOUNG"),
        # a middle name between two parts of a name, even when it is also a word of another language
        ("ATTN: ORA MAE BLEVINS\nSUITE 4", "ORA MAE BLEVINS"),
        # a name found again takes its surname too
        ("his name's pat, pat wood, and he drives her on tuesdays", "pat wood"),
    ],
)
def test_form_fields_middle_names_and_repeated_names_are_found_whole(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Patient: Mercy General Hospital\nRoom 4", "Hospital"),  # a hospital is no person's name
        ("First: Take two tablets with food.", "Take"),
        ("Last: we went to the pharmacy", "pharmacy"),
        ("minha mae dona lucia pereira ta com a glicose alta", "mae"),  # Portuguese 'mother', typed without accent
        # a record's label right before its number is no name
        ("Zijn BSN is 284719036 en hij woont alleen.", "BSN"),
        ("Versichertennummer von Oma: K771204958.", "Versichertennummer"),
        ("Acct # 6610042871, Enc 20261203-0457.", "Enc"),
        ("Su NSS es 4317-55-8821-6, gracias.", "NSS"),
    ],
)
def test_institutions_instructions_kinship_words_and_record_labels_are_not_names(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


def test_a_name_in_capitals_before_a_number_is_still_a_name(redactor: Redactor) -> None:
    text = "Patient: LEE WONG 5566123\nSeen today"
    assert covered(redactor, text, "LEE WONG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the writer's name on the line after a closing, in capitals, with a nickname or initials
        ('Please call when the results are in.\nlove,\nROSALIND "ROZ" QUINTERO\nNiece\n602-555-0118', "ROSALIND"),
        ('Please call when the results are in.\nlove,\nROSALIND "ROZ" QUINTERO\nNiece\n602-555-0118', "QUINTERO"),
        ("We will bring the walker Friday.\nRegards,\nT. DE LA ROSA\ntdlr@example.net", "T. DE LA ROSA"),
        # a common given name and a common surname capitalised mid-sentence, which spaCy read as an organisation
        ("Address change for Dallas Banks: 12 Elm St, Cody, WY 82414.", "Dallas Banks"),
        # 'Last:' with its value in capitals
        ("Member 4471\nLast: TRAN  First: Bao\nDOB: 03/02/1951", "TRAN"),
    ],
)
def test_closings_given_and_surname_pairs_and_last_name_fields_are_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thanks,\nMom", "Mom"),  # a relation signs, not a name
        ("Love,\nThe whole crew", "crew"),
        ("We paid Georgia Power and the Rose Garden tickets.", "Power"),
        ("Last: MRI was clear, next one in May", "MRI"),
        ("First: BP 140/90, then recheck", "BP"),
    ],
)
def test_relations_sentences_and_clinical_words_after_these_cues_stay_words(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


def test_a_link_with_its_scheme_is_a_url_whatever_its_domain(redactor: Redactor) -> None:
    text = "Her fundraiser is at https://www.givesite.example/c/help-ines-arroyo-walk, please share."
    assert covered(redactor, text, "https://www.givesite.example/c/help-ines-arroyo-walk")
    assert not touched(redactor, text, "please")


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Her address: Birchwood Manor, 418 Alder Rd, Rm 9, Concord NH 03301", "Birchwood Manor"),
        (
            "PLEASE MAIL TO:\nWILLOWBROOK SENIOR LIVING\n77 N MAIN ST APT 12\nLOGAN UT 84321",
            "WILLOWBROOK SENIOR LIVING",
        ),
        ("She is at Glenview Care Home, 22 Mill Lane, Perth PH1 5QP", "Glenview Care Home"),
    ],
)
def test_a_care_homes_name_before_its_address_is_not_part_of_it(redactor: Redactor, text: str, facility: str) -> None:
    assert not touched(redactor, text, facility)
    street = text[text.index(facility) + len(facility) :].lstrip(",\n ").split(",")[0].split("\n")[0]
    assert covered(redactor, text, street)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pls ask dr. rice if the dose changed", "rice"),  # a common surname after a lower-case 'dr'
        ("we saw dr. wood this morning about the rash", "wood"),
        ("grabbing the meds for grandma april after work", "april"),  # a month that is a given name, after kin
    ],
)
def test_lower_case_doctors_and_relatives_named_by_months_are_found(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we have a dr appointment and the dr office called", "appointment"),
        ("the dr said to call if the fever is back", "said"),
        ("mom june 3rd visit is at 2", "june"),  # a date after the relation word
        ("my mom may call you later", "may"),  # a modal
    ],
)
def test_things_after_dr_and_dates_or_modals_after_kin_stay_words(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)
