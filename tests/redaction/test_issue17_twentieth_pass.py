"""Twentieth pass of issue 17: a name after 'named' in any case ('the nurse named summer said'), and a lower-case
given name after 'me and' when a verb or the clause's end follows ('me and will are taking mom'). Causes found on the
dev splits; tested here on sentences written for this file."""

from __future__ import annotations

import pytest

from redaction import Redactor

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the pharmacist named hope said the refill is ready", "hope"),
        ("a home aide named Faith Okafor comes on tuesdays", "Faith Okafor"),
        ("me and hunter are driving her to dialysis", "hunter"),
        ("it was me and rosa.", "rosa"),
        ("me and grace took him to the er last night", "grace"),
    ],
)
def test_a_name_after_named_or_me_and_is_a_person(redactor: Redactor, text: str, name: str) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the nurse named summer said she'd call back", "said"),  # 'Said' is a surname; here the verb after the name
        ("me and young people at church do the shopping", "young"),  # a word, not a name: a noun follows
        ("me and mom went to the pharmacy", "mom"),
        ("me and april are busy months for the farm", "april"),  # a month is no name here
        ("a pill named eliquis is what she takes", "eliquis"),  # a medicine stays
    ],
)
def test_no_verb_a_relation_a_month_or_a_medicine_is_taken_for_a_name(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can you tell hector to bring the walker", "hector"),
        ("ask grace about the ride to dialysis", "grace"),
        ("text hunter that mom is fine now", "hunter"),
    ],
)
def test_in_a_lower_case_message_a_name_after_tell_ask_or_text_is_a_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert covered(redactor, text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("i prayed with hope that she gets better", "hope"),  # a preposition is no address
        ("did they tell will be ok on the new dose", "will"),  # a modal stays a modal
        ("Ask Grace about the ride", "Ask"),  # capitalised text is read by the other passes; the verb is never taken
    ],
)
def test_a_preposition_or_a_modal_after_such_a_verb_stays_a_word(redactor: Redactor, text: str, word: str) -> None:
    assert not touched(redactor, text, word)
