"""Deterministic grading of one turn against its expectations. Pure functions."""

from __future__ import annotations

from dataclasses import dataclass

from evals.samplers import TurnOutput
from evals.suites import Expect, RubricItem


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

    @property
    def passed(self) -> bool:
        """Every hard expectation met (facts and rubric are measured, not gated)."""
        return self.decision_ok and self.include_ok and self.exclude_ok and self.cite_ok


def _text(output: TurnOutput) -> str:
    return (output.answer + " " + " ".join(c.get("quote", "") for c in output.citations)).lower()


def grade_turn(expect: Expect, output: TurnOutput) -> TurnGrade:
    """Grade decision, required and forbidden phrases, citation kinds, facts and rubric phrases."""
    text = _text(output)
    answer = output.answer.lower()
    include_ok = not expect.must_include_any or any(p.lower() in answer for p in expect.must_include_any)
    exclude_ok = not any(p.lower() in text for p in expect.must_not_include)
    kinds = {c.get("kind") for c in output.citations}
    cite_ok = output.decision != "answered" or all(k in kinds for k in expect.must_cite)
    found = sum(1 for f in expect.facts if f.lower() in answer)
    return TurnGrade(
        decision_ok=output.decision in expect.decisions,
        include_ok=include_ok,
        exclude_ok=exclude_ok,
        cite_ok=cite_ok,
        facts_found=found,
        facts_total=len(expect.facts),
        rubric_score=rubric_score(expect.rubric, answer) if expect.rubric else None,
    )


def rubric_score(items: list[RubricItem], answer: str) -> float:
    """HealthBench-style: points earned over the positive points possible, clipped to [0, 1]."""
    possible = sum(i.points for i in items if i.points > 0)
    if possible == 0:
        return 0.0
    earned = sum(i.points for i in items if i.phrases_any and any(p.lower() in answer for p in i.phrases_any))
    return max(0.0, min(1.0, earned / possible))
