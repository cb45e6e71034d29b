"""Floors (`guide eval check`) and allowed regressions (`guide eval compare`) from evals/thresholds.yaml. Pure.

`Difference.verdict` says what a compare row means and `compare_rows` which rows a compare shows, so the command
line only colours and exits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, model_validator

from evals.results import Better, Metric, Prices, RunResults, SuiteResult

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.yaml"
Section = Literal["floors", "ci_gate"]


class Floor(BaseModel):
    """A floor (`min`) or a ceiling (`max`) on one metric; exactly one of the two (extra="forbid": a typo fails)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min: float | None = None
    max: float | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> Floor:
        if (self.min is None) == (self.max is None):
            raise ValueError("a floor has exactly one of min and max")
        return self

    @property
    def op(self) -> Literal[">=", "<="]:
        """How the value must stand to the bound."""
        return ">=" if self.min is not None else "<="

    @property
    def bound(self) -> float:
        """The bound itself."""
        bound = self.min if self.min is not None else self.max
        assert bound is not None  # the validator keeps exactly one
        return bound

    def holds(self, value: float) -> bool:
        """Whether a value meets the floor (or stays under the ceiling)."""
        return value >= self.bound if self.op == ">=" else value <= self.bound


class CompareRule(BaseModel):
    """How far a metric may get worse from run A to run B; `relative`: `allowed_drop` is a fraction of A's value.

    extra="forbid": the file is ours and a misspelt key would silently stop gating.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    better: Better
    allowed_drop: float = 0.0
    relative: bool = False


class Thresholds(BaseModel):
    """evals/thresholds.yaml: default prices, compare rules by metric, and per suite the CI gate and the floors.

    extra="forbid" at every level: every key in the file is read by this code, so an unknown one is a mistake.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    prices: Prices
    compare: dict[str, CompareRule] = {}
    ci_gate: dict[str, dict[str, Floor]] = {}
    floors: dict[str, dict[str, Floor]] = {}

    def rule_for(self, metric: str) -> CompareRule | None:
        """The compare rule of a metric, by full name or by the part after the last dot."""
        return self.compare.get(metric) or self.compare.get(metric.rsplit(".", 1)[-1])

    def noisy(self, metric: str) -> bool:
        """Latency, tokens and cost: a relative rule or a percentile, whose per-tag changes are mostly noise."""
        rule = self.rule_for(metric)
        return (rule is not None and rule.relative) or "p50" in metric or "p95" in metric


def load_thresholds(path: Path = THRESHOLDS) -> Thresholds:
    """The thresholds file, validated."""
    return Thresholds.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


class FloorCheck(BaseModel):
    """One floor of one suite: met or not (or not applicable: no items in this run).

    A pydantic model, not a dataclass, because it is part of report.json (`evals.report.SuiteReport.floors`).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    suite: str
    metric: str
    op: Literal[">=", "<="]
    bound: float
    value: float | None
    n: int
    ok: bool
    note: str = ""


def check_floors(suite: SuiteResult, thresholds: Thresholds, section: Section = "floors") -> list[FloorCheck]:
    """The suite's floors (or the `ci_gate` ratchet) against its metrics; n = 0 passes as not applicable."""
    rules = getattr(thresholds, section).get(suite.suite, {})
    return [_check(suite.suite, metric, floor, suite.metrics.get(metric)) for metric, floor in rules.items()]


def _check(suite: str, metric: str, floor: Floor, m: Metric | None) -> FloorCheck:
    if m is None or m.value is None:
        return FloorCheck(suite=suite, metric=metric, op=floor.op, bound=floor.bound, value=None, n=0, ok=True,
                          note="not applicable (n=0)")  # fmt: skip
    value = float(m.value)
    return FloorCheck(suite=suite, metric=metric, op=floor.op, bound=floor.bound, value=value, n=m.n,
                      ok=floor.holds(value))  # fmt: skip


def check_run(results: RunResults, thresholds: Thresholds) -> list[FloorCheck]:
    """Every floor of every suite in a run."""
    return [f for suite in results.suites for f in check_floors(suite, thresholds)]


class Verdict(StrEnum):
    """What one compare row means; the value is the word `guide eval compare` prints."""

    REGRESSED = "REGRESSED"  # worse beyond the allowed drop, and the row gates
    WORSE = "worse"  # worse beyond the allowed drop on a per-tag row that does not gate (no --per-tag)
    BETTER = "better"
    WORSE_ALLOWED = "worse (allowed)"  # worse, within the allowed drop of its rule
    CHANGED = "changed"  # worse, but no rule gates the metric
    UNCHANGED = ""  # equal, or a value missing on one side


@dataclass(frozen=True)
class Difference:
    """One metric (overall or for one tag) in run A and run B.

    A dataclass, not a pydantic model: it is computed here from validated results and never read from or written to
    a file, so validation would check nothing.
    """

    suite: str
    tag: str | None
    metric: str
    a: float | None
    b: float | None
    n_a: int
    n_b: int
    better: Better
    allowed: float | None  # the allowed worsening in the metric's units; None: not gated
    regressed: bool

    @property
    def delta(self) -> float | None:
        """b - a."""
        return None if self.a is None or self.b is None else self.b - self.a

    def verdict(self, *, per_tag: bool) -> Verdict:
        """The row's verdict; `per_tag`: per-tag regressions gate too (`--per-tag`)."""
        if self.regressed:
            return Verdict.REGRESSED if per_tag or self.tag is None else Verdict.WORSE
        if not self.delta:
            return Verdict.UNCHANGED
        if (self.delta > 0) == (self.better == "higher"):
            return Verdict.BETTER
        return Verdict.WORSE_ALLOWED if self.allowed is not None else Verdict.CHANGED


def difference(
    suite: str, tag: str | None, metric: str, a: Metric | None, b: Metric | None, thresholds: Thresholds
) -> Difference:
    """Whether B is worse than A by more than the metric's allowed drop."""
    va = None if a is None else a.value
    vb = None if b is None else b.value
    rule = thresholds.rule_for(metric)
    either = b or a
    better: Better = rule.better if rule else either.better if either else "higher"
    allowed = None
    regressed = False
    if rule is not None and va is not None and vb is not None:
        allowed = rule.allowed_drop * (abs(va) if rule.relative else 1.0)
        worse_by = (va - vb) if better == "higher" else (vb - va)
        regressed = worse_by > allowed + 1e-12
    n_a = 0 if a is None else a.n
    n_b = 0 if b is None else b.n
    return Difference(suite, tag, metric, va, vb, n_a, n_b, better, allowed, regressed)


def compare_runs(a: RunResults, b: RunResults, thresholds: Thresholds) -> list[Difference]:
    """Every metric of every suite in both runs, overall then per tag."""
    out = []
    suites_b = {s.suite: s for s in b.suites}
    for sa in a.suites:
        sb = suites_b.get(sa.suite)
        if sb is None:
            continue
        out += _differences(sa.suite, None, sa.metrics, sb.metrics, thresholds)
        for tag in sorted(set(sa.per_tag) | set(sb.per_tag)):
            out += _differences(sa.suite, tag, sa.per_tag.get(tag, {}), sb.per_tag.get(tag, {}), thresholds)
    return out


def _differences(
    suite: str, tag: str | None, a: dict[str, Metric], b: dict[str, Metric], thresholds: Thresholds
) -> list[Difference]:
    return [difference(suite, tag, m, a.get(m), b.get(m), thresholds) for m in dict.fromkeys([*a, *b])]


def regressions(differences: Sequence[Difference], *, per_tag: bool = False) -> list[Difference]:
    """The differences that fail the comparison: overall ones, and per-tag ones when asked."""
    return [d for d in differences if d.verdict(per_tag=per_tag) is Verdict.REGRESSED]


def compare_rows(differences: Sequence[Difference], thresholds: Thresholds, *, show_all: bool) -> list[Difference]:
    """The rows `guide eval compare` shows: every overall row; per tag only changed quality metrics, unless `show_all`
    (latency, tokens and cost per tag are mostly noise)."""
    return [d for d in differences if d.tag is None or show_all or (d.delta and not thresholds.noisy(d.metric))]
