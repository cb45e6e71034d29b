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
