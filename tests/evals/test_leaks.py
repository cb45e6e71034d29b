"""Identifier leak search on hand-made texts."""

from __future__ import annotations

import json

import pytest

from evals.leaks import find_leaks, mask, name_parts, needles, request_text

KNOWN = [
    ("PERSON", "Rosa Elena Delgado"),
    ("PERSON", "Priya Raman"),
    ("PHONE_NUMBER", "(617) 555-0190"),
    ("MEDICAL_RECORD_NUMBER", "MRN-448812"),
    ("DATE_OF_BIRTH", "1951-04-09"),
]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("how much juice should <PERSON_1> drink", []),
        ("how much juice should rosa drink", ["PERSON"]),  # one part of a name, any case
        ("ask Dr. Raman", ["PERSON"]),
        ("call 617.555.0190 now", ["PHONE_NUMBER"]),
        ("call 6175550190 now", ["PHONE_NUMBER"]),
        ("call 16175550190", ["PHONE_NUMBER"]),
        ("call +1 (617) 555 0190", ["PHONE_NUMBER"]),
        ("record mrn-448812", ["MEDICAL_RECORD_NUMBER"]),
        ("born 1951-04-09", ["DATE_OF_BIRTH"]),
        ("rosary beads and delgadoville", []),  # whole words only
        ("elena may come", []),  # a middle name alone is not searched: middle names are often words
        ("code 961755501901", []),  # digits inside a longer number are not the phone
    ],
)
def test_known_identifiers_are_found_in_any_form_a_request_might_hold(text: str, types: list[str]) -> None:
    assert [leak.type for leak in find_leaks([("model_request", text)], needles(KNOWN))] == types


def test_leaks_name_where_they_were_found_and_are_masked() -> None:
    leaks = find_leaks([("redacted_question", "rosa fell"), ("model_request", "fine")], needles(KNOWN))
    assert [(x.where, x.masked) for x in leaks] == [("redacted_question", "Ro…(4)")]
    assert mask("Delgado") == "De…(7)"


def test_request_text_reads_the_strings_of_a_json_body_unescaped() -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "José Nuñez"}], "n": 1})
    assert "José Nuñez" in request_text(body) and "\\u00e9" in body
    assert request_text("not json") == "not json"


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Rosa Elena Delgado", ["Rosa", "Delgado"]),
        ("Nora Whitcombe-Hale", ["Nora", "Whitcombe-Hale", "Whitcombe", "Hale"]),
        ("Dr. Priya Raman", ["Priya", "Raman"]),
        ("Al Li", []),
    ],
)
def test_name_parts_are_the_first_given_and_the_family_name(name: str, parts: list[str]) -> None:
    assert name_parts(name) == parts
