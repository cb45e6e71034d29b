"""Fifteenth pass of issue 17: speaker labels after role words ('Case worker Deb:'), role and kinship words of other
languages, and the other classes found on `handwritten_dev5.jsonl`. Tested here on sentences written for this file,
not copied from the dev files."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Night shift RN Marisol: her pressure is 90/60 now\nSon Peter: ok\n"
            "Night shift RN Marisol: keep her lying down",
            "Marisol",
        ),
        ("Social worker Anke: can you send the form?\nDaughter Jo: yes I will send it today", "Anke"),
        ("Sra. Paloma: necesito la receta para mi esposa", "Paloma"),
        ("• Vecina Frau Okonkwo: 030 555 1234", "Okonkwo"),
        ("kid brother gene: who has mom tonight\naunt rosa: i do\nkid brother gene: ok thanks", "gene"),
        ("gene: who is taking grandpa thursday\nmarta: i can do it after work\ngene: ok thanks", "gene"),
    ],
)
def test_the_name_of_a_speaker_label_after_role_words_is_a_person(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Night shift RN Marisol: her pressure is 90/60 now\nNight shift RN Marisol: call me", "shift"),
        ("Shift note: patient slept well\nShift note: no falls overnight", "note"),
        ("Blood sugar log: 140 this morning", "log"),
        ("Phone Bill: $80", "Bill"),
        ("mom: did you call the clinic\nme: yes they said friday\nmom: ok", "mom"),
        ("june: refill due\njuly: refill due", "june"),  # a schedule, not a dialogue
    ],
)
def test_role_words_labels_and_schedules_are_not_speakers(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Carer Bronagh: she ate all her lunch today and took her tablets", "Carer"),
        ("Coach Ifeanyi: the rehab walking group meets on Saturday", "Coach"),
        ("Nieta Ximena: abuelo, ¿ya tomaste la pastilla?\nAbuelo Tomás: sí", "Nieta"),
        ("• Enkelin Wiebke: 0171 555 2290", "Enkelin"),
        ("Maman a pris son Doliprane ce matin et elle dort.", "Maman"),
        ("Oğlu Serkan 0532 555 12 34, annem iyi.", "Oğlu"),
    ],
)
def test_a_role_or_kinship_word_before_a_name_is_not_part_of_it(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "she wandered back to 9 Maple Grove Ct in Rockville MD 20850 last night",
            "9 Maple Grove Ct in Rockville MD 20850",
        ),
        ("send it to 310 Birch Ave Apt 6 in Dover DE 19901 please", "310 Birch Ave Apt 6 in Dover DE 19901"),
        ("mail goes to 77 oak st unit 3 in salem or 97301 now", "77 oak st unit 3 in salem or 97301"),
        ("Vive en C/ Mayor 12, 28013 Madrid con su hija.", "C/ Mayor 12, 28013 Madrid"),
        ("Ara viu sola al Carrer de Balmes 88, 08008 Barcelona.", "Carrer de Balmes 88, 08008 Barcelona"),
        ("le kiné passe au 8 bis rue Pasteur, 69007 Lyon mardi", "8 bis rue Pasteur, 69007 Lyon"),
        ("Diolch,\n4 Heol y Parc, Swansea SA1 4AA", "4 Heol y Parc, Swansea SA1 4AA"),
        ("she is at flat 12 rowan court, leeds ls6 2ab, ring me", "flat 12 rowan court, leeds ls6 2ab"),
        ("Tel: +48 22 555 01 23\nul. Polna 7/3, 00-625 Warszawa", "ul. Polna 7/3, 00-625 Warszawa"),
    ],
)
def test_an_address_is_one_span_from_its_first_word_to_its_town(redactor: Redactor, text: str, address: str) -> None:
    start = text.index(address)
    spans = redactor.redact(text).spans
    assert any(s.start <= start and start + len(address) <= s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("we met at 40 Park Ave in the morning", "morning"),  # 'in' before no place joins nothing
        ("Tel +48 22 555 01 23\nul. Polna 7/3, 00-625 Warszawa", "+48"),  # the phone line stays a phone
        ("I was born in 1950 in Boston and moved", "1950"),
    ],
)
def test_in_joins_a_street_only_to_a_place(redactor: Redactor, text: str, word: str) -> None:
    spans = redactor.redact(text).spans
    start = text.index(word)
    if word == "+48":
        assert any(s.start == start and s.type == "PHONE_NUMBER" for s in spans)
    else:
        assert not any(s.start <= start < s.end and s.type == "LOCATION" for s in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear RUTHANNE M. KOWALCZYK: your claim was approved.", "RUTHANNE M. KOWALCZYK"),
        ("Rx for DENISE R OYELARAN is ready for pickup", "DENISE R OYELARAN"),
        ('"Insured: WALTER P. OKONJO\nPlan: Gold"', "WALTER P. OKONJO"),
        ("Notice for Otis B. Grimshaw about his benefits", "Otis B. Grimshaw"),
    ],
)
def test_a_given_name_a_middle_initial_and_a_surname_are_one_name(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("MEDICARE PART B PREMIUM IS DUE, VITAMIN D LEVEL LOW", "PART"),
        ("MEDICARE PART B PREMIUM IS DUE, VITAMIN D LEVEL LOW", "VITAMIN"),
        ("HEPATITIS B VACCINE GIVEN TODAY", "VACCINE"),
        ("Her Medicare Part B premium went up", "Part"),
    ],
)
def test_a_letter_between_two_words_of_a_thing_makes_no_name(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Здравствуйте! Пишу за маму, Ирину Котову. Телефон +7 913 555-20-11. Она принимает бисопролол.", "принимает"),
        ("Здравствуйте! Пишу за маму, Ирину Котову. Телефон +7 913 555-20-11. Она принимает бисопролол.", "Телефон"),
        ("مرحبا، أنا ليلى حداد، ابنة المريض سمير حداد. جوال 0551 000 111.", "ابنة"),
        ("שלום, אני דנה לוי, הבת של יוסי לוי. טלפון 052-000-1111.", "טלפון"),
        ("Γεια σας, η κόρη του Νίκου εδώ. Τηλ 210 000 1111, κινητό 694 000 1111.", "κινητό"),
    ],
)
def test_labels_kinship_words_and_takes_in_other_scripts_are_not_names(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("안녕하세요. 어머니 박순자 씨 주소: 부산광역시 해운대구 123", "박순자"),
        ("مرحبا، أنا ليلى حداد، ابنة المريض سمير حداد. جوال 0551 000 111.", "سمير حداد"),
        (
            "Анкета\nФИО: Котова Ирина Павловна\nПолис ОМС: 5512 3390 1187 0042\nДиагноз: гипертония",
            "5512 3390 1187 0042",
        ),
    ],
)
def test_names_and_policy_numbers_in_other_scripts_are_still_found(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hola doctora, soy Ximena. Vive sola en Calle Luna 8, 28004 Madrid.", "Vive"),
        ("Ciao, sono Giulia. Prende Coumadin da due anni.", "Prende"),
        ("Hallo, Oma wohnt allein. Nimmt Marcumar seit Mai.", "Nimmt"),
        ("hiya its me again, mum is fine now", "hiya"),
        ("Obrigada pela ajuda.\nCumprimentos,\nLuísa Ferraz", "Cumprimentos"),
        ("my dads adress is 14 birch st, akron oh 44301", "adress"),
        ("RSVP to the support group by Friday", "RSVP"),
    ],
)
def test_verbs_greetings_and_closings_of_other_languages_are_not_names(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


def test_a_no_before_the_house_number_is_part_of_the_address(redactor: Redactor) -> None:
    text = "please send to address no 42 5th cross road indiranagar bangalore 560038"
    assert covered(redactor, text, "no 42 5th cross road indiranagar bangalore 560038")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pt's husband (marlene pike) called, says he is dizzy", "marlene pike"),
        ("calling for my aunt marlene devi, age 70, shes diabetic", "marlene devi"),
        ("its for my son, terrell banks jr, he is 12", "terrell banks jr"),
        ("Ray Ortega Sr. called about the stair lift", "Ray Ortega Sr"),
    ],
)
def test_a_lower_case_surname_and_a_generation_go_with_the_given_name(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("ask marlene will she come tomorrow", "will"),
        ("minha mae dona lucia pereira ta com a glicose alta", "ta"),
        ("tell marlene nurse said the dose is fine", "nurse"),
    ],
)
def test_a_verb_a_short_word_or_a_role_after_a_lower_case_name_is_no_surname(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("class starts thurs, rsvp on her page example.org/classes - marguerite", "marguerite"),
        ("Can you confirm? I'll drive. -Renata (renata.k@example.org)", "Renata"),
    ],
)
def test_a_signature_after_a_link_or_before_its_email_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("take it with food - daily", "daily"),
        ("bp was high this morning - thanks", "thanks"),
        ("the walker is in the garage - mom", "mom"),
        ("pick up at 5 - Sunday", "Sunday"),
    ],
)
def test_a_word_or_a_relation_after_a_closing_dash_is_no_signature(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("dad lives in peoria il now, closer to us", "peoria il"),
        ("we drove from fresno ca to reno nv yesterday", "reno nv"),
    ],
)
def test_a_lower_case_town_before_a_state_code_is_a_place(redactor: Redactor, text: str, place: str) -> None:
    assert covered(redactor, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("he had a ct scan and the md said its fine", "ct"),
        ("he had a ct scan and the md said its fine", "md"),
    ],
)
def test_a_lower_case_code_that_is_a_word_is_no_state(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Inscription\nNom : DUBREUIL\nPrénom : Anne-Sophie\nNé le : 3 mai 1940", "DUBREUIL"),
        ("Apellidos: GARCÍA LÓPEZ\nNombre: Rosa", "GARCÍA LÓPEZ"),
    ],
)
def test_the_value_of_a_name_field_of_another_language_is_a_person(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_name_fields_label_is_not_a_name(redactor: Redactor) -> None:
    assert not touched(redactor, "Nom : DUBREUIL\nPrénom : Anne-Sophie", "Prénom")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("PT HAS ATRIAL FIBRILLATION, ON WARFARIN, INR DUE FRIDAY", "WARFARIN"),
        ("DX: CKD, ON DIALYSIS MWF", "DIALYSIS"),
    ],
)
def test_on_before_a_word_in_capitals_is_no_province(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_a_province_code_before_its_postcode_still_ends_an_address(redactor: Redactor) -> None:
    text = "MOM LIVES AT 12 KING ST, OTTAWA, ON K1P 5G4 NOW"
    assert covered(redactor, text, "12 KING ST, OTTAWA, ON K1P 5G4")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("his sat is 89 at rest today, usually 92", "rest"),  # a lower-case message is title-cased for streets
        ("oxygen 88 at rest and 84 on the stairs", "rest"),
        ("she walked 20 in the park", "park"),
    ],
)
def test_a_reading_before_a_little_word_and_a_street_word_is_no_street(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


def test_a_street_named_by_a_word_before_its_suffix_is_still_an_address(redactor: Redactor) -> None:
    assert covered(redactor, "she lives at 12 forest rest, dayton oh 45402", "12 forest rest")
