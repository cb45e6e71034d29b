"""Misspelled medicine and substance names read as the names meant (guide/language/spelling.py)."""

from __future__ import annotations

import pytest

from guide.language.spelling import Speller, fold

NAMES = ["coumadin", "warfarin", "lasix", "furosemide", "metformin", "lisinopril", "turmeric", "motrin", "antifreeze"]
ENGLISH = frozenset({"morning", "motion", "mention", "lasting", "coming", "turmoil", "meeting", "forming"})


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(NAMES, lambda: ENGLISH)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("he took his coumadine twice", "he took his coumadin twice"),
        ("she ran out of metforman", "she ran out of metformin"),
        ("he took his lasics by mistake", "he took his lasix by mistake"),  # by sound: "lasics" and "lasix"
        ("is tumeric ok with warferin", "is turmeric ok with warfarin"),
        ("the dog got into the antifreze", "the dog got into the antifreeze"),
    ],
)
def test_a_misspelled_name_is_read_as_the_name_meant(speller: Speller, text: str, read: str) -> None:
    assert speller.correct(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "this morning he seemed fine",  # an English word one letter from a name ("motrin") is left alone
        "this mornign he seemed fine",  # a typo nearer an English word ("morning") than a name
        "she keeps mentioning her lasting pain",
        "the metro and the lattes",  # short or far from every name
        "his coumadin and lasix",  # names as they are
    ],
)
def test_english_words_their_typos_and_names_stay_as_written(speller: Speller, text: str) -> None:
    assert speller.correct(text) == text


def test_folding_by_sound_joins_spellings_of_one_sound() -> None:
    assert fold("lasics") == fold("lasix")
    assert fold("coumadine") == fold("koumadin")
    assert fold("metformin") != fold("motrin")


def test_the_checks_read_a_misspelled_plan_medicine_as_that_medicine(demo_services) -> None:  # type: ignore[no-untyped-def]
    checker = demo_services.checker
    p2, p1 = demo_services.store.plan("demo-p2"), demo_services.store.plan("demo-p1")
    # a double dose of a plan medicine named by a misspelled brand is a double dose (Poison Control)
    found = checker.check("he took his lasics twice this morning by mistake, no problems so far", p2).over_use
    assert [(u.medication.id, u.double) for u in found] == [("p2-furo", True)]
    found = checker.check("mom took her metforman twice, she forgot she already had it", p1).over_use
    assert [(u.medication.id, u.double) for u in found] == [("p1-met", True)]
    assert "anticoagulant" in checker.classes_named("hes on cumadin and hit his head")
    # a typo of an English word names no medicine
    assert checker.check("this mornign she took her walk twice", p1).over_use == []
