"""Issue 17, thirty-sixth pass (forty-third session): a town after 'at' ('staying at Spokane'), a town written with a
short 'St.', 'Ft' or 'Mt' ('St. Cloud', 'Ft Lauderdale'), a town before a lower-case word of care ('at Greeley clinic');
and what stays: a saint's hospital or church ('at St. Joseph's', 'St Johns wort'), a business whose name begins with a
town's ('at Harlan Funeral Home'), a senior-living chain. Every sentence is written for this file; the dev files hold
none of them."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.places import find_places, place_names

from .checks import covered, touched


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dad is staying at Spokane this week with my brother.", "Spokane"),
        ("She had the knee done at St. Cloud last spring, the metoprolol started after.", "St. Cloud"),
        ("we drove mom down to Ft Lauderdale for the wedding", "Ft Lauderdale"),
        ("Labs were drawn at Greeley clinic this morning, potassium fine.", "Greeley"),
        ("GRANDPA IS AT AMARILLO WITH MY UNCLE TILL THURSDAY", "AMARILLO"),
        ("she lives in st. augustine now, near the beach", "st. augustine"),
    ],
)
def test_a_town_after_at_or_with_a_short_saint_fort_or_mount_is_a_place(
    redactor: Redactor, text: str, place: str
) -> None:
    assert covered(redactor, text, place)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They were so kind to her at St. Joseph's after the fall.", "Joseph"),
        ("Is the St Johns wort ok with her sertraline?", "Johns"),
        ("grandpa is at St Francis for the hip, on warfarin", "Francis"),
        ("Viewing is at Harlan Funeral Home on Friday.", "Harlan"),
        ("Mom has been at Brookdale since May and the Eliquis is handled by the nurses.", "Brookdale"),
        ("she is at Cleveland Clinic for the ablation", "Cleveland"),
    ],
)
def test_a_saints_hospital_a_business_named_for_a_town_and_a_chain_stay(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not touched(redactor, text, word)


def test_short_forms_share_the_towns_population_and_saints_given_names_need_a_city() -> None:
    names = place_names()
    assert names["st cloud"] == names["saint cloud"] == names["st. cloud"]
    assert names["ft myers"] == names["fort myers"]
    assert "st joseph" not in names and "saint joseph" not in names  # a hospital's name far more often than a town's
    assert names["st louis"] >= 250_000  # a city of that size counts although Louis is a given name


def test_at_after_a_word_that_takes_a_person_names_no_place() -> None:
    text = "he waved at Tyler from the porch"
    assert find_places(text, []) == []
    waited = "he waited at Tyler for the bus"
    assert find_places(waited, []) == [(waited.index("Tyler"), waited.index("Tyler") + len("Tyler"))]
