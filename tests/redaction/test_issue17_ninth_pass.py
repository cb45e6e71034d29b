"""Ninth pass of issue 17: classes found on handwritten_dev3.jsonl, tested on sentences written for this file."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nina: is the pharmacy open? Omar: yes till 9. Nina: ok, going now.", "Omar"),
        ("Lena: where are the keys? Trevor: in the drawer. Lena: thanks", "Trevor"),
        ("Mom: did they call? Uncle Dmitri: not yet, I will ask.", "Dmitri"),
        ("GAIL: who has the insurance card? MARCUS: I do, it's in my wallet.", "MARCUS"),
    ],
)
def test_speaker_turns_go_on_mid_line_in_a_dialogue(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Moving this month. Old: 12 Elm St, Salem, OR 97301. New: 4 Pine Rd.", "New"),
        ("I called the office. Note: they close at 5 on Fridays.", "Note"),
        ("MRN: 4471902 DOB: 03/02/1950 CURP: none on file", "CURP"),
    ],
)
def test_labels_mid_line_outside_a_dialogue_are_not_speakers(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


def test_given_name_and_common_surname_before_speech_is_a_speaker(redactor: Redactor) -> None:
    text = "Will Hill: i can take her to the clinic on friday if nobody else can"
    assert covered(redactor, text, "Will Hill")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Please give Aunt April's number to the nurse.", "April"),
        ("Is Grandmom Pearl's walker in the car?", "Pearl"),
        ("that was nana pearl. she wants a call back", "pearl"),
        ("the card is for grandma dawn's birthday", "dawn"),
    ],
)
def test_a_kin_word_used_as_a_title_names_the_given_name_after_it(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tell Grandma May I come over?", "May"),
        ("grandma will call you back", "will"),
        ("a grandma rose to speak at the meeting", "rose"),
        ("Auntie said the Stepdad forms are done.", "Auntie"),
        ("Stepdad Len: who has the keys?", "Stepdad"),
    ],
)
def test_kin_words_and_their_word_uses_stay(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my cousin marisol hill dropped off the pills, her code is AB-12", "marisol hill"),
        ("my aunt ingrid o'donnell was born 3/3/1950. NOT 1951", "ingrid o'donnell"),
        ("my niece rebecca hale-wood signed it for her", "rebecca hale-wood"),
    ],
)
def test_a_lower_case_given_name_takes_its_surname(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_capitalised_given_name_does_not_take_a_lower_case_word(redactor: Redactor) -> None:
    assert not touched(redactor, "I asked Joe park rules about parking.", "park")


@pytest.mark.parametrize(
    ("text", "name"),
    [("call me after 6 on 555-201-3344. -jim", "jim"), ("the forms are in the blue folder. - rob", "rob")],
)
def test_a_lower_case_signature_after_a_dash_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


def test_a_lower_case_closing_is_not_a_signature(redactor: Redactor) -> None:
    assert not touched(redactor, "see you on sunday. -love", "love")


def test_an_eponym_after_a_title_is_a_surname(redactor: Redactor) -> None:
    text = "Mrs. Addison's son picked up the refill."
    assert covered(redactor, text, "Addison")
    assert not touched(redactor, "She was tested for Addison's disease.", "Addison")
