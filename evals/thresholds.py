"""Floors (`guide eval check`) and allowed regressions (`guide eval compare`) from evals/thresholds.yaml. Pure."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.yaml"


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, Any]:
    """The thresholds file."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class FloorCheck:
    """One floor of one suite: met or not (or not applicable: no items in this run)."""

    suite: str
    metric: str
    op: str  # ">=" | "<="
    bound: float
    value: float | None
    n: int
    ok: bool
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON form."""
        return asdict(self)


def check_floors(suite: dict[str, Any], thresholds: dict[str, Any], section: str = "floors") -> list[FloorCheck]:
    """The suite's floors (or the `ci_gate` ratchet) against its metrics; n = 0 passes as not applicable."""
    out = []
    for metric, rule in (thresholds.get(section, {}).get(suite["suite"]) or {}).items():
        m = suite["metrics"].get(metric)
        op, bound = (">=", float(rule["min"])) if "min" in rule else ("<=", float(rule["max"]))
        if m is None or m.get("value") is None:
            out.append(FloorCheck(suite["suite"], metric, op, bound, None, 0, True, "not applicable (n=0)"))
            continue
        value = float(m["value"])
        ok = value >= bound if op == ">=" else value <= bound
        out.append(FloorCheck(suite["suite"], metric, op, bound, value, int(m.get("n", 0)), ok))
    return out


def check_run(results: dict[str, Any], thresholds: dict[str, Any]) -> list[FloorCheck]:
    """Every floor of every suite in a run."""
    return [f for suite in results["suites"] for f in check_floors(suite, thresholds)]


@dataclass(frozen=True)
class Difference:
    """One metric (overall or for one tag) in run A and run B."""

    suite: str
    tag: str | None
    metric: str
    a: float | None
    b: float | None
    n_a: int
    n_b: int
    better: str
    allowed: float | None  # the allowed worsening in the metric's units; None: not gated
    regressed: bool

    @property
    def delta(self) -> float | None:
        """b - a."""
        return None if self.a is None or self.b is None else self.b - self.a


def rule_for(metric: str, thresholds: dict[str, Any]) -> dict[str, Any] | None:
    """The compare rule of a metric, by full name or by the part after the last dot."""
    rules = thresholds.get("compare", {})
    return rules.get(metric) or rules.get(metric.rsplit(".", 1)[-1])


def difference(
    suite: str, tag: str | None, metric: str, a: dict[str, Any] | None, b: dict[str, Any] | None, thresholds: dict
) -> Difference:
    """Whether B is worse than A by more than the metric's allowed drop."""
    va = None if a is None else a.get("value")
    vb = None if b is None else b.get("value")
    rule = rule_for(metric, thresholds)
    better = (rule or {}).get("better") or (b or a or {}).get("better", "higher")
    allowed = None
    regressed = False
    if rule is not None and va is not None and vb is not None:
        allowed = float(rule.get("allowed_drop", 0.0)) * (abs(va) if rule.get("relative") else 1.0)
        worse_by = (va - vb) if better == "higher" else (vb - va)
        regressed = worse_by > allowed + 1e-12
    n_a = 0 if a is None else int(a.get("n", 0))
    n_b = 0 if b is None else int(b.get("n", 0))
    return Difference(suite, tag, metric, va, vb, n_a, n_b, better, allowed, regressed)


def compare_runs(a: dict[str, Any], b: dict[str, Any], thresholds: dict[str, Any]) -> list[Difference]:
    """Every metric of every suite in both runs, overall then per tag."""
    out = []
    suites_b = {s["suite"]: s for s in b["suites"]}
    for sa in a["suites"]:
        sb = suites_b.get(sa["suite"])
        if sb is None:
            continue
        for metric in dict.fromkeys([*sa["metrics"], *sb["metrics"]]):
            out.append(difference(sa["suite"], None, metric, sa["metrics"].get(metric), sb["metrics"].get(metric),
                                  thresholds))  # fmt: skip
        for tag in sorted(set(sa.get("per_tag", {})) | set(sb.get("per_tag", {}))):
            ta, tb = sa.get("per_tag", {}).get(tag, {}), sb.get("per_tag", {}).get(tag, {})
            for metric in dict.fromkeys([*ta, *tb]):
                out.append(difference(sa["suite"], tag, metric, ta.get(metric), tb.get(metric), thresholds))
    return out


def regressions(differences: list[Difference], *, per_tag: bool = False) -> list[Difference]:
    """The differences that fail the comparison: overall ones, and per-tag ones when asked."""
    return [d for d in differences if d.regressed and (per_tag or d.tag is None)]
