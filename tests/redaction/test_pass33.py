"""Issue 17, thirty-third pass (thirty-ninth session): birth dates as people give them (the ordinal day with its
article, the year alone after 'born', a month and year after 'b.', six digits after 'DOB'), the letter a Medicare claim
number prints after an SSN and a member's person code, quoted replies' writers, a phone thread's times before its
speakers, names a record prints surname first without a middle initial, and a common surname that is also a word after
a given name that is none. Every sentence is written for this file; the dev files hold none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.people import noted_patients, passed_on_names, record_names, speaker_labels

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her date of birth is the 2nd of March 1944, she says", "the 2nd of March 1944"),
        ("DOB: the 17th day of October, 1938\nAllergies: none", "the 17th day of October, 1938"),
        ("dad was born in 1947 and still mows the lawn", "1947"),
        ("Born 1952. Widowed. Lives alone with a cat.", "1952"),
        ("my uncle, born '39, takes his Lasix 40 at breakfast", "'39"),
        ("Pt b. August 1961, here for a wound check.", "August 1961"),
        ("Her son (dob; October 1980) helps with meds", "October 1980"),
        ("CALLER GAVE DOB 112748. RX READY.", "112748"),
    ],
)
def test_birth_dates_as_people_give_them(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("she was born in the hospital in 1950 where she later worked", "1950"),  # no year right after 'born'
        ("take two on the 5th of each month with food", "the"),
        ("BP 128/82 at 1430, metformin given", "1430"),
    ],
)
def test_other_numbers_and_ordinals_are_no_birth_dates(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Medicare HICN 204-61-7730 D6. Needs a new card.", "204-61-7730 D6"),
        ("her old medicare claim number was 311-58-2094 A. the new one starts with 5", "311-58-2094 A"),
        ("member id K58830147 02 i believe, it's aetna", "K58830147 02"),
    ],
)
def test_what_a_card_prints_after_the_number_goes_with_it(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_a_capital_i_after_an_ssn_is_the_writer(redactor: Redactor) -> None:
    out = redactor.redact("My medicare card has SSN 404-11-2387 I think, not sure").text
    assert "I think" in out and "404-11-2387" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (">> Lorraine wrote:\n>> the rollator came today\nthanks!", "Lorraine"),
        ("> Tobias Hartmann wrote:\n> can you check his sugar?", "Tobias Hartmann"),
        ("On Fri, 4 Apr 2026 at 8:02, Ines Barros wrote:\n> yes", "Ines Barros"),
    ],
)
def test_the_writer_of_a_quoted_reply(text: str, name: str) -> None:
    start = text.index(name)
    assert (start, start + len(name)) in passed_on_names(text)


def test_a_relation_who_wrote_is_no_name() -> None:
    assert passed_on_names("Mom wrote:\n> the pills are in the blue box") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thu 11:48 PM  Rosalind: he's breathing fast\nThu 11:49 PM  Teo: calling 911 now", "Rosalind"),
        ("7:05 AM - Dariusz: gave the insulin\n7:09 AM - Wanda: thank you", "Wanda"),
    ],
)
def test_speakers_after_a_threads_times(text: str, name: str) -> None:
    start = text.index(name)
    assert (start, start + len(name)) in speaker_labels(text)


def test_a_schedules_items_after_times_are_no_speakers() -> None:
    text = "8:00 AM Breakfast: oatmeal\n12:30 PM Stretch: 15 min\n9:00 PM Walk: around the block"
    assert speaker_labels(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Handoff BARNES, Yvette (rm 512): CHF, on furosemide.", "BARNES, Yvette"),
        ("- FARMER, Lionel 616-555-0174\n- Ortiz, Bea 616-555-0175", "FARMER, Lionel"),
        ("PT WALKER, DORIS 03/14/1940 MRN 5510293 - home with PT", "WALKER, DORIS"),
        ("Consult: Hayes, R. (02/19/1951), s/p fall.", "Hayes, R."),
        ("Counseling: STONE, Victor, SSN on file, Medicaid pending", "STONE, Victor"),
        ("Okafor-Hill, Grace  MRN 7720113  DOB 5/5/1961", "Okafor-Hill, Grace"),
    ],
)
def test_names_a_record_prints_surname_first(text: str, name: str) -> None:
    start = text.index(name)
    spans = record_names(text, [], [])
    assert any(s <= start and start + len(name) <= e for s, e in spans)


@pytest.mark.parametrize(
    "text",
    [
        "We drove to Rome, Italy (2019) and Austin, Texas (2021).",
        "Name: Ana Ruiz, DNI 34.556.120",  # a label after the surname, in capitals
        "Start Ensure Plus TID, Mirtazapine per MD",
        "78F w/ CHF, EF 30%, stable",
        "Ann, Joe and Reed came by after lunch",  # a list: no record's next field after it
        "268 Lê Lợi, Phường 7, Quận 3",  # a ward's word after a street
    ],
)
def test_places_labels_medicines_and_lists_are_no_record_names(text: str) -> None:
    assert record_names(text, [], []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patient: Benjamin Swift  DOB: 4-12-1929", "Benjamin Swift"),
        ("Please move Kathleen Church's appointment to Friday", "Kathleen Church"),
    ],
)
def test_a_common_surname_that_is_a_word_after_a_given_name_that_is_none(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Grace Church will host the lunch on Sunday", "Church"),
        ("Lunch at St. Benjamin Church after Mass", "Church"),
    ],
)
def test_a_church_named_for_someone_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mail for Grandpa goes to Star Route Box 61, Council, ID 83612 now", "Star Route Box 61, Council, ID 83612"),
        ("ship the walker to rural route 4 box 9, Hays KS 67601", "rural route 4 box 9, Hays KS 67601"),
    ],
)
def test_rural_boxes_with_and_without_a_route_number(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("O: RR 18, SpO2 94% RA, HR 88, T 98.6. Lungs clear.", "RR"),
        ("Vitals BP 142/80 HR 76 RR 20 temp 99.1", "RR"),
        ("Auth pending w/ Humana for the wheelchair.", "Auth"),
        ("Dispo: home with home health Monday.", "Dispo"),
        ("Emerg contact on file. Nsg to call in am.", "Emerg"),
    ],
)
def test_a_notes_vitals_and_shorthand_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_a_chat_copied_with_its_times_names_rare_given_names() -> None:
    text = "[10:02 PM] Ione: the oxygen is beeping\n[10:03 PM] Russell: unplug it and plug it back\n[10:05 PM] Ione: ok"
    labels = speaker_labels(text)
    assert (text.index("Ione"), text.index("Ione") + 4) in labels
    assert (text.index("Russell"), text.index("Russell") + 7) in labels


def test_a_record_name_heading_a_note_before_a_dash() -> None:
    text = "HUNT, MARLENE -- PT visit. Gait steadier with the walker."
    assert (0, len("HUNT, MARLENE")) in record_names(text, [], [])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("pls send the refill to lorna grey", "lorna grey"),
        ("talked w wife carol ames re: the hospice eval", "carol ames"),
        ("text kelsey noble at this number after 6", "kelsey noble"),
    ],
)
def test_a_lower_case_surname_that_is_a_word_after_a_given_name_that_is_none(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hey its ty new # 5555550177 save it", "new"),  # an adjective before what it describes
        ("michael said the pharmacy closed early", "said"),  # what a person does
    ],
)
def test_what_follows_a_lower_case_given_name_is_not_always_its_surname(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("RESPONSIBLE PARTY: DALE HUNTER\nRELATIONSHIP: NEPHEW", "DALE HUNTER"),
        ("Rep payee: Gloria Banks (daughter)", "Gloria Banks"),
        ("Health care agent: Reed Young, 555 Elm", "Reed Young"),
    ],
)
def test_who_answers_for_the_patient_on_a_form(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SOAP note - ilse brandauer 77F (chart 55102)", "ilse brandauer"),
        ("Wound clinic: Bernard Fox 81M, sacral ulcer stage 2.", "Bernard Fox"),
        ("Report to SNF: Delphine Okafor, 92F, CHF.", "Delphine Okafor"),
        ("HH visit: pt wendell marsh at home, dsg changed.", "wendell marsh"),
    ],
)
def test_a_notes_patient_before_age_and_sex_or_after_pt(text: str, name: str) -> None:
    start = text.index(name)
    assert (start, start + len(name)) in noted_patients(text, [])


@pytest.mark.parametrize(
    "text",
    [
        "Pt 78F w/ CHF, EF 30%, stable",
        "Seen 3 days ago, CHF 78F improving",
        "pt is a 45 yo m with chest pain",
        "Pt has new onset afib, rate 110",
    ],
)
def test_a_notes_shorthand_before_age_and_sex_is_no_name(text: str) -> None:
    assert noted_patients(text, []) == []


@pytest.mark.parametrize(
    ("text", "word", "address"),
    [
        ("Lives 12 Oak St, Springfield, IL 62704. Daughter nearby.", "Lives", "12 Oak St, Springfield, IL 62704"),
        ("Moved 4 Elm Rd, Dover, DE 19901 last week", "Moved", "4 Elm Rd, Dover, DE 19901"),
    ],
)
def test_a_verb_before_a_house_number_is_no_part_of_the_address(
    redactor: Redactor, text: str, word: str, address: str
) -> None:
    assert not touched(redactor, text, word)
    assert covered(redactor, text, address)
