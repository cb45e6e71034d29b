"""Eval suites as data: pydantic models of `evals/suites/*.yaml` (unknown keys are errors)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

Decision = Literal["answered", "needs_review", "emergency"]
SUITES = Path(__file__).resolve().parent / "suites"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RubricItem(_Strict):
    """A HealthBench-style criterion with signed points."""

    criterion: str
    points: int
    tags: list[str] = Field(default_factory=list)
    phrases_any: list[str] = Field(default_factory=list, description="Deterministic check: any phrase present.")


class Expect(_Strict):
    """What a turn's reply must show."""

    decision: Decision | list[Decision]
    must_include_any: list[str] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    must_cite: list[str] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    rubric: list[RubricItem] = Field(default_factory=list)

    @property
    def decisions(self) -> set[str]:
        """The acceptable decisions."""
        return {self.decision} if isinstance(self.decision, str) else set(self.decision)

    @field_validator("decision")
    @classmethod
    def _not_empty(cls, value: Decision | list[Decision]) -> Decision | list[Decision]:
        if isinstance(value, list) and not value:
            raise ValueError("decision list is empty")
        return value


class Turn(_Strict):
    """One question and its expectations."""

    question: str
    expect: Expect


class Case(_Strict):
    """A conversation about one consumer, asked by the consumer or a designee."""

    id: str
    consumer: str
    asker: str = "consumer"
    tags: list[str] = Field(default_factory=list)
    turns: list[Turn] = Field(min_length=1)
    reference: str | None = Field(None, description="A clinician's final answer, for reviewed cases.")


class Suite(_Strict):
    """A named list of cases."""

    suite: str
    description: str = ""
    cases: list[Case]


def load_suite(name_or_path: str | Path) -> Suite:
    """A suite by name (`evals/suites/NAME.yaml`) or by path."""
    path = Path(name_or_path)
    if not path.suffix:
        path = SUITES / f"{name_or_path}.yaml"
    return Suite.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
