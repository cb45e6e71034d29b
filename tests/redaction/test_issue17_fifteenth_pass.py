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
