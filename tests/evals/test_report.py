"""Reports from a results.json: JSON, Markdown and one self-contained HTML file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from evals import conversation_metrics as cm
from evals.cli import app
from evals.report import fmt
from evals.results import Metric, RunInfo, RunResults, SuiteResult
from evals.thresholds import load_thresholds


def _row(case: str, expected: str, actual: str, tags: list[str], latency: float) -> dict[str, Any]:
    return {
        "case": case, "turn": 0, "tags": tags, "question": f"question {case}", "expected": [expected],
        "expect": {"must_not_include": []},
        "output": {"decision": actual, "answer": "a", "latency_ms": latency, "prompt_tokens": 900, "cost_usd": 0.0002},
        "grade": {"passed": expected == actual, "facts_found": 0, "facts_total": 0, "exclude_ok": True},
        "checks": {"citations": [], "sentences": [], "identifier_leaks": []},
    }  # fmt: skip


def _results() -> RunResults:
    rows = [
        _row("c1", "emergency", "emergency", ["emergency"], 50),
        _row("c2", "needs_review", "answered", ["review", "<script>"], 400),
        _row("c3", "answered", "answered", ["answerable"], 300),
    ]
    conversation = SuiteResult(
        suite="core", kind="conversation", path=None, description="", sampler="guide:offline", n_cases=3,
        setup_key="default", n_turns=3, headline="pass_rate", metrics=cm.metrics(rows), per_tag=cm.per_tag(rows),
        confusion=cm.confusion(rows), rows=rows,
        failures=[{"case": "c2", "turn": 0, "question": "question <b>c2</b>", "expected": ["needs_review"],
                   "got": "answered", "reasons": ["decision answered (grounded), expected ['needs_review']"]}],
    )  # fmt: skip
    recall = Metric(value=0.5, ci95=(0.0, 1.0), n=2, stat="mean", better="higher")
    retrieval = SuiteResult(
        suite="retrieval", kind="retrieval", path=None, description="", sampler="guide:knowledge_search", n_cases=2,
        headline="dense.recall_at_5", metrics={"dense.recall_at_5": recall},
        per_tag={"lifestyle": {"dense.recall_at_5": recall}}, rows=[{"latency_ms": 3.0}, {"latency_ms": 4.0}],
        failures=[], tables={"markdown": "| mode |"},
    )  # fmt: skip
    run = RunInfo(started="2026-12-04T12:00:00+00:00", finished="2026-12-04T12:01:00+00:00", provider="offline",
                  judge=None, prices=load_thresholds().prices, settings={}, commit="abc")  # fmt: skip
    return RunResults(run=run, suites=[conversation, retrieval])


def test_eval_report_writes_json_markdown_and_self_contained_html(tmp_path: Path) -> None:
    (tmp_path / "results.json").write_text(json.dumps(_results().model_dump(mode="json")))
    result = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "report.json").read_text())
    core = report["suites"][0]
    assert "rows" not in core and core["n_failures"] == 1 and core["tables"] == {}
    assert report["suites"][1]["tables"] == {}  # the Markdown side table stays in results.json
    assert {f["metric"]: f["ok"] for f in core["floors"]}["needs_review_recall"] is False
    assert core["metrics"]["emergency_recall"]["value"] == 1.0

    md = (tmp_path / "report.md").read_text()
    assert "## core (conversation, guide:offline)" in md and "needs_review_recall" in md
    assert "| answered | 1 | 0 | 0 |" in md  # the confusion matrix
    assert "question <b>c2</b>" in md

    page = (tmp_path / "report.html").read_text()
    images = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(images) == 3 + 2  # core: confusion, per tag, latency; retrieval: per tag, latency
    assert not re.search(r"(src|href)=[\"']?https?:", page)  # nothing fetched from elsewhere
    assert "&lt;b&gt;c2&lt;/b&gt;" in page and "<b>c2</b>" not in page  # text is escaped
    assert "floors not met" in page


def test_values_are_formatted_by_kind() -> None:
    assert fmt("pass_rate", 0.95238) == "0.952"
    assert fmt("latency_ms_p95", 1234.567) == "1234.6"
    assert fmt("cost_per_turn_usd", 0.000219) == "0.000219"
    assert fmt("n", 3) == "3" and fmt("x", None) == "n/a"


def test_dev_and_frozen_test_are_shown_side_by_side_and_the_tests_messages_are_not() -> None:
    from evals.report import build_report, markdown

    results = _results()
    core = results.suites[0]
    dev = core.model_copy(update={"suite": "decisions-dev"})
    halved = core.metrics["emergency_recall"].model_copy(update={"value": 0.5})
    test = core.model_copy(update={"suite": "decisions-test", "metrics": {**core.metrics, "emergency_recall": halved}})
    thresholds = load_thresholds().model_copy(update={"floors": {}})
    report = build_report(RunResults(run=results.run, suites=[dev, test]), thresholds)
    pair = report.generalization[0]
    assert (pair.dev, pair.test) == ("decisions-dev", "decisions-test")
    gap = next(r for r in pair.rows if r.metric == "emergency_recall")
    assert core.metrics["emergency_recall"].value == 1.0  # c1, the one emergency turn, was an emergency
    assert gap.gap == 1.0 - 0.5
    frozen = next(s for s in report.suites if s.suite == "decisions-test")
    assert frozen.failures == [] and frozen.n_failures == 1
    text = markdown(report)
    assert "Generalization: decisions-dev and the frozen decisions-test" in text
    assert text.count("question <b>c2</b>") == 1  # the dev failure is listed, the frozen test's is not
