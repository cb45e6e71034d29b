"""Issue 17, fourth pass: names that are English words and places with no place word, read by frequency and context.

The sentences here are not the dev cases (evals/redaction/handwritten_dev_names_places.jsonl): each tests one cue.
"""

from __future__ import annotations

import pytest

from evals.redaction.generator import HANDWRITTEN_DEV, load_labelled
from redaction import Redactor
from redaction.lexicon import english_lexicon
from redaction.name_cues import likely_given
from redaction.name_freq import name_frequencies


def _redacted(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("word", "given", "surname"),
    [("linda", True, False), ("hope", True, True), ("smith", False, True), ("the", False, False)],
)
def test_the_shipped_name_counts_know_common_given_names_and_surnames(word: str, given: bool, surname: bool) -> None:
    freq = name_frequencies()
    assert (freq.given(word) > 0) is given
    assert (freq.surname(word) > 0) is surname


def test_a_common_given_name_that_is_a_word_is_likely_given_and_a_plain_word_is_not() -> None:
    assert likely_given("Dawn") and likely_given("WILL")
    assert not likely_given("reading") and not likely_given("window")


@pytest.mark.parametrize(("word", "noun_only"), [("dayton", True), ("mobile", False), ("reading", False)])
def test_a_place_that_is_only_a_noun_in_the_lexicon_is_told_from_adjectives_and_verbs(
    word: str, noun_only: bool
) -> None:
    assert english_lexicon().noun_only(word) is noun_only


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hope texted that she is running late.", "Hope"),
        ("Will drove him to the clinic this morning.", "Will"),
        ("Dawn and I split the nights now.", "Dawn"),
        ("Joy is staying over until Friday.", "Joy"),
        ("Frank has been helping with the shower.", "Frank"),
    ],
)
def test_a_sentence_starting_with_a_name_that_is_a_word_and_a_persons_verb_is_redacted(
    redactor: Redactor, text: str, name: str
) -> None:
    assert (name, "PERSON") in _redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hope is what keeps us going.",
        "Will it help if he naps earlier?",
        "Mark the dates on the fridge chart.",
        "Bill the second visit to the plan.",
        "May I give the pill with food?",
        "Summer is over, and his hay fever is better.",
    ],
)
def test_the_same_words_used_as_words_stay(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ROSE AND DAWN CAME BY AFTER LUNCH", {"ROSE", "DAWN"}),
        ("NEIGHBOR JOY SAYS HE WANDERED AGAIN", {"JOY"}),
        ("PLEASE TEXT HOPE ABOUT SATURDAY", {"HOPE"}),
    ],
)
def test_names_that_are_words_typed_in_capitals_are_redacted_by_their_context(
    redactor: Redactor, text: str, names: set[str]
) -> None:
    assert names <= {s for s, _ in _redacted(redactor, text)}


@pytest.mark.parametrize(
    "text",
    ["PLEASE MARK THE DATE, THE BILL IS DUE IN MAY", "HOPE IS ALL WE HAVE LEFT SOME DAYS"],
)
def test_words_in_capitals_without_a_persons_context_stay(redactor: Redactor, text: str) -> None:
    assert _redacted(redactor, text) == []


def test_a_given_name_after_from_is_a_person_and_after_a_travel_word_a_place(redactor: Redactor) -> None:
    assert ("Sharon", "PERSON") in _redacted(redactor, "A lovely note from Sharon arrived today.")
    assert ("Sharon", "LOCATION") not in _redacted(redactor, "A lovely note from Sharon arrived today.")
    assert ("Dallas", "LOCATION") in _redacted(redactor, "She flew back from Dallas on Sunday.")
    assert ("SHARON", "PERSON") in _redacted(redactor, "GOT FLOWERS FROM SHARON TODAY")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tacoma has a day program with a van.", "Tacoma"),
        ("We looked at care homes in the Bolton area.", "Bolton"),
        ("Sioux City winters are long for him.", "Sioux City"),
        ("The clinic in Rapid City sent a letter. Rapid City has snow already.", "Rapid City"),
    ],
)
def test_a_populated_place_with_no_place_word_before_it_is_redacted(redactor: Redactor, text: str, place: str) -> None:
    assert (place, "LOCATION") in _redacted(redactor, text)


@pytest.mark.parametrize("text", ["Mobile phones help him call us.", "Reading the leaflet helped."])
def test_a_place_name_that_is_an_adjective_or_verb_at_a_sentence_start_stays(redactor: Redactor, text: str) -> None:
    assert not any(kind == "LOCATION" for _, kind in _redacted(redactor, text))


def test_the_dev_file_for_names_and_places_loads_with_negatives_that_hold_no_identifier() -> None:
    cases = load_labelled(HANDWRITTEN_DEV)
    styles = {c.style for c in cases}
    assert {"name_word_start", "caps_name_word", "from_name", "bare_city", "small_town"} <= styles
    negatives = [c for c in cases if c.style.endswith("_negative")]
    assert negatives and all(not c.gold for c in negatives)
    assert sum(len(c.gold) for c in cases) == 41
