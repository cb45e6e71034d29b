"""Rubric grading: phrases decide, a judge grades the rest, nothing is guessed."""

from __future__ import annotations

import pytest

from evals.graders import first_sentence, grade_turn, rubric_score
from evals.samplers import TurnOutput
from evals.suites import Expect, RubricItem

ITEMS = [
    RubricItem(criterion="tells them to call 911", points=5, phrases_any=["911"]),
    RubricItem(criterion="is warm and non-judgmental", points=3),
    RubricItem(criterion="tells them to stop a medicine", points=-4, phrases_any=["stop taking"]),
]


class FakeJudge:
    """A judge that says yes to the criteria it was told to, and records what it saw."""

    name = "fake"

    def __init__(self, met: set[str]) -> None:
        self.met = met
        self.seen: list[tuple[str, str, str]] = []

    def grade(self, *, question: str, answer: str, criterion: str) -> bool | None:
        self.seen.append((question, answer, criterion))
        return criterion in self.met


@pytest.mark.parametrize(
    ("met", "expected"),
    [
        ([True, True, False], 1.0),
        ([True, False, False], 5 / 8),
        ([True, True, True], 4 / 8),  # negative points subtract
        ([False, None, True], 0.0),  # clipped at 0; the ungraded item leaves the denominator
        ([True, None, False], 1.0),
        ([None, None, None], None),  # nothing graded: no score, not zero
    ],
)
def test_rubric_score_is_points_earned_over_positive_points_of_graded_items(
    met: list[bool | None], expected: float | None
) -> None:
    assert rubric_score(ITEMS, met) == (pytest.approx(expected) if expected is not None else None)


def _output(answer: str, stored: str = "") -> TurnOutput:
    return TurnOutput("emergency", answer, [], [], 1.0, stored_reply=stored or answer)


def test_without_a_judge_items_without_phrases_are_ungraded() -> None:
    grade = grade_turn(Expect(decision="emergency", rubric=ITEMS), _output("Call 911 now."))
    assert grade.rubric_met == [True, None, False]
    assert grade.rubric_ungraded == 1
    assert grade.rubric_score == 1.0


def test_a_judge_grades_only_items_without_phrases_and_sees_redacted_text() -> None:
    judge = FakeJudge(met=set())
    output = _output("Call 911 now, Rosa.", stored="Call 911 now, <PERSON_1>.")
    grade = grade_turn(Expect(decision="emergency", rubric=ITEMS), output, judge=judge, question="is <PERSON_1> ok")
    assert grade.rubric_met == [True, False, False]
    assert grade.rubric_score == pytest.approx(5 / 8)
    assert judge.seen == [("is <PERSON_1> ok", "Call 911 now, <PERSON_1>.", "is warm and non-judgmental")]


def test_facts_and_forbidden_phrases_are_listed() -> None:
    expect = Expect(decision="answered", facts=["4 ounces", "15 minutes"], must_not_include=["sertraline"])
    output = TurnOutput("answered", "Give 4 ounces of juice.", [{"kind": "careplan", "quote": "Sertraline 50"}], [], 1)
    grade = grade_turn(expect, output)
    assert (grade.facts_found, grade.facts_missing) == (1, ["15 minutes"])
    assert grade.excluded_found == ["sertraline"] and not grade.passed


ANSWER = (
    "Rosa's care plan says:\n"
    "Keep glucose tablets in her purse [1]. If sugar is below 70, take 4 glucose tablets, recheck in 15 minutes [2].\n\n"
    "Our health library says:\nTreat a low with 15 grams of sugar [3]."
)


def test_the_first_sentence_is_read_past_the_paragraph_heading() -> None:
    assert first_sentence(ANSWER) == "Keep glucose tablets in her purse [1]."
    assert first_sentence("") == ""


@pytest.mark.parametrize(
    ("decision", "facts", "answer", "expected"),
    [
        ("answered", ["4 glucose tablets"], ANSWER, False),  # in the answer, not in its first sentence
        ("answered", ["4 glucose tablets", "PURSE"], ANSWER, True),  # one fact is enough, case-insensitive
        ("answered", ["15 grams"], "If low, treat with 15 grams [1]. Recheck [1].", True),
        ("answered", [], ANSWER, None),  # nothing expected: not counted
        ("needs_review", ["purse"], ANSWER, None),  # not answered: not counted
    ],
)
def test_first_sentence_fact_counts_answered_turns_whose_first_sentence_holds_a_fact(
    decision: str, facts: list[str], answer: str, expected: bool | None
) -> None:
    expect = Expect(decision=["answered", "needs_review"], facts=facts)
    grade = grade_turn(expect, TurnOutput(decision, answer, [], [], 1.0))
    assert grade.first_sentence_fact is expected
