"""Issue 17, thirty-fourth pass (fortieth session): a signature with the writer's number after it, or after a number, or
alone after the last sentence; a name in any case right before its date of birth; a town named by its shape with its
state's code and no comma. Every sentence is written for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.people import noted_patients, sign_off

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pharmacy says the refill is ready. -Marisol 412-555-0187", "Marisol"),
        ("pls call the hospice nurse back. -Desmond (917) 555-0142 ext. 7", "Desmond"),
        ("Nana's home and resting, call me tonight 503 555 0166 -Priyanka", "Priyanka"),
        ("Grandpa's warfarin dose changed today. -Teodora 001-212-555-0190", "Teodora"),
        ("ok got the inhaler. -Lucinda lucinda.k@example.org", "Lucinda"),
    ],
)
def test_a_signature_with_a_number_around_it(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the new hip is fine. i can do the stairs now. thank you all. wilhelmina", "wilhelmina"),
        ("Her sugars were 140 this morning. She ate breakfast. Rosalind", "Rosalind"),
        ("Mom slept through the night for once.\nGrace", "Grace"),
        ("THE WALKER CAME TODAY. THANK YOU. LORRAINE", "LORRAINE"),
    ],
)
def test_a_name_alone_after_the_last_sentence_signs_it(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "She is better today. Thanks.",
        "Call the nurse line. Urgent!",
        "Dad took his pills. Mom",
        "He is asleep now. Love",
        "refill the metformin please. ok",
        "We need the refill. Metformin",
        "It hurts when she walks. Help.",
        "Mom is fine. Grace",  # a word given name on the same line as the message
    ],
)
def test_a_closing_a_relation_or_a_word_at_the_end_is_no_signature(text: str) -> None:
    assert sign_off(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("REFILL LISINOPRIL FOR HAZEL BROOK DOB 03/14/1939 AT THE WALGREENS", "HAZEL BROOK"),
        ("Form for Otis Rivers, DOB: 6-2-41, signed by his son", "Otis Rivers"),
        ("patient wendell frost dob 11/30/1944 seen today", "wendell frost"),
        ("Daughter says Marguerite Hall (DOB 1/9/1936) fell twice", "Marguerite Hall"),
    ],
)
def test_a_name_right_before_its_date_of_birth(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Blood Sugar DOB 1/2/1950 on the form",
        "Patient Information DOB 4/4/1948",
        "Mom DOB 7/7/1940",
    ],
)
def test_labels_before_a_date_of_birth_are_no_names(text: str) -> None:
    assert noted_patients(text, []) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We drove him from Coleburgh VT to the clinic on Monday", "Coleburgh VT"),
        ("She moved to East Harriet NE last spring, on lisinopril still", "East Harriet NE"),
        ("Grandma lives in Lake Marisol WI with my aunt", "Lake Marisol WI"),
    ],
)
def test_a_town_by_its_shape_with_its_state_code(redactor: Redactor, text: str, place: str) -> None:
    assert covered(redactor, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dr. Ellen Ashton MD reviewed the scan", "reviewed"),
        ("Ask Brenda Kingston PA-C about the dose", "about"),
        ("SEND IT TO THE MILTON CLINIC IN BOSTON", "IN"),
    ],
)
def test_a_degree_or_a_word_after_a_town_shaped_name_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    "text",
    [
        "Phone tree for Dad:\n- Rosa: 412-555-0101\n- Poison Control 1-800-222-1222",
        "Intake:\n- name Ellis Ward\n- cell 414.555.0175",
    ],
)
def test_a_list_entry_with_a_number_is_no_signature(text: str) -> None:
    assert sign_off(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("marcy fox made a page for mom: www.gofundme.com/marcy.fox.help please share", "marcy fox"),
        ("Seen for f/u: Hill, wound healing. Portal email gwen.hill88@example.net on file.", "Hill"),
        ("tell dale wood the forms went to dalewood1950@example.com today", "dale wood"),
    ],
)
def test_a_name_an_address_or_a_link_spells(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Walker delivered today. Questions to jane.walker@example.com", "delivered"),
        ("send the info to info@homecare.example.org, Care team", "team"),
    ],
)
def test_handles_name_no_other_words(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("helo its corinne blake my dad needs his inhaler", "corinne blake"),
        ("hii its tobias my moms oxygen is low", "tobias"),
    ],
)
def test_a_writer_who_introduces_herself_before_my(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_its_and_a_word_before_my_is_no_introduction(redactor: Redactor) -> None:
    assert not touched(redactor, "hello its hard my mom cant walk far", "hard")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Applicant\nFull name ....... Rosalie Dunn\nDate of birth ... 04 11 1938\nPhone ... 555", "04 11 1938"),
        ("Member: Calvin Oduya\nBirth date..: 1944 07 09\nPlan: Medicare Advantage", "1944 07 09"),
        ("whats dads birthday\n3 - 22 - 41\nok thanks, renewing his medicaid", "3 - 22 - 41"),
        ("Agent: Can you confirm the date of birth?\nCaller: 092346\nAgent: thank you", "092346"),
        ("they asked for her birth date, it is March the 9th 1941, and her card", "March the 9th 1941"),
    ],
)
def test_birth_dates_after_dot_leaders_on_the_next_line_and_year_first(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("birth date of the baby is unknown. Visit 10 12 2025 at 3pm", "10"),
        ("Date of birth?\nNot sure, the form is at home", "sure"),
    ],
)
def test_other_numbers_near_a_birth_label_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_an_ssn_with_spaces_around_its_dashes(redactor: Redactor) -> None:
    assert covered(redactor, "Her social security is 318 - 52 - 7740, the card is torn", "318 - 52 - 7740")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pt Lindgren, Tove #5520173 seen for cellulitis, on cephalexin", "5520173"),
        ("Pt Okafor, Ngozi #30417-2 reports dizziness after lisinopril", "30417-2"),
        ("my dad Arvid (MR-884120) was sent home on warfarin", "MR-884120"),
    ],
)
def test_a_record_number_right_after_a_name(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ask Maria #2 on the list about the refill", "2"),
        ("Dr. Lee's order #12 for the lab was lost", "12"),
    ],
)
def test_short_numbers_after_a_name_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Emergency contact: Marcus Church 412-555-0148", "Marcus Church"),
        ("Name Heather Chapel, account ending 4411", "Heather Chapel"),
    ],
)
def test_a_person_whose_surname_is_an_institution_word(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We go to Grace Church on Sundays, she likes the choir", "Grace"),
        ("the food pantry at Bethel Church helps on Tuesdays", "Bethel"),
    ],
)
def test_a_church_by_its_name_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we drove her to ashbyville, tn for the scan", "ashbyville, tn"),
        ("my aunt in north clara, wv takes the metformin", "north clara, wv"),
    ],
)
def test_a_lower_case_town_by_its_shape_with_its_state(redactor: Redactor, text: str, place: str) -> None:
    assert covered(redactor, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she went back to the new place, ok with me", "ok"),
        ("my son in hampton, or so he says", "or"),
    ],
)
def test_a_lower_case_code_that_is_a_word_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we are at 14 Birch Ln, Dover, DE 19901, marisa 302-555-0144, me 302-555-0101", "marisa"),
        ("call the house first and kenji 808 555 0172 after six", "kenji"),
    ],
)
def test_a_lower_case_name_before_its_number_in_a_run_of_contacts(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("call the office, cell 555-201-3344 or work 555-201-9988", "work"),
        ("his numbers: home 412 555 0199, and mom 412 555 0101", "mom"),
    ],
)
def test_labels_and_relations_before_a_number_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my cell 412-555-0134, desmond dob 7/19/1958, he takes warfarin", "desmond"),
        ("shes 8 now, priya birthday 3/14/2018, allergic to amoxicillin", "priya"),
    ],
)
def test_a_lower_case_name_before_dob(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_relations_and_pronouns_before_dob_stay(redactor: Redactor) -> None:
    text = "mom dob 4/5/1940 and his dob 3/3/1941"
    assert not touched(redactor, text, "mom") and not touched(redactor, text, "his")


def test_a_name_that_is_no_word_is_found_again_in_lower_case(redactor: Redactor) -> None:
    text = "our grandson Tavion lives with us now and tavion takes methylphenidate for ADHD"
    assert covered(redactor, text, "tavion")


def test_a_name_that_is_a_word_is_not_found_again_in_lower_case(redactor: Redactor) -> None:
    assert not touched(redactor, "my brother Will Hill says will is fine", "will is")


@pytest.mark.parametrize(
    "text",
    [
        "Bot: What is the patient's date of birth?\nMe: I will look\nBot: Please enter the member ID.",
        "Agent: thanks for calling, who am I speaking with?\nCaller: her son, about the refill",
    ],
)
def test_a_bot_or_an_agent_in_a_copied_chat_is_no_name(redactor: Redactor, text: str) -> None:
    assert not touched(redactor, text, text.split(":")[0])


def test_a_number_found_once_is_found_where_it_is_written_again(redactor: Redactor) -> None:
    text = "her chart number is [5520 1187], oops without the brackets: 5520 1187"
    out = redactor.redact(text).text
    assert "5520" not in out and "1187" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pt marisol quintero 4.2.51 r4410297 on lisinopril", "marisol quintero"),
        ("Night RN: pt Odile (#00417720) refused her metformin", "Odile"),
    ],
)
def test_a_patient_after_pt_before_a_date_or_a_number(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_the_pt_guy_in_lower_case_is_a_therapist(redactor: Redactor) -> None:
    assert not touched(redactor, "the pt guy comes tuesday, bring the walker", "guy")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Mexico: town, state abbreviation and postcode on the last line
        (
            "Mi tía vive en Privada Robles 118 Int. 4\nSan Lorenzo los altos, PUE 72810, gracias",
            "San Lorenzo los altos, PUE 72810",
        ),
        # Brazil: postcode, town and state on the last line, the neighbourhood above it
        (
            "Endereço da vovó: Rua Itapeva, 45\nJardim Paulista\n01332-000 São Paulo / SP. Ela toma losartana.",
            "01332-000 São Paulo / SP",
        ),
        # Italy: postcode, town and province in brackets
        ("Nonna sta in Via Garibaldi, 12 Piano 2\n40121, Bologna (BO) fino a maggio", "40121, Bologna (BO)"),
        # Germany: a street named for a person, hyphenated
        ("Opa wohnt jetzt in der Konrad-Adenauer-Straße 14, 50667 Köln", "Konrad-Adenauer-Straße 14"),
        # the Netherlands: a compound street name with its number
        ("Oma woont op Kastanjedreef 12\n3571 BX Utrecht", "Kastanjedreef 12"),
        # India: a house number, a street named before its type, the town and its PIN
        ("Dadi's address: H.No. 7, Tilak Nagar, Kanpur 208002", "H.No. 7, Tilak Nagar, Kanpur 208002"),
        ("नानी का पता: 14/2 गांधी मार्ग, इंदौर-452001", "इंदौर-452001"),
        # Japan in Latin letters: block numbers, district, ward, city and postcode
        (
            "She is staying at 1-4-12 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013 until May",
            "1-4-12 Higashi-Ikebukuro, Toshima-ku, Tokyo 170-0013",
        ),
        # Russia: settlement type, street, house and building, postcode
        ("Дедушка: г. Тверь, ул. Садовая, д. 9 к. 2, 170100", "г. Тверь, ул. Садовая, д. 9 к. 2, 170100"),
        # Vietnam: house, hamlet and street numbers before the ward
        ("Bà ngoại ở 12/7 Khóm 3 Đường số 5, Phường An Lạc, Thành phố Cần Thơ", "12/7 Khóm 3 Đường số 5"),
        # a British flat
        ("Gran's flat: Studio 7\nMillbrook Court\nLeeds\nLS6 2QA", "Studio 7"),
    ],
)
def test_international_addresses_in_their_countries_shapes(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address)


def test_a_mexican_address_ends_at_its_postcode(redactor: Redactor) -> None:
    text = "FLORES DE CERRADA OLMO 12, SAN PEDRO LOS BAJOS, MICH 58000, THANK HER AT CHURCH"
    assert not touched(redactor, text, "THANK HER")


def test_russias_trunk_eight_goes_with_the_number(redactor: Redactor) -> None:
    assert covered(redactor, "Звоните маме: 8 (495) 123-45-67 вечером", "8 (495) 123-45-67")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Opa wohnt Am Lindengarten 5, 04109 Leipzig, seit Mai", "Am Lindengarten 5, 04109 Leipzig"),
        ("Бабушка: 190000, г. Санкт-Петербург, Лиговский пр., д. 12, кв. 8", "Лиговский пр., д. 12, кв. 8"),
        ("Тато: вул. Шевченка, Одеса, буд. 17, кв. 3, 65000", "буд. 17, кв. 3"),
    ],
)
def test_german_place_streets_and_abbreviated_street_types(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address)


def test_am_before_a_number_in_english_is_no_street(redactor: Redactor) -> None:
    assert not touched(redactor, "Am I 3 days late with the Lasix refill?", "Am")
