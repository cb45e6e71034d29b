"""Reports of a run: report.json (metrics without per-turn rows), report.md and a self-contained report.html
with matplotlib charts embedded as base64 PNG."""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from evals.results import Metric, RunInfo, RunResults, SuiteResult, load_results
from evals.thresholds import FloorCheck, Thresholds, check_floors, load_thresholds

MAX_FAILURES = 200


class SuiteReport(SuiteResult):
    """A suite as report.json holds it: its results without rows, at most MAX_FAILURES failures (none for a frozen
    test), side tables without their Markdown, and the floor checks. Forbids unknown keys as `SuiteResult` does."""

    rows: list[dict[str, Any]] = Field(default_factory=list, exclude=True)
    tables: dict[str, Any] = Field(default_factory=dict)
    frozen: bool
    n_failures: int
    floors: list[FloorCheck]


class GapRow(BaseModel):
    """One metric on the dev split and on the frozen test, and the gap (dev minus test)."""

    model_config = ConfigDict(extra="forbid")

    metric: str
    dev: Metric
    test: Metric
    gap: float | None


class GapPair(BaseModel):
    """A `<name>-dev` suite and its frozen `<name>-test` side by side."""

    model_config = ConfigDict(extra="forbid")

    pair: str
    dev: str
    test: str
    rows: list[GapRow]


class Report(BaseModel):
    """report.json: the run's header, each suite's report and the generalization tables (extra="forbid": ours)."""

    model_config = ConfigDict(extra="forbid")

    run: RunInfo
    suites: list[SuiteReport]
    generalization: list[GapPair]


def fmt(name: str, value: Any) -> str:
    """A metric value for people: counts plain, money with 6 decimals, milliseconds and tokens with 1."""
    if value is None:
        return "n/a"
    if isinstance(value, bool) or isinstance(value, int):
        return str(value)
    if "usd" in name:
        return f"{value:.6f}"
    if "latency" in name or "tokens" in name:
        return f"{value:.1f}"
    return f"{value:.3f}"


def interval(name: str, metric: Metric) -> str:
    """A metric's 95% interval as `low-high`, empty without one."""
    ci = metric.ci95
    return f"{fmt(name, ci[0])}-{fmt(name, ci[1])}" if ci else ""


def build_report(results: RunResults, thresholds: Thresholds | None = None) -> Report:
    """The results without per-turn rows, with each suite's floor checks."""
    thresholds = thresholds if thresholds is not None else load_thresholds()
    suites = [_suite_report(suite, thresholds) for suite in results.suites]
    return Report(run=results.run, suites=suites, generalization=generalization(suites))


def _suite_report(suite: SuiteResult, thresholds: Thresholds) -> SuiteReport:
    # A frozen test's failing messages are not shown: reading them would be tuning on the test.
    frozen = suite.suite.endswith("-test")
    return SuiteReport(
        **{name: value for name, value in suite if name not in {"rows", "tables", "failures"}},
        tables={k: v for k, v in (suite.tables or {}).items() if k != "markdown"},
        failures=[] if frozen else suite.failures[:MAX_FAILURES],
        frozen=frozen,
        n_failures=len(suite.failures),
        floors=check_floors(suite, thresholds),
    )


GAP_METRICS = (
    "emergency_recall",
    "needs_review_recall",
    "over_escalation",
    "false_emergencies",
    "scope_leaks",
    "decision_accuracy",
)


def generalization(suites: list[SuiteReport]) -> list[GapPair]:
    """Dev and frozen-test side by side for every `<name>-dev` / `<name>-test` pair of suites in the run, with the
    gap (dev minus test) and Spanish emergency recall (tag lang-es): the number we track."""
    by_name = {s.suite: s for s in suites}
    out = []
    for name, dev in by_name.items():
        if not name.endswith("-dev") or f"{name[:-4]}-test" not in by_name:
            continue
        test = by_name[f"{name[:-4]}-test"]
        pairs = [(metric, dev.metrics.get(metric), test.metrics.get(metric)) for metric in GAP_METRICS]
        es_dev, es_test = dev.per_tag.get("lang-es", {}), test.per_tag.get("lang-es", {})
        pairs.append(("spanish_emergency_recall", es_dev.get("emergency_recall"), es_test.get("emergency_recall")))
        rows = [_gap_row(metric, d, t) for metric, d, t in pairs if d is not None and t is not None]
        out.append(GapPair(pair=name[:-4], dev=name, test=test.suite, rows=rows))
    return out


def _gap_row(metric: str, dev: Metric, test: Metric) -> GapRow:
    gap = None if dev.value is None or test.value is None else dev.value - test.value
    return GapRow(metric=metric, dev=dev, test=test, gap=gap)


def _gap_cells(row: GapRow) -> list[str]:
    name = row.metric
    return [
        name,
        f"{fmt(name, row.dev.value)} [{interval(name, row.dev)}] n={row.dev.n}",
        f"{fmt(name, row.test.value)} [{interval(name, row.test)}] n={row.test.n}",
        fmt(name, row.gap),
    ]


GAP_HEADER = ["metric", "dev [95% CI]", "frozen test [95% CI]", "gap (dev - test)"]


def _generalization_lines(report: Report) -> list[str]:
    lines: list[str] = []
    for pair in report.generalization:
        lines += ["", f"## Generalization: {pair.dev} and the frozen {pair.test}", ""]
        lines += _table(GAP_HEADER, [_gap_cells(r) for r in pair.rows])
    return lines


# ---------------------------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------------------------


def _metrics_rows(suite: SuiteReport) -> list[list[str]]:
    floors = {f.metric: f for f in suite.floors}
    rows = []
    for name, m in suite.metrics.items():
        floor = floors.get(name)
        verdict = ""
        if floor:
            verdict = f"{floor.op} {floor.bound}: " + ("met" if floor.ok else floor.note or "NOT met")
        hits = f" ({m.hits}/{m.n})" if m.hits is not None else ""
        rows.append([name, fmt(name, m.value) + hits, interval(name, m), str(m.n), m.better, verdict])
    return rows


TAG_METRICS = (
    "pass_rate",
    "emergency_recall",
    "needs_review_recall",
    "over_escalation",
    "facts_recall",
    "citation_validity",
    "scope_leaks",
    "identifier_leaks",
)


def _tag_columns(suite: SuiteResult) -> list[str]:
    if suite.kind == "conversation":
        return list(TAG_METRICS)
    names = dict.fromkeys(m for metrics in suite.per_tag.values() for m in metrics if "latency" not in m)
    return [suite.headline, *(m for m in names if m != suite.headline)]


def _tag_cell(name: str, m: Metric | None) -> str:
    return "" if m is None or m.value is None else f"{fmt(name, m.value)} ({m.n})"


def _tag_rows(suite: SuiteResult) -> list[list[str]]:
    """Per tag: each column's value and its n (empty when the tag has no items for it)."""
    columns = _tag_columns(suite)
    return [
        [tag, *(_tag_cell(name, metrics.get(name)) for name in columns)]
        for tag, metrics in sorted(suite.per_tag.items())
    ]


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in row) + " |" for row in rows]
    return out


def _confusion_rows(confusion: dict[str, dict[str, int]]) -> list[list[str]]:
    return [[expected, *(str(v) for v in row.values())] for expected, row in confusion.items()]


def _suite_heading(suite: SuiteReport) -> str:
    turns = f", {suite.n_turns} turns" if suite.n_turns is not None else ""
    seconds = suite.seconds if suite.seconds is not None else 0
    return f"## {suite.suite} ({suite.kind}, {suite.sampler}): {suite.n_cases} cases{turns}, {seconds} s"


def markdown(report: Report) -> str:
    """report.md."""
    run = report.run
    lines = [
        "# Eval report",
        "",
        f"provider {run.provider}, judge {run.judge or 'none'}, commit {run.commit}, started {run.started}",
        "",
        f"settings: {json.dumps(run.settings)}",
    ]
    lines += _generalization_lines(report)
    for suite in report.suites:
        missed = [f for f in suite.floors if not f.ok]
        lines += [
            "",
            _suite_heading(suite),
            "",
            f"floors: {'all met' if not missed else ', '.join(f.metric for f in missed) + ' NOT met'}",
            "",
            *_table(["metric", "value", "95% CI", "n", "better", "floor"], _metrics_rows(suite)),
        ]
        if suite.confusion:
            lines += ["", "Decisions (rows expected, columns actual):", ""]
            lines += _table(["expected \\ actual", *next(iter(suite.confusion.values())).keys()],
                            _confusion_rows(suite.confusion))  # fmt: skip
        lines += ["", "Per tag (value and n; intervals in report.json):", ""]
        lines += _table(["tag", *_tag_columns(suite)], _tag_rows(suite))
        lines += ["", f"Failures ({suite.n_failures}, first {MAX_FAILURES}):", ""]
        for f in suite.failures:
            lines.append(
                f"- **{f['case']}**{'#' + str(f['turn']) if 'turn' in f else ''}: {f['question']!s:.160} "
                f"(expected {f['expected']}, got {str(f['got'])[:120]}): {'; '.join(f['reasons'])}"
            )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Charts and HTML
# ---------------------------------------------------------------------------------------------


def _png(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def confusion_chart(confusion: dict[str, dict[str, int]]) -> str:
    """Heat map of expected (rows) against actual (columns) decisions."""
    import matplotlib.pyplot as plt

    labels = list(confusion)
    values = [[confusion[e][a] for a in labels] for e in labels]
    fig, ax = plt.subplots(figsize=(4.6, 3.8))
    ax.imshow(values, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=20)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("actual")
    ax.set_ylabel("expected")
    peak = max(max(r) for r in values) or 1
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > peak / 2 else "black")
    ax.set_title("decisions")
    return _png(fig)


def tag_chart(suite: SuiteResult) -> str | None:
    """The headline metric per tag with bootstrap 95% intervals as error bars."""
    import matplotlib.pyplot as plt

    headline = suite.headline
    items = [(t, m) for t, metrics in sorted(suite.per_tag.items()) if (m := metrics.get(headline)) and m.n]
    if not items:
        return None
    fig, ax = plt.subplots(figsize=(7, 0.28 * len(items) + 1.2))
    values = [m.value or 0.0 for _, m in items]  # n > 0: every value is set
    low = [v - (m.ci95 or (v, v))[0] for v, (_, m) in zip(values, items, strict=True)]
    high = [(m.ci95 or (v, v))[1] - v for v, (_, m) in zip(values, items, strict=True)]
    ax.barh(range(len(items)), values, xerr=[low, high], color="#4c78a8", ecolor="#333", capsize=2)
    ax.set_yticks(range(len(items)), [f"{t} (n={m.n})" for t, m in items], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.05 if max(values) <= 1 else None)
    ax.set_xlabel(f"{headline} (95% bootstrap interval)")
    return _png(fig)


def latency_chart(latencies: list[float], title: str) -> str | None:
    """Histogram of latencies in milliseconds."""
    import matplotlib.pyplot as plt

    if not latencies:
        return None
    fig, ax = plt.subplots(figsize=(6, 2.8))
    ax.hist(latencies, bins=40, color="#72b7b2")
    ax.set_xlabel("milliseconds")
    ax.set_ylabel("count")
    ax.set_title(title)
    return _png(fig)


def _latencies(suite: SuiteResult) -> list[float]:
    if suite.kind == "conversation":
        return [r["output"]["latency_ms"] for r in suite.rows]
    return [r["latency_ms"] for r in suite.rows if "latency_ms" in r]


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _img(data: str | None, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">' if data else ""


_STYLE = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f3f3}.bad{color:#b00020;font-weight:600}.ok{color:#1b7f3b}
.charts img{margin:.5rem 1rem .5rem 0;vertical-align:top}code{background:#f6f6f6}"""


def render_html(report: Report, results: RunResults) -> str:
    """report.html: one file, charts inline."""
    run = report.run
    shown = {"provider": run.provider, "judge": run.judge, "commit": run.commit}
    facts = ", ".join(f"{k} <code>{html.escape(str(v or 'none'))}</code>" for k, v in shown.items())
    settings = html.escape(json.dumps(run.settings))
    parts = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>Eval report</title><style>{_STYLE}</style>"
        "</head><body><h1>Eval report</h1>",
        f"<p>{facts}, started {html.escape(str(run.started))}<br>settings <code>{settings}</code></p>",
    ]
    for pair in report.generalization:
        parts.append(f"<h2>Generalization: {html.escape(pair.dev)} and the frozen {html.escape(pair.test)}</h2>")
        parts.append(_html_table(GAP_HEADER, [_gap_cells(r) for r in pair.rows]))
    full: dict[str, SuiteResult] = {s.suite: s for s in results.suites}
    for suite in report.suites:
        missed = [f.metric for f in suite.floors if not f.ok]
        verdict = (
            "<span class='ok'>all floors met</span>"
            if not missed
            else f"<span class='bad'>floors not met: {html.escape(', '.join(missed))}</span>"
        )
        parts.append(
            f"<h2>{html.escape(suite.suite)} <small>({html.escape(suite.kind)}, "
            f"{html.escape(suite.sampler)}, {suite.n_cases} cases)</small></h2><p>{verdict}</p>"
        )
        parts.append(_html_table(["metric", "value", "95% CI", "n", "better", "floor"], _metrics_rows(suite)))
        charts = []
        if suite.confusion:
            charts.append(_img(confusion_chart(suite.confusion), "confusion matrix"))
        charts.append(_img(tag_chart(suite), "per-tag chart"))
        charts.append(_img(latency_chart(_latencies(full.get(suite.suite, suite)), "latency"), "latency"))
        parts.append("<div class='charts'>" + "".join(charts) + "</div>")
        parts.append("<h3>Per tag (value and n)</h3>")
        parts.append(_html_table(["tag", *_tag_columns(suite)], _tag_rows(suite)))
        parts.append(f"<h3>Failures ({suite.n_failures}, first {MAX_FAILURES})</h3>")
        parts.append(
            _html_table(
                ["case", "question", "expected", "got", "reasons"],
                [
                    [
                        f"{f['case']}{'#' + str(f['turn']) if 'turn' in f else ''}",
                        str(f["question"]),
                        str(f["expected"]),
                        str(f["got"]),
                        "; ".join(f["reasons"]),
                    ]
                    for f in suite.failures
                ],
            )
        )
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(run_dir: Path, thresholds: Thresholds | None = None) -> Report:
    """Read RUN_DIR/results.json; write report.json, report.md and report.html next to it."""
    results = load_results(run_dir)
    report = build_report(results, thresholds)
    as_json = json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False)
    (run_dir / "report.json").write_text(as_json, encoding="utf-8")
    (run_dir / "report.md").write_text(markdown(report), encoding="utf-8")
    (run_dir / "report.html").write_text(render_html(report, results), encoding="utf-8")
    return report
