"""Issue 17, second pass: mechanisms that must hold on text nobody here wrote (not tuned to one example)."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.allow import AllowList
from redaction.drug_names import drug_names
from redaction.people import continue_names, midsentence_capitals, possessive_relations, speaker_labels
from redaction.phones import find_phones
from redaction.recognizers import _plausible_date


def _hidden(redactor: Redactor, text: str, value: str) -> bool:
    """True when no letter or digit of `value` is left in the redacted text's spans."""
    start = text.index(value)
    spans = [(s.start, s.end) for s in redactor.redact(text).spans]
    return all(any(a <= i < b for a, b in spans) for i in range(start, start + len(value)) if text[i].isalnum())


def _untouched(redactor: Redactor, text: str, value: str) -> bool:
    start, end = text.index(value), text.index(value) + len(value)
    return not any(s.start < end and start < s.end for s in redactor.redact(text).spans)


@pytest.mark.parametrize("drug", ["rybelsus", "keytruda", "nuplazid", "trelegy ellipta", "humira", "lasix"])
def test_when_the_drug_vocabulary_loads_then_it_holds_brands_missing_from_the_clinical_list(drug):
    assert drug in drug_names()


@pytest.mark.parametrize("name", ["allegra", "camila", "maria", "john"])
def test_when_a_drug_name_is_also_a_given_name_then_it_is_not_shipped(name):
    assert name not in drug_names()


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Send the Nuplazid to her house today.", "Nuplazid"),
        ("She took her Trelegy Ellipta and feels better.", "Trelegy Ellipta"),
        ("Is Lasix 40 ok with her hypertension?", "Lasix 40"),
        ("The invoice was for Keytruda.", "Keytruda"),
    ],
)
def test_when_a_brand_drug_is_written_then_it_is_never_redacted(redactor, text, keep):
    assert _untouched(redactor, text, keep)


def test_when_a_call_passes_its_own_clinical_words_then_they_are_kept_and_names_still_go(redactor):
    text = "Zorvix Okonkwo said the Zorvix helped."
    assert not _untouched(redactor, text, "Zorvix")  # without the call's words an unknown word looks like a name
    spans = redactor.redact(text, allow=["Zorvix"]).spans
    assert [text[s.start : s.end] for s in spans] == ["Okonkwo"]


def test_when_the_allow_list_is_extended_then_the_original_is_unchanged():
    base = AllowList()
    more = base.with_extra(["Zorvix"])
    assert "zorvix" in more and "zorvix" not in base


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DOB 14-Mar-1952, seen today", "14-Mar-1952"),
        ("D.O.B.: 1952/03/14", "1952/03/14"),
        ("DOB 19520314 on file", "19520314"),
        ("She was born March 1952 in a small town", "March 1952"),
        ("Fecha de nacimiento: 14 de marzo de 1952.", "14 de marzo de 1952"),
        ("Geb. 03.04.1951, Hausarzt informiert", "03.04.1951"),
        ("the visit on 14/03/1952 went fine", "14/03/1952"),
        ("MRN: HTG-0042-7781", "HTG-0042-7781"),
        ("her member id is W123456789", "W123456789"),
        ("NHS number 943 476 5919", "943 476 5919"),
        ("acct # 88812345", "88812345"),
        ("encounter id E-22331", "E-22331"),
    ],
)
def test_when_a_date_of_birth_or_record_number_is_written_another_way_then_it_goes(redactor, text, value):
    assert _hidden(redactor, text, value)


@pytest.mark.parametrize(
    ("value", "plausible"),
    [("14/03/1952", True), ("3/14/52", True), ("19520314", True), ("03141952", True), ("99999999", False),
     ("31/31/2020", False), ("March 1952", True), ("14 de marzo de 1952", True)],
)  # fmt: skip
def test_when_a_date_is_checked_then_day_first_compact_and_month_word_forms_are_judged(value, plausible):
    assert _plausible_date(value) is plausible


def test_when_a_name_is_followed_by_a_particle_and_surname_then_the_name_takes_them():
    text = "account holder Shona Ó Conalláin paid"
    start = text.index("Shona")
    assert continue_names(text, [(start, start + 5)], []) == [(start, text.index(" paid"))]


@pytest.mark.parametrize(
    ("text", "stops_before"),
    [("CALLED MARC CLAY RE: REFILL", " RE:"), ("Visitors: Adaeze Obi, Ann", ","), ("I saw Maria Tuesday", " Tuesday")],
)
def test_when_a_detected_name_is_followed_by_a_capitalised_word_then_it_extends_up_to_a_plain_word(text, stops_before):
    first = text.split()[1] if text.startswith("CALLED") else ("Adaeze" if "Adaeze" in text else "Maria")
    start = text.index(first)
    extended = continue_names(text, [(start, start + len(first))], [])
    end = extended[0][1] if extended else start + len(first)
    assert end == text.index(stops_before)


def test_when_a_capitalised_word_sits_mid_sentence_then_it_is_a_name_even_if_it_is_also_a_word():
    text = "We will call and Teresa in the morning will bring soup."
    spans = midsentence_capitals(text, [], [])
    assert [text[s:e] for s, e in spans] == ["Teresa"]


@pytest.mark.parametrize(
    "text",
    ["Morning Walk Group meets at noon and we go.", "She loves her Apple Watch and uses it daily.",
     "Yesterday we went out. Then we came home."],
)  # fmt: skip
def test_when_capitals_are_a_title_a_thing_or_a_sentence_start_then_they_are_not_names(text):
    assert midsentence_capitals(text, [], []) == []


def test_when_a_message_is_a_heading_then_mid_sentence_capitals_are_not_used():
    assert midsentence_capitals("Care Plan Summary For Teresa", [], []) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [("Daughter Elisa: she took her pills\nKrishna: ok thanks", "Krishna"),
     ("Daughter Elisa: she took her pills", "Elisa")],
)  # fmt: skip
def test_when_a_dialogue_or_relation_word_marks_a_speaker_then_the_label_is_a_name(text, label):
    assert label in [text[s:e] for s, e in speaker_labels(text)]


@pytest.mark.parametrize("text", ["Allergies: none\nPlan: rest", "Note: call back"])
def test_when_line_labels_are_form_fields_then_they_are_not_speakers(text):
    assert speaker_labels(text) == []


def test_when_a_word_owns_a_relation_then_it_is_a_person():
    text = "hi this is pedro, osha's daughter"
    assert [text[s:e] for s, e in possessive_relations(text, [])] == ["osha"]


@pytest.mark.parametrize("text", ["call me 1-877-nancypt today", "dad's number changed to (888) 503-7816."])
def test_when_someone_gives_a_toll_free_number_as_their_own_then_it_is_a_phone(text):
    assert find_phones(text)


@pytest.mark.parametrize(
    "text", ["Poison Control 1-800-222-1222", "call the pharmacy helpline at 1-800-555-0199", "1-800-633-4227"]
)
def test_when_a_toll_free_number_is_a_public_or_labelled_helpline_then_it_stays(text):
    assert find_phones(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [("PATIENT: JO\nCITY: PORT MICHAELMOUTH\nDX: ASTHMA", "PORT MICHAELMOUTH"),
     ("Name: Ann Lee\nAddress: Flat 69h, Janet Divide, Jonesburgh, S3 7DS\nPhone: none", "Flat 69h, Janet Divide, Jonesburgh, S3 7DS")],
)  # fmt: skip
def test_when_a_form_field_holds_a_city_or_address_then_the_whole_value_goes(redactor, text, place):
    assert _hidden(redactor, text, place)


def test_when_a_name_is_detected_then_it_never_runs_on_to_the_next_line(redactor):
    text = "Name: Ann Lee\nAddress: none given"
    assert _untouched(redactor, text, "Address")


@pytest.mark.parametrize(
    "text",
    ["## Safety and interactions\nUse it daily.", "- **Avoid** heat.\n1. Wash the skin after.",
     "Anyone can call or text 988 to reach the Suicide and Crisis Lifeline.",
     "Read the Iron: Fact Sheet for Consumers before you start."],
)  # fmt: skip
def test_when_capitals_start_a_markdown_line_or_name_a_service_then_they_are_not_names(text):
    assert midsentence_capitals(text, [], []) == []


def test_when_a_surname_is_followed_by_a_practice_word_then_the_name_stops_before_it():
    text = "we saw Dr. Smith Cardiology staff"
    start = text.index("Smith")
    assert continue_names(text, [(start, start + 5)], []) == []


@pytest.mark.parametrize("text", ["reviewed 2026-11-26 and 2026-12-02", "on 14.03.2024 at 10:30"])
def test_when_digits_form_a_date_then_they_are_not_a_phone(text):
    assert find_phones(text) == []
