"""Issue 17, thirty-second pass (thirty-eighth session): writers who name themselves mid-sentence, signatures inside a
thread, the labels of a clinician or a caller in a chart, forwarded messages' senders, record numbers and SSNs read
out with 'dash' or digit by digit, titles typed in lower case or of a church, and a state's code after a town in any
case. Every sentence is written for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.people import labelled_names, passed_on_names, sign_off
from redaction.phones import spoken_numbers, spoken_ssns
from redaction.places import answered_places, state_places
from redaction.tables import table_cells

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("its me joy my phone is dead, use this one", "joy"),
        ("it's me, Hope, can someone call the pharmacy", "Hope"),
        ("hey its dawn can somebody bring the walker tonight", "dawn"),
        ("im sunny his granddaughter, the one who drives him", "sunny"),
        ("I'm Grace, her niece from Tulsa", "Grace"),
    ],
)
def test_a_writer_naming_themselves_mid_sentence(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("im young, his wife is older than him", "his"),  # the relation after a comma is a new clause
        ("hey its june so i guess summer is here", "june"),  # a month after 'its' with no clause of asking
        ("it's me again, can you call back", "again"),
        ("im fine his daughter says", "fine"),  # an adjective, then a clause with its own verb
    ],
)
def test_what_follows_an_introduction_is_not_always_a_name(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the van comes at nine for the dialysis run -cody", "cody"),
        ("> sure, I can take Tuesday. -Gwen\n\nGwen, thank you so much", "Gwen"),
        ("Her INR was 2.4 this morning.\n-Marcus\n\nSent from my iPad", "Marcus"),
        ("I picked up the Eliquis.\n-R.J.", "R.J"),
        ("Is it safe with her warfarin? Thank you very much. Mei", "Mei"),
    ],
)
def test_signatures_inside_a_thread_and_after_a_word(text: str, name: str) -> None:
    start = text.index(name)
    assert any(s <= start and start + len(name) <= e for s, e in sign_off(text))


@pytest.mark.parametrize(
    "text",
    [
        "her sugar was 140 -ish after lunch",  # a number, then a suffix
        "List for the store:\n- Milk\n\nand bread",  # a bullet has a space after its dash
        "ok -Thanks",
    ],
)
def test_what_a_dash_leaves_is_no_signature(text: str) -> None:
    assert sign_off(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rx 448120 metoprolol\nPrescriber: DANA WOLFE NP\nRefills: 2", "DANA WOLFE"),
        ("PCP: Tobias Lindgren, MD\nNext visit: March", "Tobias Lindgren"),
        ("Caller: Yesenia (daughter). Reports mom fell.", "Yesenia"),
        ("Documented by: Orla Brennan RN", "Orla Brennan"),
        ("Label\nFor: ABARA, NKECHI\nTake 1 tablet daily", "ABARA, NKECHI"),
    ],
)
def test_a_clinician_or_caller_label_names_a_person(text: str, name: str) -> None:
    start = text.index(name)
    assert any(s <= start and start + len(name) <= e for s, e in labelled_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "PCP: Lakeside Family Medicine\nPhone: on file",
        "Provider: Riverbend Associates",
        "For: PAIN, SWELLING\nTake with food",
        "Referring: Northgate",  # one word that is no name
    ],
)
def test_a_practice_after_a_clinician_label_is_no_person(text: str) -> None:
    assert labelled_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fwd from Margo:\n> can you pick up the oxygen", "Margo"),
        ("text from will: running late, start without me", "will"),
        ("Voicemail from Tomasz Nowak: please call back", "Tomasz Nowak"),
    ],
)
def test_the_sender_of_a_passed_on_message(text: str, name: str) -> None:
    start = text.index(name)
    assert (start, start + len(name)) in passed_on_names(text)


@pytest.mark.parametrize(
    "text", ["Fwd from Mom:\nok", "Message from the pharmacy: ready", "Note from Nurse: bring the list"]
)
def test_a_relation_or_an_office_as_sender_is_no_name(text: str) -> None:
    assert passed_on_names(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the number on her card, is it 7 H W 3 dash K 2 9 dash T T 8 1? I can't read it", "7 H W 3 dash K 2 9"),
        ("his member id is Q R T 5 5 1 dash 0 8 8 2 4 and they want it", "Q R T 5 5 1 dash 0 8 8 2 4"),
        ("mrn is six two one dash four four oh dash nine nine two, thanks", "six two one dash four four oh"),
    ],
)
def test_a_record_number_read_out_with_dash(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_an_ssn_read_digit_by_digit_after_its_label(redactor: Redactor) -> None:
    text = "she said her social is 5 1 8 3 3 0 2 7 4 for the form"
    assert covered(redactor, text, "5 1 8 3 3 0 2 7 4")


def test_digits_one_by_one_without_groups_need_the_label() -> None:
    text = "the therapist had her count 1 2 3 4 5 6 7 8 9 out loud"
    assert spoken_numbers(text) == []  # counted aloud: no number read out
    assert spoken_ssns(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what did dr Okonkwo say about the rash", "Okonkwo"),
        ("Deacon Whitfield brings communion on Sundays", "Whitfield"),
        ("la enfermera Marisela dijo que le tomara la presión", "Marisela"),
        ("el doctor Villalobos quiere verla el lunes", "Villalobos"),
    ],
)
def test_a_name_after_a_lower_case_or_church_or_spanish_title(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my aunt is visiting from dayton, oh.", "dayton, oh"),
        ("she's staying in Wheeling wv until the new year", "Wheeling wv"),
        ("Send it to tulsa, ok\nthanks", "tulsa, ok"),
    ],
)
def test_a_town_and_its_state_code_in_any_case(text: str, place: str) -> None:
    start = text.index(place)
    assert (start, start + len(place)) in state_places(text, [])


@pytest.mark.parametrize(
    "text",
    [
        "we met up in Austin, ok so then we drove home",  # 'ok' goes on as a word
        "it was cold in Springfield, in the morning especially",
    ],
)
def test_a_state_code_that_is_a_word_needs_the_clause_to_end(text: str) -> None:
    assert all(not text[s:e].endswith((", ok", ", in")) for s, e in state_places(text, []))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the nurse comes to W8815 Cedar Ridge Rd, Cascade WI 53011 on Mondays", "W8815 Cedar Ridge Rd"),
        ("ship the CPAP to N5W22170 Maple Ave, Pewaukee, WI 53072 please", "N5W22170 Maple Ave"),
        ("they live out at E1409 County Hwy QQ past the church", "E1409 County Hwy QQ"),
        ("moved to 2217 Hwy 61 N last spring", "2217 Hwy 61 N"),
    ],
)
def test_a_county_grid_number_or_a_lettered_county_highway(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize("text", ["she needs an N95 mask and the W2 form", "the S1 and S2 heart sounds were normal"])
def test_a_letter_and_digits_alone_are_no_grid_address(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("the refill is waiting at our Spokane store until Friday", "Spokane"),
        ("she has a follow up at the Billings clinic next week", "Billings"),
    ],
)
def test_a_town_named_as_a_branch(redactor: Redactor, text: str, town: str) -> None:
    assert covered(redactor, text, town)


def test_a_branch_of_an_organisation_on_the_allow_list_stays(redactor: Redactor) -> None:
    text = "She goes to the Mayo Clinic in March for the scan"
    assert not touched(redactor, text, "Mayo")


def test_a_street_after_by_with_its_suffix_in_lower_case(redactor: Redactor) -> None:
    text = "I parked at the pharmacy by Cottonwood ave near the bank"
    assert covered(redactor, text, "Cottonwood ave")


def test_a_form_that_labels_last_and_first_names_both(redactor: Redactor) -> None:
    text = "INTAKE\nLast: Okoro  First: Grace\nMeds: lisinopril"
    assert covered(redactor, text, "Okoro") and covered(redactor, text, "Grace")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Medicaid card\nCIN TR55180K\nPlan: Fidelis", "TR55180K"), ("cin: WQ12034B on file", "WQ12034B")],
)
def test_a_new_york_medicaid_client_number(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ask for the claims desk at 866-555-0148 ext. 2210 and give them dad's name", "866-555-0148 ext. 2210"),
        ("Call the office at 800 555 0177 extension 12 before noon", "800 555 0177 extension 12"),
    ],
)
def test_a_toll_free_number_with_an_extension_is_a_desk(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_a_public_helpline_stays_even_with_an_option(redactor: Redactor) -> None:
    text = "call Poison Control at 1-800-222-1222 right away"
    assert not touched(redactor, text, "1-800-222-1222")


def test_a_phone_span_starts_at_its_first_digit(redactor: Redactor) -> None:
    text = "her aide (Marta Ruiz, 414-555-0190) comes at 8"
    result = redactor.redact(text)
    phone = next(s for s in result.spans if s.type == "PHONE_NUMBER")
    assert text[phone.start : phone.end] == "414-555-0190"


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The Kowalczyks are bringing dinner on Thursday", "Kowalczyks"),
        ("meal train for the Gallaghers starts monday", "Gallaghers"),
        ("can the hendersons drive grandpa to dialysis?", "hendersons"),
    ],
)
def test_a_family_by_its_surname_in_the_plural(redactor: Redactor, text: str, family: str) -> None:
    assert covered(redactor, text, family)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the millers at the feed store were closed", "millers"),
        ("the nurses said the meds were fine", "nurses"),
        ("we spent a week in the Hamptons", "Hamptons"),
    ],
)
def test_a_plural_that_is_a_word_or_a_region_is_no_family(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_a_clinician_label_value_before_the_forms_next_field(redactor: Redactor) -> None:
    text = "Lopez, Ana\nPrescriber: Harold Vance   Pharmacy 555-0100\nRefills: 1"
    assert covered(redactor, text, "Harold Vance")


def test_the_sender_after_a_role_word(redactor: Redactor) -> None:
    text = "text from pharmacist Obinna: your metoprolol was changed to once a day"
    assert covered(redactor, text, "Obinna")


def test_a_lower_case_name_as_a_labels_whole_value(redactor: Redactor) -> None:
    text = "hospice intake\npatient: rosa lee carter\nmeds: morphine, lorazepam"
    assert covered(redactor, text, "rosa lee carter")


@pytest.mark.parametrize("text", ["patient: doing well today\nmeds: same", "name: on file\nok"])
def test_a_lower_case_phrase_after_a_label_is_no_name(text: str) -> None:
    assert labelled_names(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("HER DOB IS 04 17 1946 AND SHE IS ON WARFARIN", "04 17 1946"),
        ("date of birth 9 3 48 for the refill", "9 3 48"),
        ("his birthday which is March ninth nineteen fifty one is on the form", "March ninth nineteen fifty one"),
    ],
)
def test_a_birth_date_with_spaces_or_in_words_after_which_is(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her member number is HMSA 0071-334-902, the card says", "HMSA 0071-334-902"),
        ("Leilani: KPHI 4471 0932 is on the back of the card", "KPHI 4471 0932"),
    ],
)
def test_a_plans_letters_printed_before_the_member_digits(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "label"),
    [("OHIP 4532-281-966-KT is her card", "OHIP"), ("DNI 40567891 en Lima", "DNI"), ("the ER 4410982 line", "ER")],
)
def test_a_numbers_label_before_it_stays(redactor: Redactor, text: str, label: str) -> None:
    assert not touched(redactor, text, label)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i keep telling faith to take the Eliquis at 8 but she forgets", "faith"),
        ("Can you ask grace about the ride to Mercy on Friday?", "grace"),
    ],
)
def test_a_lower_case_name_after_a_lower_case_telling_verb_in_mixed_text(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


def test_a_lower_case_word_after_telling_with_no_to_or_about_stays(redactor: Redactor) -> None:
    text = "We keep telling hope stories to the Kids at bedtime"
    assert not touched(redactor, text, "hope")


def test_a_pasted_tables_header_names_its_columns() -> None:
    text = "patient | id | city | drug\nLena Voss | QT448120 | PUEBLO | metformin\nOmar Said | 77-10293 | boise | Lasix"
    cells = {(text[s:e], kind) for s, e, kind in table_cells(text)}
    assert ("QT448120", "MEDICAL_RECORD_NUMBER") in cells and ("77-10293", "MEDICAL_RECORD_NUMBER") in cells
    assert ("PUEBLO", "LOCATION") in cells and ("boise", "LOCATION") in cells
    assert ("Lena Voss", "PERSON") in cells
    assert not any(kind for value, kind in cells if value in {"metformin", "Lasix"})  # the drug column names nothing


@pytest.mark.parametrize(
    "text",
    [
        "pt            mrn         med\nOkafor, B     44-2201     warfarin\nLindqvist, M  44-2310     Eliquis",
        "Helper, City, Phone\nRosa Dean, Mobile, 251.555.0177\nIvan Cole, Reading, 610-555-0190",
    ],
)
def test_tables_cut_by_spaces_or_commas(redactor: Redactor, text: str) -> None:
    second = text.split("\n")[1]
    value = [c.strip() for c in (second.split(",") if "," in text.split("\n")[0] else second.split("  ")) if c][1]
    assert covered(redactor, text, value)
    header = text.split("\n")[0]
    assert not touched(redactor, text, header.split()[0].rstrip(","))  # a column's name is no identifier


def test_rows_without_a_header_or_of_another_width_are_no_table() -> None:
    assert table_cells("Time | Med | Dose\n8am | Lasix | 40") == []  # no column names an identifier
    assert table_cells("name | city\nthis row | has | three cells") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agent: record number?\nDee: R7702-14\nAgent: thanks", "R7702-14"),
        ("nurse: what's the number on her bracelet?\nkim: um Q 5512 07\nnurse: ok", "Q 5512 07"),
    ],
)
def test_a_record_number_answering_a_question_with_dashes_or_a_filler(
    redactor: Redactor, text: str, value: str
) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "town"),
    [("Agent: which city?\nPaul: spokane\nAgent: got it", "spokane"), ("Q: Where do you live?\nA: Waco.", "Waco")],
)
def test_the_town_answering_where_someone_lives(text: str, town: str) -> None:
    start = text.index(town, text.index("\n"))
    assert (start, start + len(town)) in answered_places(text, [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("clinic list:\n- Moreno, Ada (QX55120) gout", "QX55120"),
        ("Subject: Dunn KP-118230\nresults attached", "KP-118230"),
        ("her nubmer ZT-440912 and the ssn", "ZT-440912"),
        ("Marta Lin\tRGB 451 220\t1950-03-02", "RGB 451 220"),
    ],
)
def test_a_lettered_record_number_without_a_label(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("B12 was low, COVID-19 booster done, N95 masks on I-95", "B12"),
        ("BP 120 080 this morning", "120"),
        ("call back CB 606 555 0148", "CB"),
        ("NHS 401 023 2137 on her card", "NHS"),
    ],
)
def test_lab_vaccine_road_vitals_and_labels_are_no_lettered_record(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"), [("Ivy tolld me the oxycodone is in the fridge", "Ivy"), ("Grace sayd the Lasix is out", "Grace")]
)
def test_a_name_before_a_misspelt_said_or_told(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("the refill is waiting at the spokane clinic, then we drive home", "spokane"),
        ("PLEASE MAIL IT TO THE TUCSON ADDRESS, NOT THE OTHER ONE", "TUCSON"),
    ],
)
def test_a_branch_town_in_lower_case_or_in_capitals(redactor: Redactor, text: str, town: str) -> None:
    assert covered(redactor, text, town)


@pytest.mark.parametrize(
    ("text", "word"),
    [("she was seen at the mobile clinic van", "mobile"), ("THE SENIOR CENTER IS CLOSED", "SENIOR")],
)
def test_a_word_before_a_branch_word_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_a_tables_town_cell_is_kept_from_the_span_filter(redactor: Redactor) -> None:
    text = "patient | id | city | drug\nRoss Hale | QA-220913 | mercer | tramadol\nIda Park | QA-220977 | Hartford | Eliquis"
    assert covered(redactor, text, "mercer") and covered(redactor, text, "Hartford")
