"""Red-flag patterns read a sign in its everyday wordings, and not the same words about something else."""

from __future__ import annotations

import functools

import pytest

from guide.kb import loader
from guide.resources import data_folder
from guide.triage import Triage


@functools.cache
def _triage() -> Triage:
    kb = loader.load(data_folder("knowledge"))
    return Triage(kb.red_flags.red_flags, kb.hazards.hazards)


@pytest.mark.parametrize(
    "message",
    [
        "dad keeps telling me he doesn't see the point in living now that mum is gone",
        "she can't see any reason to go on, she told the neighbour tonight",
        "he said what's the point of going on, nobody needs him",
        "grandpa sees no point in living anymore",
    ],
)
def test_no_point_in_living_in_its_wordings_is_suicidal_thoughts(message: str) -> None:
    assert "suicidal-thoughts" in [f.id for f in _triage().assess(message).flags]


@pytest.mark.parametrize(
    "message",
    [
        "i don't see the point in arguing with him about the walker",
        "what's the point of eating, she says, nothing tastes right",
        "she doesn't see the point of the new exercises",
    ],
)
def test_the_same_words_about_something_else_raise_no_flag(message: str) -> None:
    assert not _triage().assess(message).emergency


def test_other_languages_are_read_without_accents_and_whatever_language_was_detected() -> None:
    kb = loader.load(data_folder("knowledge"))
    triage = Triage(
        kb.red_flags.red_flags, kb.hazards.hazards, other_languages={"pl": {"suicidal-thoughts": ["nie chcę już żyć"]}}
    )
    assert [f.id for f in triage.in_language("mama pisze: nie chce juz zyc", "pl")] == ["suicidal-thoughts"]
    assert [f.id for f in triage.in_language("NIE CHCĘ JUŻ ŻYĆ", "cs")] == ["suicidal-thoughts"]  # detected as Czech
    assert triage.in_language("nie chce juz jesc", "pl") == []


def test_a_sign_denied_right_before_it_in_another_language_raises_nothing() -> None:
    kb = loader.load(data_folder("knowledge"))
    triage = Triage(
        kb.red_flags.red_flags, other_languages={"it": {"head-injury-blood-thinner-or-confusion": ["battuto la testa"]}}
    )
    assert triage.in_language("è caduta ma non ha battuto la testa", "it") == []
    assert [f.id for f in triage.in_language("è caduta e ha battuto la testa", "it")] == [
        "head-injury-blood-thinner-or-confusion"
    ]
