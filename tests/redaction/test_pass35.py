"""Issue 17, thirty-fifth pass (forty-first session): a note's patient written surname first before the age and sex
or a record number ('NAM, Hye-jin (71F)', 'pt adeyemi, folake 29F'), a ship's name before its fleet post office, a
related given name with its surname ('my fiance tess harper is', 'the husband of ray dunn'). Every sentence is written
for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.name_cues import related_names
from redaction.people import noted_patients, record_names

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NAM, Hye-jin (71F) here for a BP recheck. Taking losartan.", "NAM, Hye-jin"),
        ("EL-AMIN, Yusuf (58M) seen for gout flare, colchicine started.", "EL-AMIN, Yusuf"),
        ("SEO, MIN-JUN MRN 44019327 follow up after the echo.", "SEO, MIN-JUN"),
        ("BAEK, Dong-hyun 03/14/1961 cholesterol review", "BAEK, Dong-hyun"),
    ],
)
def test_a_record_name_with_a_syllable_given_name_or_a_particle(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_record_names_keep_a_place_and_a_medicine() -> None:
    assert record_names("ROME, ITALY (2019) was our last trip", [], []) == []
    assert record_names("SMITH, LISINOPRIL 10MG daily", [], []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pt adeyemi, folake 29F at 36 weeks, BP 148/92, sent to triage", "adeyemi, folake"),
        ("Bed 3: Kowalczyk, Irena 84F, fall at home, on apixaban", "Kowalczyk, Irena"),
    ],
)
def test_a_note_s_patient_surname_first_before_age_and_sex(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_comma_before_the_age_alone_is_no_name() -> None:
    assert noted_patients("seen today, 88F with a cough", []) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Please mail his copy to USNS Mercy, FPO AP 96677 instead.", "USNS Mercy, FPO AP 96677"),
        ("send the card to uss carl vinson fpo ap 96629 thanks", "uss carl vinson fpo ap 96629"),
    ],
)
def test_a_ship_before_its_fleet_post_office(redactor: Redactor, text: str, address: str) -> None:
    assert covered(redactor, text, address)


def test_a_ship_without_a_post_office_is_no_address(redactor: Redactor) -> None:
    assert not touched(redactor, "He served on the USS Constitution tour last summer.", "Constitution")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my fiance tess harper is having chest pain, she takes propranolol", "tess harper"),
        ("this is lorna, the husband of ray dunn. his INR is 3.9", "ray dunn"),
        ("I'm calling for the daughter of hye-jin nam about her metformin", "hye-jin nam"),
    ],
)
def test_a_related_given_name_with_its_surname(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "my son will park the car at the clinic",
        "the daughter of the owner brought the forms",
        "the wife of a neighbor drove her in",
    ],
)
def test_a_relation_before_ordinary_words_names_no_one(text: str) -> None:
    assert related_names(text, []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "CONSULT - OYELARAN, TEMITOPE - 0044120987 - 02/02/1950\nWound check, dressing changed.",
            "OYELARAN, TEMITOPE",
        ),
        ("Re: Whitlock, Harriet, June 4th, 1938\nplease send the echo report", "Whitlock, Harriet"),
        ("Name: Okafor, Chidi\nAllergies: penicillin", "Okafor, Chidi"),
    ],
)
def test_a_record_name_by_its_heading_or_label(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_label_before_a_place_and_a_state_is_no_record_name() -> None:
    assert record_names("Re: Paris, Texas trip next month", [], []) == []


def test_a_speaker_repeated_in_a_dialogue_is_kept_whatever_the_word_looks_like(redactor: Redactor) -> None:
    text = "Aunt Roz: did the nurse call?\nWendelin: not yet\nAunt Roz: ok tell me\nWendelin: will do"
    assert covered(redactor, text, "Wendelin")


def test_a_role_with_the_speaker_s_name_in_brackets(redactor: Redactor) -> None:
    text = "Scheduler (Tamsin): your mother's MRI is Friday at 9.\nMe: thanks, she'll be there"
    assert covered(redactor, text, "Tamsin")
    assert not touched(redactor, "Dosage (Morning): 2 tabs with food", "Morning")


def test_a_week_rota_in_lower_case(redactor: Redactor) -> None:
    text = "rides this week\nmon - carol\ntue - dennis\nwed - thaddeus\nthu - carol again"
    for name in ("carol", "dennis", "thaddeus"):
        assert covered(redactor, text, name)
    assert not touched(redactor, "plan\nmon - gym\ntue - rest\nwed - swim", "rest")


def test_a_ssn_parted_by_spaced_dashes_without_a_label(redactor: Redactor) -> None:
    assert covered(redactor, "Bea: here it is 529 - 71 - 0384, dont share", "529 - 71 - 0384")


def test_a_one_digit_pause_extension_at_the_end(redactor: Redactor) -> None:
    assert covered(redactor, "the desk said to call 214-555-0188,4", "214-555-0188,4")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the pharmacist at the cvs in springfield, ma told us to wait", "springfield, ma"),
        ("we drove her to scottsdale, az yesterday for the scan", "scottsdale, az"),
    ],
)
def test_a_lower_case_city_and_state_before_more_words(redactor: Redactor, text: str, place: str) -> None:
    assert covered(redactor, text, place)


def test_a_spanish_word_after_a_comma_is_no_state(redactor: Redactor) -> None:
    assert not touched(redactor, "hola soy ines, la hija de rosa morales, mi mama tiene fiebre", "mi mama")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is the statin ok with grapefruit?\n-Thaddeus\nthad@example.net\nhttps://example.net/thad", "Thaddeus"),
        ("Spoke with the daughter, plan unchanged. -Marisela, RN", "Marisela"),
    ],
)
def test_a_signature_with_credentials_or_a_contact_block(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("her plan card says Member ID: QHV W55102938, group 7", "QHV W55102938"),
        ("su id de medicaid es NM 6620194471, gracias", "NM 6620194471"),
        ("Medicaid KY-MCD 339201845 on file", "KY-MCD 339201845"),
        ("Member ID: amer 00512 6643", "amer 00512 6643"),
    ],
)
def test_a_plan_s_letters_before_the_member_s_digits(redactor: Redactor, text: str, number: str) -> None:
    assert covered(redactor, text, number)


def test_a_word_before_a_member_number_stays(redactor: Redactor) -> None:
    assert not touched(redactor, "her member id is 66120934 and the group is on the back", "is")


def test_a_street_without_its_number_in_a_message_typed_in_capitals(redactor: Redactor) -> None:
    text = "REFILL THE METOPROLOL AT THE CVS ON LARIMER ST, GREELEY CO 80631 PLEASE"
    assert covered(redactor, text, "LARIMER ST, GREELEY CO 80631")
    assert not touched(redactor, "HE IS ON THE DRIP AND WILL BE SEEN ON FRIDAY", "DRIP")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('the text said "Walgreens: Rx for DOROTHEA K ready for pickup."', "DOROTHEA K"),
        ("Your prescription for TOMASZ WIERZBICKI (metoprolol 25mg) is ready.", "TOMASZ WIERZBICKI"),
    ],
)
def test_a_name_a_pharmacy_prints_in_capitals(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_medicine_or_a_relation_printed_in_capitals_is_no_name(redactor: Redactor) -> None:
    assert not touched(redactor, "Rx for AMLODIPINE 5MG is ready", "AMLODIPINE")
    assert not touched(redactor, "the refill for GRANDMA is ready", "GRANDMA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pt Nakashima, Rei #31-4471-09 called about the rash", "Nakashima, Rei"),
        ("Seen today: Abernathy-Cole, B. chart #552-1908, stable.", "Abernathy-Cole, B."),
        ("Name (Last, First, MI): Dragomir, Anca, T\nDOB: 4/4/1950", "Dragomir, Anca"),
    ],
)
def test_a_record_name_before_its_number_sign_or_under_a_label(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_modal_before_a_surname_and_a_verb_is_a_given_name(redactor: Redactor) -> None:
    assert covered(redactor, "MY UNCLE WILL KOWALSKI HAS THE FLU AND A FEVER", "WILL KOWALSKI")
    assert not touched(redactor, "my uncle will be there at noon", "will")


def test_a_kin_word_before_a_speaker_s_name_that_is_also_a_word(redactor: Redactor) -> None:
    text = "Sister Hope: did she eat?\nNurse Pam: yes, most of it"
    assert covered(redactor, text, "Hope")


def test_a_vanity_number_with_a_two_letter_group(redactor: Redactor) -> None:
    assert covered(redactor, "My shop line 866-GO-BAKES is for orders only.", "866-GO-BAKES")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I called about the bill for Mi-rae Choi and nobody called back", "Mi-rae Choi"),
        ("does anyone have hye-jin kang's number? she missed the walk", "hye-jin kang"),
        ("SOON-OK needs her eye drops tonight", "SOON-OK"),
    ],
)
def test_a_korean_given_name_of_two_syllables(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize("text", ["it was so-so, and the in-law came", "pre-op at 9, then a sit-in", "ha-ha ok"])
def test_hyphenated_words_are_no_korean_names(text: str) -> None:
    from redaction.people import syllable_names

    assert syllable_names(text, []) == []


def test_a_representative_s_label_is_no_name(redactor: Redactor) -> None:
    text = "Rep: the account number please\nMe: 004471290\nRep: thank you"
    assert not touched(redactor, text, "Rep")


def test_my_house_before_an_address_is_no_unit(redactor: Redactor) -> None:
    text = "she left her inhaler at my house 88 Quarry Rd, Barre, VT 05641"
    assert covered(redactor, text, "88 Quarry Rd, Barre, VT 05641")
    assert not touched(redactor, text, "house")


def test_idaho_s_code_after_what_an_id_is_of_is_a_label(redactor: Redactor) -> None:
    text = "Medicare ID 55102-19\nSSN 412 30 9981"
    assert not touched(redactor, text, "Medicare")
    assert covered(redactor, "she lives at 40 Elm St, Boise, ID 83702", "40 Elm St, Boise, ID 83702")


def test_a_label_after_a_name_is_no_street(redactor: Redactor) -> None:
    text = "PATIENT ROSALIND LANE DOB 1949-03-08 ADDRESS 77 BIRCH RD, SALEM, OR 97301"
    assert covered(redactor, text, "1949-03-08")
    assert not touched(redactor, text, "DOB")


def test_a_note_s_next_field_is_no_part_of_the_name(redactor: Redactor) -> None:
    text = "MRN 5518203 / Graham Pollard / DOB 6/2/71\nasthma, cont inhaler"
    assert covered(redactor, text, "Graham Pollard")
    assert not touched(redactor, text, "DOB")


def test_a_capital_inside_a_word_is_no_name_before_a_verb(redactor: Redactor) -> None:
    text = "Mom's inhaler ran out and CVS says no refills until Monday"
    assert not touched(redactor, text, "CVS")


def test_a_country_read_from_a_cue_is_no_person(redactor: Redactor) -> None:
    text = "We are visiting from Portugal. Mom Leonor Bastos forgot her losartan"
    assert not touched(redactor, text, "Portugal")
    assert covered(redactor, text, "Leonor Bastos")
    assert covered(redactor, "my aunt Georgia called about the refill", "Georgia")


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("POD 3, ambulating. Spouse Marguerite present, teaching done.", "Spouse", "Marguerite"),
        ("Spoke w/ Desmond (son) re: discharge plan.", "w/", "Desmond"),
    ],
)
def test_a_role_or_shorthand_before_a_name_stays(redactor: Redactor, text: str, word: str, name: str) -> None:
    assert covered(redactor, text, name)
    assert not touched(redactor, text, word)


def test_a_respiratory_rate_is_no_rural_route(redactor: Redactor) -> None:
    assert not touched(redactor, "pt resting, RR 22 w/ periods of apnea, SpO2 91%", "RR 22")
    assert not touched(redactor, "on Lasix 40; RR 18, RR 20 overnight", "RR 18")
    assert covered(redactor, "please mail it to RR 4, Millbrook, AL 36054", "RR 4, Millbrook, AL 36054")


def test_a_forwarded_mail_s_date_line_is_nobody_s_date(redactor: Redactor) -> None:
    text = "From: Odile Brandt <odile.b@example.com>\nDate: Thu, Feb 12, 2026 at 9:03 AM\nSubject: Mom's MRI"
    assert not touched(redactor, text, "Feb 12, 2026")
    assert covered(redactor, "Name: Odile Brandt\nDOB: Feb 12, 1941", "Feb 12, 1941")


def test_a_function_word_left_of_a_medicine_is_no_place(redactor: Redactor) -> None:
    assert not touched(redactor, "Mi hermano puede recoger la receta de Zoloft mañana", "de")


def test_a_form_s_next_label_is_no_place(redactor: Redactor) -> None:
    text = "Name: Al Brenner\nPhone: 555-201-3344"
    assert covered(redactor, text, "Al Brenner")
    assert not touched(redactor, text, "Phone")
    text = "EMERGENCY CONTACT\nName: Min-seo Park\nRelationship: daughter\nPhone (day): 213-555-0147"
    assert not touched(redactor, text, "Relationship")
    assert covered(redactor, "Adres: al. Jerozolimskie 54, 00-024 Warszawa", "al. Jerozolimskie 54, 00-024 Warszawa")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('Voicemail 3 of 4: "so call me back, ok?"', "Voicemail"),
        ("Resident: Mr. Amos Kerr, Rm 12\nVisitors: none", "Rm"),
        ("Chart C-4419022 — Odessa Flint. A1c 7.9", "Chart"),
    ],
)
def test_a_record_s_own_word_is_no_name(redactor: Redactor, text: str, label: str) -> None:
    assert not touched(redactor, text, label)


def test_a_toll_free_number_with_the_country_s_one_and_an_extension_is_a_desk(redactor: Redactor) -> None:
    text = "To call:\nMarvin (insurance) 1-800-555-0166 x2291\nPoison Control 1-800-222-1222"
    assert covered(redactor, text, "1-800-555-0166 x2291")
    assert not touched(redactor, text, "1-800-222-1222")


def test_a_vietnamese_kin_title_before_a_name(redactor: Redactor) -> None:
    text = "Bà nội ở Huế. Cô Hằng: +84 234 382 1177. Mom wants the new pill box sent there"
    assert covered(redactor, text, "Hằng")
