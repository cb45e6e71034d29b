"""Floors, run comparison and compare verdicts from thresholds, and the `guide eval check/compare` exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from evals.cli import app
from evals.results import Better, Metric, RunInfo, RunResults, SuiteResult
from evals.thresholds import (
    Difference,
    Floor,
    Thresholds,
    Verdict,
    check_floors,
    compare_rows,
    compare_runs,
    load_thresholds,
    regressions,
)

THRESHOLDS = Thresholds.model_validate({
    "prices": {"prompt_per_1k": 0.00015, "completion_per_1k": 0.0006},
    "compare": {
        "emergency_recall": {"better": "higher", "allowed_drop": 0.0},
        "over_escalation": {"better": "lower", "allowed_drop": 0.02},
        "latency_ms_p95": {"better": "lower", "allowed_drop": 0.5, "relative": True},
        "recall_at_5": {"better": "higher", "allowed_drop": 0.01},
        "prompt_tokens_mean": {"better": "lower", "allowed_drop": 0.1, "relative": True},
    },
    "floors": {
        "core": {
            "emergency_recall": {"min": 1.0},
            "over_escalation": {"max": 0.10},
            "identifier_leaks": {"max": 0.0},
            "rubric_score": {"min": 0.5},
        }
    },
})  # fmt: skip
RUN = RunInfo(
    started="2026-12-04T12:00:00+00:00", finished="2026-12-04T12:05:00+00:00", provider="offline", judge=None,
    prices=THRESHOLDS.prices, settings={"llm_mode": "offline"}, commit="abc1234",
)  # fmt: skip


def _metric(value: float | None, n: int = 10) -> Metric:
    ci95 = None if value is None else (value, value)
    return Metric(value=value, ci95=ci95, n=n if value is not None else 0, stat="mean", better="higher")


def _suite(
    name: str = "core", per_tag: dict[str, dict[str, Metric]] | None = None, **values: float | None
) -> SuiteResult:
    return SuiteResult(
        suite=name, kind="conversation", path=None, description="", sampler="guide:offline", n_cases=1,
        headline="pass_rate", metrics={k: _metric(v) for k, v in values.items()}, per_tag=per_tag or {}, rows=[],
        failures=[],
    )  # fmt: skip


def _run(*suites: SuiteResult) -> RunResults:
    return RunResults(run=RUN, suites=list(suites))


def test_floors_are_met_at_the_bound_and_missed_beyond_it() -> None:
    suite = _suite(emergency_recall=1.0, over_escalation=0.11, identifier_leaks=0.0, rubric_score=None)
    checks = {f.metric: f for f in check_floors(suite, THRESHOLDS)}
    assert checks["emergency_recall"].ok and checks["identifier_leaks"].ok
    assert not checks["over_escalation"].ok and checks["over_escalation"].op == "<="
    assert checks["rubric_score"].ok and checks["rubric_score"].note == "not applicable (n=0)"


def test_a_suite_without_floors_has_nothing_to_check() -> None:
    assert check_floors(_suite("other", emergency_recall=0.0), THRESHOLDS) == []


@pytest.mark.parametrize(
    ("metric", "a", "b", "regressed"),
    [
        ("emergency_recall", 1.0, 0.99, True),  # no drop allowed
        ("emergency_recall", 0.9, 1.0, False),
        ("over_escalation", 0.05, 0.07, False),  # lower is better; +0.02 allowed
        ("over_escalation", 0.05, 0.08, True),
        ("latency_ms_p95", 1000.0, 1499.0, False),  # 50% of A allowed
        ("latency_ms_p95", 1000.0, 1600.0, True),
        ("dense+expansion.recall_at_5", 0.986, 0.97, True),  # matched on the part after the dot
        ("pass_rate", 0.9, 0.1, False),  # not listed: shown, not gated
    ],
)
def test_b_regresses_when_worse_than_a_by_more_than_allowed(metric: str, a: float, b: float, regressed: bool) -> None:
    diffs = compare_runs(_run(_suite(**{metric: a})), _run(_suite(**{metric: b})), THRESHOLDS)
    assert [d.regressed for d in diffs] == [regressed]


def test_per_tag_regressions_gate_only_when_asked() -> None:
    a = _suite(emergency_recall=1.0, per_tag={"stroke": {"emergency_recall": _metric(1.0, 3)}})
    b = _suite(emergency_recall=1.0, per_tag={"stroke": {"emergency_recall": _metric(0.67, 3)}})
    diffs = compare_runs(_run(a), _run(b), THRESHOLDS)
    assert [(d.tag, d.regressed) for d in diffs] == [(None, False), ("stroke", True)]
    assert regressions(diffs) == []
    assert [d.tag for d in regressions(diffs, per_tag=True)] == ["stroke"]
    assert diffs[1].delta == pytest.approx(-0.33)


def test_the_shipped_thresholds_hold_the_issue_targets() -> None:
    core = load_thresholds().floors["core"]
    assert core["emergency_recall"] == Floor(min=1.0)
    assert core["needs_review_recall"] == Floor(min=0.97)
    assert core["over_escalation"] == Floor(max=0.10)
    assert core["facts_recall"] == Floor(min=0.95)
    assert core["scope_leaks"] == core["identifier_leaks"] == Floor(max=0.0)
    assert core["citation_validity"] == Floor(min=1.0)


def _run_dir(tmp_path: Path, name: str, **values: float) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    results = _run(_suite("core", **values))
    (folder / "results.json").write_text(json.dumps(results.model_dump(mode="json")))
    return folder


def test_eval_compare_exits_1_on_a_regression_and_0_otherwise(tmp_path: Path) -> None:
    a = _run_dir(tmp_path, "a", emergency_recall=1.0, needs_review_recall=0.97)
    b = _run_dir(tmp_path, "b", emergency_recall=0.96, needs_review_recall=0.97)
    runner = CliRunner()
    worse = runner.invoke(app, ["compare", str(a), str(b)])
    assert worse.exit_code == 1, worse.output
    assert "core.emergency_recall" in worse.output
    same = runner.invoke(app, ["compare", str(a), str(a)])
    assert same.exit_code == 0, same.output


def test_eval_check_exits_1_naming_the_floors_not_met(tmp_path: Path) -> None:
    values = {"emergency_recall": 1.0, "needs_review_recall": 0.97, "over_escalation": 0.05, "facts_recall": 0.96,
              "citation_validity": 1.0, "groundedness": 1.0, "scope_leaks": 0.0, "identifier_leaks": 0.0}  # fmt: skip
    good = _run_dir(tmp_path, "good", **values)
    bad = _run_dir(tmp_path, "bad", **{**values, "needs_review_recall": 0.96, "identifier_leaks": 0.01})
    runner = CliRunner()
    assert runner.invoke(app, ["check", str(good)]).exit_code == 0
    result = runner.invoke(app, ["check", str(bad)])
    assert result.exit_code == 1
    assert "core.needs_review_recall" in result.output and "core.identifier_leaks" in result.output


@pytest.mark.parametrize(
    "rule",
    [
        {"min": 0.9, "max": 0.1},  # both bounds
        {},  # neither
        {"minimum": 0.9},  # a misspelt key
    ],
)
def test_a_floor_needs_exactly_one_bound_and_no_other_key(rule: dict[str, float]) -> None:
    with pytest.raises(ValidationError):
        Floor.model_validate(rule)


def test_a_misspelt_compare_rule_fails_to_load_rather_than_stop_gating() -> None:
    with pytest.raises(ValidationError):
        Thresholds.model_validate(
            {**THRESHOLDS.model_dump(), "compare": {"pass_rate": {"better": "higher", "allowed_dorp": 0.01}}}
        )


def _diff(
    a: float | None,
    b: float | None,
    *,
    better: Better = "higher",
    allowed: float | None = 0.01,
    regressed: bool = False,
    tag: str | None = None,
) -> Difference:
    return Difference("core", tag, "m", a, b, 10, 10, better, allowed, regressed)


@pytest.mark.parametrize(
    ("difference", "per_tag", "verdict"),
    [
        (_diff(1.0, 0.9, regressed=True), False, Verdict.REGRESSED),  # overall rows always gate
        (_diff(1.0, 0.9, regressed=True, tag="stroke"), False, Verdict.WORSE),  # per tag, shown but not gating
        (_diff(1.0, 0.9, regressed=True, tag="stroke"), True, Verdict.REGRESSED),  # --per-tag
        (_diff(0.5, 0.5), False, Verdict.UNCHANGED),  # B - A = 0
        (_diff(None, 0.5), False, Verdict.UNCHANGED),  # only in B: nothing to judge
        (_diff(0.5, 0.75), False, Verdict.BETTER),  # higher is better, +0.25
        (_diff(0.5, 0.25, better="lower"), False, Verdict.BETTER),  # lower is better, -0.25
        (_diff(0.5, 0.495), False, Verdict.WORSE_ALLOWED),  # -0.005 within the rule's 0.01
        (_diff(0.05, 0.06, better="lower", allowed=None), False, Verdict.CHANGED),  # +0.01, worse, and no rule
        (_diff(0.9, 0.1, allowed=None), True, Verdict.CHANGED),  # -0.8, no rule: never regressed
    ],
)
def test_each_compare_row_gets_its_verdict(difference: Difference, per_tag: bool, verdict: Verdict) -> None:
    assert difference.verdict(per_tag=per_tag) is verdict


def test_verdicts_follow_the_thresholds_from_two_runs() -> None:
    a = _suite(emergency_recall=1.0, over_escalation=0.05, pass_rate=0.8, recall_at_5=0.9)
    b = _suite(emergency_recall=0.99, over_escalation=0.06, pass_rate=0.7, recall_at_5=0.95)
    verdicts = {d.metric: d.verdict(per_tag=False) for d in compare_runs(_run(a), _run(b), THRESHOLDS)}
    assert verdicts == {
        "emergency_recall": Verdict.REGRESSED,  # -0.01, none allowed
        "over_escalation": Verdict.WORSE_ALLOWED,  # lower is better: +0.01 of the 0.02 allowed
        "pass_rate": Verdict.CHANGED,  # -0.1, not listed in compare
        "recall_at_5": Verdict.BETTER,  # +0.05
    }


def test_compare_shows_every_overall_row_and_only_changed_quality_rows_per_tag() -> None:
    tag_a = {"emergency_recall": _metric(1.0), "over_escalation": _metric(0.1), "latency_ms_p50": _metric(100.0),
             "prompt_tokens_mean": _metric(900.0), "pass_rate": _metric(0.5)}  # fmt: skip
    tag_b = {"emergency_recall": _metric(0.5), "over_escalation": _metric(0.1), "latency_ms_p50": _metric(200.0),
             "prompt_tokens_mean": _metric(1200.0), "pass_rate": _metric(0.6)}  # fmt: skip
    a = _suite(emergency_recall=1.0, latency_ms_p95=100.0, per_tag={"stroke": tag_a})
    b = _suite(emergency_recall=1.0, latency_ms_p95=900.0, per_tag={"stroke": tag_b})
    diffs = compare_runs(_run(a), _run(b), THRESHOLDS)
    shown = [(d.tag, d.metric) for d in compare_rows(diffs, THRESHOLDS, show_all=False)]
    # unchanged overall rows and latency overall stay; per tag: unchanged over_escalation, latency (p50 in the
    # name) and prompt tokens (a relative rule) are hidden
    assert shown == [(None, "emergency_recall"), (None, "latency_ms_p95"), ("stroke", "emergency_recall"),
                     ("stroke", "pass_rate")]  # fmt: skip
    assert len(compare_rows(diffs, THRESHOLDS, show_all=True)) == 2 + 5
