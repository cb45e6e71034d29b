"""The plan's call-if rules by meaning: conditions of a rule, clauses of a message, and which clauses count."""

from __future__ import annotations

import numpy as np
import pytest

from guide.careplan.model import CallIf
from guide.language.negation import ConText
from guide.language.rules import RuleMeaning, message_clauses, rule_conditions
from guide.language.text import content_tokens


class WordOverlap:
    """A stand-in for the embedding model with the real interface: shared content words as similarity."""

    def between(self, rows: list[str], columns: list[str]) -> np.ndarray:
        def sim(a: str, b: str) -> float:
            x, y = content_tokens(a), content_tokens(b)
            return len(x & y) / max(1, min(len(x), len(y)))

        return np.array([[sim(r, c) for c in columns] for r in rows])


SWELLING = CallIf(id="swell", text="Call the care team if ankles or legs swell more, or if he needs more pillows.")
BLUE = CallIf(id="blue", text="Call 911 if his lips or fingertips turn blue or gray.", urgency="emergency")
MEANING = RuleMeaning(WordOverlap(), ConText(), threshold=0.5)


def test_a_rule_is_cut_into_its_conditions() -> None:
    assert rule_conditions(SWELLING.text) == ["ankles or legs swell more", "he needs more pillows"]


def test_a_message_is_cut_into_clauses_of_two_content_words_or_more() -> None:
    text = "his ankles swell a lot, and his feet feel cold but ok"
    assert [text[s:e] for s, e in message_clauses(text)] == ["his ankles swell a lot", "and his feet feel cold"]


@pytest.mark.parametrize(
    ("message", "met"),
    [
        ("since yesterday his legs swell more than usual", ["swell"]),
        ("his legs do not swell more, just tired", []),
        ("what should we do if his legs swell more?", []),
        ("his lips turn blue sometimes", []),  # a 911 rule is triage's, never met by meaning
    ],
)
def test_only_a_present_clause_meets_a_care_team_rule(message: str, met: list[str]) -> None:
    assert MEANING.matches(message, [SWELLING, BLUE]) == met


INHALER = CallIf(
    id="inhaler",
    text="Call the care team if he needs the rescue inhaler more than 4 times in a day, or mucus turns yellow or green.",
)


@pytest.mark.parametrize(
    ("message", "met"),
    [
        ("he used his rescue inhaler 3 times today after tai chi", []),
        ("rescue inhaler twice today, breathing is fine now", []),
        ("grandpa needed the rescue inhaler 3x today", []),
        ("he needed the rescue inhaler 6 times today", ["inhaler"]),
        ("he is using the rescue inhaler a lot more today", ["inhaler"]),
        # a count within the allowance does not hide the rule's other condition
        ("rescue inhaler 2 times today and his mucus turns green", ["inhaler"]),
    ],
)
def test_a_count_within_the_rules_allowance_does_not_meet_it_by_meaning(message: str, met: list[str]) -> None:
    assert MEANING.matches(message, [INHALER]) == met
