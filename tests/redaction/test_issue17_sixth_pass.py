"""Issue 17, sixth pass: names that are English words, read from how a writer introduces a person.

Examples written here (not taken from the dev file); each rule is tested both ways: what it must catch and
what it must leave alone.
"""

from __future__ import annotations

import pytest

from evals.redaction.metrics import covered, without_possessive
from redaction import Redactor
from redaction.name_cues import introduced_names
from redaction.people import continue_names, nonlatin_names, repeated_names, speaker_labels
from redaction.phones import find_phones
from tests.redaction.checks import covered as span_covered
from tests.redaction.checks import touched


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hey its rose again, the pharmacy never called back", ["rose"]),
        ("this is wade from down the hall, the door was open", ["wade"]),
        ("HELLO IT'S GRACE AGAIN. THE AIDE DID NOT COME", ["GRACE"]),
        ("sorry to bother you, my name is dawn and i look after my uncle", ["dawn"]),
        ("dawn here. uncle's pills are gone", ["dawn"]),
        ("my brother's name is lane wood and he drives her", ["lane wood"]),
        ("this is nora brown, her son", ["nora brown"]),
    ],
)
def test_when_a_writer_introduces_a_person_then_the_name_word_is_found(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in introduced_names(text, [])] == names


@pytest.mark.parametrize(
    "text",
    [
        "its fine again, the swelling went down",
        "this is me again about the refill",
        "its late here so i will call tomorrow",
        "it is what it is. she sleeps a lot",
        "this is just from the discharge sheet",
        "my name is on the form already",
    ],
)
def test_when_the_cue_is_followed_by_a_plain_word_then_no_name_is_found(text: str) -> None:
    assert introduced_names(text, []) == []


def test_when_a_name_read_by_context_is_followed_by_a_surname_then_the_surname_goes_too(redactor: Redactor) -> None:
    text = "PLEASE ASK MY DAUGHTER JUNE HILL TO BRING THE WALKER. SHE HAS THE KEYS."
    assert span_covered(redactor, text, "JUNE HILL")
    assert not touched(redactor, text, "WALKER")


def test_when_a_common_given_name_precedes_a_detected_surname_mid_sentence_then_both_go(redactor: Redactor) -> None:
    text = "Seen today: 74F Gloria Ekwueme, neighbour drove her in. Gait unsteady."
    assert span_covered(redactor, text, "Gloria Ekwueme")
    assert not touched(redactor, text, "Gait")


def test_when_lower_case_text_continues_a_given_name_then_only_a_common_surname_is_taken() -> None:
    text = "her aide is carla wood and she comes tuesdays"
    start = text.index("carla")
    assert [text[s:e] for s, e in continue_names(text, [(start, start + 5)], [])] == ["carla wood"]
    other = "i made a memorybook page for her"
    start = other.index("memorybook")
    assert continue_names(other, [(start, start + 10)], []) == []  # 'page' follows no given name


def test_when_a_word_is_already_a_name_then_its_other_occurrences_go_too() -> None:
    text = "this is young, the neighbour. mrs young fell, tell dana young"
    first = text.index("young")
    spans = repeated_names(text, [(first, first + 5)], [])
    assert [text[s:e] for s, e in spans] == ["young", "young"]
    assert all(s > first for s, _ in spans)


def test_when_the_name_is_a_stop_word_then_other_occurrences_are_left_to_context() -> None:
    text = "Will: i will bring it"
    assert repeated_names(text, [(0, 4)], []) == []


@pytest.mark.parametrize(
    ("text", "gold", "predicted", "expected"),
    [
        ("ask Okoro's wife", (4, 11), [(4, 9)], True),  # "<PERSON_1>'s wife": the name is hidden
        ("ask OKORO'S wife", (4, 11), [(4, 9)], True),
        ("ask Okoro's wife", (4, 11), [(4, 7)], False),  # part of the name itself is visible
        ("to St Mary's", (3, 12), [(3, 10)], True),
        ("Jess", (0, 4), [(0, 3)], False),  # a name ending in s is no possessive
    ],
)
def test_when_only_a_possessive_s_is_left_then_the_identifier_counts_asspan_covered(
    text: str, gold: tuple[int, int], predicted: list[tuple[int, int]], expected: bool
) -> None:
    assert covered(text, gold, predicted) is expected


def test_when_the_gold_span_has_no_possessive_then_it_is_unchanged() -> None:
    assert without_possessive("Mr Ross left", (3, 7)) == (3, 7)
    assert without_possessive("Mr Ross's cat", (3, 9)) == (3, 7)


def test_when_cyrillic_or_greek_words_start_in_lower_case_then_they_are_no_names() -> None:
    text = "Пишет сестра больного Сергей Волков. Его жена Мария тоже знает."
    names = [text[s:e] for s, e in nonlatin_names(text)]
    assert "Сергей Волков" in " ".join(names)
    assert "Мария" in " ".join(names)
    assert not any(w in " ".join(names) for w in ("сестра", "больного", "жена", "тоже"))


def test_when_a_cyrillic_message_is_typed_in_lower_case_then_its_words_are_still_redacted() -> None:
    text = "пишет сергей волков"  # no capital anywhere: case tells nothing
    assert nonlatin_names(text)


def test_when_a_cyrillic_abbreviation_precedes_a_place_then_it_stays_with_it() -> None:
    text = "She stays in д. Берёзовка now"
    assert [text[s:e] for s, e in nonlatin_names(text)] == ["д", "Берёзовка"]  # 'д.' (village) is no lower-case word


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Ich bin Tochter. Телефон: 8 913 000 00 00. Имя: Анна Котова", "Телефон", "Анна Котова"),
        ("Hello. 연락처: 010-1111-2222 (딸 이수진)", "연락처", "이수진"),
    ],
)
def test_when_a_non_latin_word_is_a_field_label_mid_line_then_it_is_kept(text: str, label: str, name: str) -> None:
    spans = [text[s:e] for s, e in nonlatin_names(text)]
    assert label not in " ".join(spans)
    assert any(name in s for s in spans)


def test_when_a_non_latin_name_starts_a_line_before_a_colon_then_it_is_a_speaker() -> None:
    text = "Анна: я приеду завтра"
    assert "Анна" in [text[s:e] for s, e in nonlatin_names(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Her scans went to Lakeshore General on Friday.", "Lakeshore General"),
        ("The Tri-County Agency on Disability said to apply again.", "Disability"),
        ("She joined the Westbrook Parish Outreach dinner.", "Westbrook Parish Outreach"),
    ],
)
def test_when_capitalised_words_end_in_an_institution_word_then_they_are_not_a_person(
    redactor: Redactor, text: str, kept: str
) -> None:
    assert not touched(redactor, text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs. Ortega General is our contact.", "Ortega"),  # a title makes a person
        ("Please ask Tamsin Oyelaran about the ride.", "Tamsin Oyelaran"),  # no institution word: still a person
    ],
)
def test_when_no_institution_word_closes_the_run_then_the_name_is_still_redacted(
    redactor: Redactor, text: str, name: str
) -> None:
    assert span_covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Contacts:\n1. Min-jun (son) 010-7392-4410\n2. Bo-ra (niece)", "010-7392-4410"),
        ("〒160-0022 新宿区新宿4-1-6\n03-5361-7720", "03-5361-7720"),
    ],
)
def test_when_a_national_number_follows_other_digits_on_another_line_then_it_is_found(text: str, phone: str) -> None:
    assert phone in [text[s:e] for s, e in find_phones(text)]


def test_when_digits_on_two_lines_make_no_number_then_nothing_is_found() -> None:
    assert find_phones("Lot 12\n2024 batch 3341") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Caller: the ninth of March 1939\nNurse: thank you", "ninth of March 1939"),
        ("she was born October the twenty-second, 1944.", "October the twenty-second, 1944"),
        ("Mum (DOB 1949年7月3日) is on warfarin", "1949年7月3日"),
        ("生日 1940年 12月 25日", "1940年 12月 25日"),
    ],
)
def test_when_a_date_is_written_with_word_days_or_cjk_units_then_it_is_redacted(
    redactor: Redactor, text: str, date: str
) -> None:
    assert span_covered(redactor, text, date)


@pytest.mark.parametrize(
    "text",
    [
        "we watched the fourth of July fireworks from the porch",
        "refill is due on the first of the month, Lasix 40 daily",
        "2 tabs by the twentieth of May",
    ],
)
def test_when_a_word_day_has_no_year_then_it_is_no_personal_date(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.redact(text).spans if s.type in {"DATE", "DATE_OF_BIRTH"}]


def test_when_a_relation_word_precedes_a_non_latin_name_and_colon_then_it_is_a_speaker_not_a_label() -> None:
    text = "Daughter 박서연: I will bring her on Monday"
    assert "박서연" in [text[s:e] for s, e in nonlatin_names(text)]


def test_when_a_lower_case_cyrillic_word_is_part_of_an_address_then_it_stays_redacted() -> None:
    text = "Grandma now lives at улица Садовая, дом 7 with her cousin"
    assert "улица Садовая" in [text[s:e] for s, e in nonlatin_names(text)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Grace: who has the car?\nDad: not me today\nWill: yes me, after work", "Will"),
        ("Grandson Will: here are the papers\nNurse: thank you so much", "Will"),
    ],
)
def test_when_a_given_name_that_is_a_word_labels_a_line_of_dialogue_then_it_is_a_speaker(
    redactor: Redactor, text: str, label: str
) -> None:
    line = [ln for ln in text.split("\n") if label in ln][0]
    assert span_covered(redactor, text, line[: line.index(":")].split()[-1])


@pytest.mark.parametrize(
    "text", ["Son: I will bring her\nNurse: ok see you then", "Note: take with food\nPlan: recheck in 2 weeks"]
)
def test_when_a_role_or_form_word_labels_a_line_then_it_is_no_name(text: str) -> None:
    assert speaker_labels(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CALL MARIA OYELOWO AT THE HOSPITAL ABOUT HER MEDS", "MARIA OYELOWO"),
        ("Tell Kwabena Asante The Clinic moved", "Kwabena Asante"),
    ],
)
def test_when_a_stop_word_separates_a_name_from_an_institution_word_then_the_name_stays_a_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert span_covered(redactor, text, name)
