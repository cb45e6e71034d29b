"""Issue 17, thirty-sixth pass (forty-third session): a town after 'at' ('staying at Spokane'), a town written with a
short 'St.', 'Ft' or 'Mt' ('St. Cloud', 'Ft Lauderdale'), a town before a lower-case word of care ('at Greeley clinic');
and what stays: a saint's hospital or church ('at St. Joseph's', 'St Johns wort'), a business whose name begins with a
town's ('at Harlan Funeral Home'), a senior-living chain. Every sentence is written for this file; the dev files hold
none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.places import find_places, place_names

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dad is staying at Spokane this week with my brother.", "Spokane"),
        ("She had the knee done at St. Cloud last spring, the metoprolol started after.", "St. Cloud"),
        ("we drove mom down to Ft Lauderdale for the wedding", "Ft Lauderdale"),
        ("Labs were drawn at Greeley clinic this morning, potassium fine.", "Greeley"),
        ("GRANDPA IS AT AMARILLO WITH MY UNCLE TILL THURSDAY", "AMARILLO"),
        ("she lives in st. augustine now, near the beach", "st. augustine"),
    ],
)
def test_a_town_after_at_or_with_a_short_saint_fort_or_mount_is_a_place(
    redactor: Redactor, text: str, place: str
) -> None:
    assert covered(redactor, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They were so kind to her at St. Joseph's after the fall.", "Joseph"),
        ("Is the St Johns wort ok with her sertraline?", "Johns"),
        ("grandpa is at St Francis for the hip, on warfarin", "Francis"),
        ("Viewing is at Harlan Funeral Home on Friday.", "Harlan"),
        ("Mom has been at Brookdale since May and the Eliquis is handled by the nurses.", "Brookdale"),
        ("she is at Cleveland Clinic for the ablation", "Cleveland"),
    ],
)
def test_a_saints_hospital_a_business_named_for_a_town_and_a_chain_stay(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


def test_short_forms_share_the_towns_population_and_saints_given_names_need_a_city() -> None:
    names = place_names()
    assert names["st cloud"] == names["saint cloud"] == names["st. cloud"]
    assert names["ft myers"] == names["fort myers"]
    assert "st joseph" not in names and "saint joseph" not in names  # a hospital's name far more often than a town's
    assert names["st louis"] >= 250_000  # a city of that size counts although Louis is a given name


def test_at_after_a_word_that_takes_a_person_names_no_place() -> None:
    text = "he waved at Tyler from the porch"
    assert find_places(text, []) == []
    waited = "he waited at Tyler for the bus"
    assert find_places(waited, []) == [(waited.index("Tyler"), waited.index("Tyler") + len("Tyler"))]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("For the portal they want the last 4 of her SSN, which is 7305.", "7305"),
        ("SSN (last four): 2291 / DOB 3-9-41", "2291"),
        ("Verified caller with DOB and social ending in 5518.", "5518"),
        ("form shows ssn as XXX-XX-8812 and his medicare id", "XXX-XX-8812"),
        ("Rep: and the last four of the social please\nDaughter: 3047\nRep: thank you", "3047"),
    ],
)
def test_the_last_four_of_a_social_go(redactor: Redactor, text: str, digits: str) -> None:
    assert covered(redactor, text, digits)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("the pharmacy charged the mastercard ending 6620 twice for the insulin", "6620"),  # a receipt prints it
        ("Please take the copay from my checking account ending in 1193.", "1193"),
        ("her ssn ends in 7781, the whole one is 402-19-7781 if they need it", "ends in 7781"),  # the number is taken
    ],
)
def test_a_cards_last_four_and_a_mention_of_a_whole_number_stay(redactor: Redactor, text: str, digits: str) -> None:
    assert not touched(redactor, text, digits)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the free trial ends in 2025 so we cancel before then", "2025"),
        ("her last 4 visits were in 2024 and the A1c was 7.1", "2024"),
        ("the insurance card we used for the copay ended in 2023, a new one came", "2023"),
    ],
)
def test_a_year_after_ending_or_last_four_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("INTAKE\nName\tWendeline Oyelaran\nBirth date\t4/9/1951\nCell\t(615) 555-0134", "Wendeline Oyelaran"),
        ("PATIENT SHEET\nPatient name    DMITRI KOVALENKO\nDOB    02/11/1947", "DMITRI KOVALENKO"),
        ("> On Thu Marisol wrote:\n> can you bring the walker to mom's", "Marisol"),
        ("On Sat, Oct 4 Bev wrote:\n> the lasix is in the blue box", "Bev"),
        ("her grandson Ikechukwu drives her to dialysis on fridays", "Ikechukwu"),
    ],
)
def test_a_tabbed_forms_name_a_mail_replys_sender_and_a_related_unknown_word_are_names(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("INTAKE\nName\tWendeline Oyelaran\nBirth date\t4/9/1951\nCell\t(615) 555-0134", "Birth"),  # a label, no name
        ("INTAKE\nName\tWendeline Oyelaran\nBirth date\t4/9/1951\nCell\t(615) 555-0134", "Cell"),
        ("my dad doesnt want the flu shot this year", "doesnt"),
        ("her son thats the one who drives", "thats"),
        ("On Monday Mom wrote:\n> pick up the eliquis", "Mom"),
    ],
)
def test_a_forms_labels_a_bare_contraction_and_a_relation_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_a_roster_under_a_name_with_an_initial_takes_its_other_first_words(redactor: Redactor) -> None:
    text = "Rides to dialysis\nMarcus T. Whitfield - Monday\nDesmond - Wednesday\nkeisha - maybe Friday\n"
    assert covered(redactor, text, "Desmond")
    assert covered(redactor, text, "keisha")
    shopping = "Shopping\n- milk - 2 gallons\n- Maria Lopez - call back\n- bread - the wheat one"
    assert not touched(redactor, shopping, "milk")  # a word in lower case, no name nobody's list holds
    assert not touched(redactor, shopping, "bread")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ok so dads id is qr551209 and the pharmacy wants it", "qr551209"),
        ("The rep asked for Lorna's ID, which is KT447190, and her zip", "KT447190"),
        ("his plan id changed to h771 209 4413 last month", "h771 209 4413"),
    ],
)
def test_an_id_said_to_be_a_value_and_lower_case_plan_letters_go(redactor: Redactor, text: str, number: str) -> None:
    assert covered(redactor, text, number)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("her id is in the blue wallet, 2 of them", "blue"),
        ("ID is his SSN 512 66 3014 I think", "think"),
        ("Dad's member id is on the card, 3 cards in the drawer", "drawer"),
    ],
)
def test_words_after_an_id_label_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_a_capital_i_after_a_spaced_number_is_the_writer() -> None:
    text = "ID is his SSN 512 66 3014 I think"
    spans = Redactor().redact(text).spans
    assert not any(s.start <= text.index(" I ") + 1 < s.end for s in spans)


def test_a_rosters_dash_after_a_name_stays_in_the_text(redactor: Redactor) -> None:
    text = "Drivers this week\nTaylor Martinez - Sunday\nGwen Ashby - Tuesday"
    assert " - Sunday" in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("From: Odile Ferrand <oferrand@gmail.com>\nDate: Tue, Mar 4\nSubject: pills", "Mar"),
        ("On Sun, Jan 13, Rafe Nwosu <rafe.n@yahoo.com> wrote:\n> the inhaler is empty", "Jan"),
        ("Name\tLucinda Graves\nAddress\t48 Birch Hollow Rd, Keene, NH 03431\nCell\t603 555 0129", "Address"),
        ("Home Address:  48 Birch Hollow Rd, Keene, NH 03431", "Home"),
    ],
)
def test_a_mails_date_and_an_address_label_are_no_identifiers(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_jan_alone_is_still_a_name(redactor: Redactor) -> None:
    assert covered(redactor, "My aunt Jan called about the warfarin", "Jan")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Release form\nSigned - Marguerite Abernathy", "Signed"),
        ("Student: Tobias Wren  Born: 2017-04-02\nMedication: albuterol", "Born"),
        ("Direct deposit\nEmployee: Nadia Ferris\nBank: Chase\nRouting #: 021000021", "Chase"),
    ],
)
def test_a_forms_labels_and_a_banks_name_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Release form\nSigned - Marguerite Abernathy", "Marguerite Abernathy"),
        ("Student: Tobias Wren  Born: 2017-04-02\nMedication: albuterol", "Tobias Wren"),
        ("Refund to\nBank: R. Okonkwo, account 50100234871196", "R. Okonkwo"),  # a holder written in the bank's field
    ],
)
def test_the_names_beside_those_labels_still_go(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)
