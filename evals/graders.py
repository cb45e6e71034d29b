"""Grading of one turn against its expectations. Deterministic, except rubric items without phrases,
which only a judge (a model sampler passed in) grades; without a judge they stay ungraded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from evals.metrics import first_sentence_fact
from evals.samplers import TurnOutput
from evals.suites import Expect, RubricItem
from guide.language.text import sentences


class Judge(Protocol):
    """A grader model: says whether a reply meets one rubric criterion (None when it cannot tell)."""

    name: str

    def grade(self, *, question: str, answer: str, criterion: str) -> bool | None:
        """Whether the answer meets the criterion."""
        ...


@dataclass
class TurnGrade:
    """How a turn did on each expectation."""

    decision_ok: bool
    include_ok: bool
    exclude_ok: bool
    cite_ok: bool
    facts_found: int
    facts_total: int
    rubric_score: float | None
    facts_missing: list[str] = field(default_factory=list)
    excluded_found: list[str] = field(default_factory=list)
    rubric_met: list[bool | None] = field(default_factory=list)
    rubric_ungraded: int = 0
    first_sentence_fact: bool | None = None  # answered turns with facts: the first sentence holds one

    @property
    def passed(self) -> bool:
        """Every hard expectation met (facts and rubric are measured, not gated)."""
        return self.decision_ok and self.include_ok and self.exclude_ok and self.cite_ok


def _text(output: TurnOutput) -> str:
    return (output.answer + " " + " ".join(c.get("quote", "") for c in output.citations)).lower()


def first_sentence(answer: str) -> str:
    """The reply's first sentence, past its paragraph headings ("Rosa's care plan says:" is not a sentence)."""
    found = sentences(answer)
    return found[0] if found else ""


def grade_turn(expect: Expect, output: TurnOutput, *, judge: Judge | None = None, question: str = "") -> TurnGrade:
    """Grade decision, required and forbidden phrases, citation kinds, facts and rubric items.

    The judge sees the redacted question and the stored (redacted) reply, never restored names.
    """
    text = _text(output)
    answer = output.answer.lower()
    include_ok = not expect.must_include_any or any(p.lower() in answer for p in expect.must_include_any)
    excluded = [p for p in expect.must_not_include if p.lower() in text]
    kinds = {c.get("kind") for c in output.citations}
    cite_ok = output.decision != "answered" or all(k in kinds for k in expect.must_cite)
    missing = [f for f in expect.facts if f.lower() not in answer]
    met = rubric_verdicts(expect.rubric, answer, judge=judge, question=question, judged_answer=output.stored_reply)
    return TurnGrade(
        decision_ok=output.decision in expect.decisions,
        include_ok=include_ok,
        exclude_ok=not excluded,
        cite_ok=cite_ok,
        facts_found=len(expect.facts) - len(missing),
        facts_total=len(expect.facts),
        rubric_score=rubric_score(expect.rubric, met) if expect.rubric else None,
        facts_missing=missing,
        excluded_found=excluded,
        rubric_met=met,
        rubric_ungraded=sum(m is None for m in met),
        first_sentence_fact=(
            first_sentence_fact(first_sentence(output.answer), expect.facts) if output.decision == "answered" else None
        ),
    )


def rubric_verdicts(
    items: Sequence[RubricItem], answer: str, *, judge: Judge | None, question: str, judged_answer: str
) -> list[bool | None]:
    """Per item: phrases decide when given; otherwise the judge; otherwise None (ungraded, never guessed)."""
    verdicts: list[bool | None] = []
    for item in items:
        if item.phrases_any:
            verdicts.append(any(p.lower() in answer.lower() for p in item.phrases_any))
        elif judge is not None:
            verdicts.append(judge.grade(question=question, answer=judged_answer, criterion=item.criterion))
        else:
            verdicts.append(None)
    return verdicts


def rubric_score(items: Sequence[RubricItem], met: Sequence[bool | None]) -> float | None:
    """HealthBench-style over the graded items: points earned over positive points possible, clipped to [0, 1].

    None when no item with positive points was graded.
    """
    graded = [(i, m) for i, m in zip(items, met, strict=True) if m is not None]
    possible = sum(i.points for i, _ in graded if i.points > 0)
    if possible == 0:
        return None
    earned = sum(i.points for i, m in graded if m)
    return max(0.0, min(1.0, earned / possible))
