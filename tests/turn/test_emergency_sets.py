"""The issue-14 red flags on family messages written apart from their patterns (evals/emergencies/README.md).

Each set's numbers are printed side by side (pytest -s); a set below its floor fails. The floors sit a little under
what was measured on 2026-12-02, so a change that loses emergencies or raises false ones cannot land quietly.
The frozen test set was never read while the patterns were tuned.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from guide.knowledge import loader
from guide.resources import data_folder
from guide.turn.checks import Checker
from guide.turn.triage import Triage

SETS = Path(__file__).resolve().parents[2] / "evals" / "emergencies"
# set -> (least share of `match` messages raising their own flag, most `no_match` messages raising any flag)
FLOORS = {"draft": (0.85, 0), "dev": (0.88, 2), "test": (0.70, 4)}


@functools.cache
def _triage() -> Triage:
    kb = loader.load(data_folder("knowledge"))
    checker = Checker(kb.interactions, kb.hazards.hazards, kb.scope_rules, kb.synonyms.synonyms)
    return Triage(kb.red_flags.red_flags, kb.hazards.hazards, classes_named=checker.classes_named)


@dataclass
class Score:
    right: int = 0
    any_flag: int = 0
    matches: int = 0
    false_flags: int = 0
    no_matches: int = 0


def _score(name: str) -> Score:
    cases = yaml.safe_load((SETS / f"{name}.yaml").read_text(encoding="utf-8"))
    score = Score()
    for flag_id, messages in cases.items():
        for message in messages["match"]:
            fired = [f.id for f in _triage().assess(message).flags]
            score.matches += 1
            score.right += flag_id in fired
            score.any_flag += bool(fired)
        for message in messages["no_match"]:
            score.no_matches += 1
            score.false_flags += _triage().assess(message).emergency
    return score


@pytest.mark.parametrize("name", list(FLOORS))
def test_the_new_red_flags_hold_on_messages_written_apart_from_them(name: str) -> None:
    score = _score(name)
    least, most_false = FLOORS[name]
    print(
        f"\n{name}: own flag {score.right}/{score.matches} ({score.right / score.matches:.3f}), any flag "
        f"{score.any_flag}/{score.matches}, false flags {score.false_flags}/{score.no_matches}"
    )
    assert score.matches >= 40 and score.no_matches >= 30
    assert score.right / score.matches >= least
    assert score.false_flags <= most_false
