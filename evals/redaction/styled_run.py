"""Issue 17 corpora in `guide eval run redaction`: styled train/dev and the frozen split, side by side."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from evals.results import Better, Metric

from .generator import generate_styled, load_labelled
from .regional import markdown_side_by_side, score_regional, verdicts_17
from .runner import Sampler, run

REPO = Path(__file__).resolve().parents[2]


class CorpusSpec(Protocol):
    """The fields of evals.suites.RedactionCorpus used here."""

    @property
    def name(self) -> str: ...
    @property
    def n(self) -> int: ...
    @property
    def seed(self) -> int: ...
    @property
    def split(self) -> str | None: ...
    @property
    def file(self) -> str | None: ...
    @property
    def counts_only(self) -> bool: ...


def _cases(corpus: CorpusSpec) -> list[Any]:
    if corpus.file:
        path = REPO / corpus.file
        return load_labelled(path) if path.is_file() else []
    return generate_styled(corpus.n, corpus.seed, corpus.split or "dev")


def _metric(r: dict[str, Any], better: Better = "higher") -> Metric:
    return Metric(value=r["rate"], ci95=r["ci95"], n=r["n"], hits=r["hits"], stat="mean", better=better)


def run_styled(
    corpora: Sequence[CorpusSpec],
    sampler: Sampler,
    advance: Callable[[int], None] | None,
    metrics: dict[str, Metric],
    per_tag: dict[str, dict[str, Metric]],
) -> dict[str, Any]:
    """Score each corpus; add metrics and per-class tags in place; return the side-by-side report."""
    reports: dict[str, dict[str, Any]] = {}
    counts_only = [c.name for c in corpora if c.counts_only]
    for corpus in corpora:
        cases = _cases(corpus)
        if not cases:
            continue
        preds, latencies = run(cases, sampler, progress=advance)
        report = score_regional(cases, preds)
        if corpus.counts_only:
            report["misses"] = []  # a frozen split: counts only, never its texts
        ordered = sorted(latencies)
        report["latency_ms"] = {"p50": ordered[len(ordered) // 2], "p95": ordered[int(len(ordered) * 0.95)]}
        report["verdicts"] = verdicts_17(report)
        reports[corpus.name] = report
        name = corpus.name
        metrics[f"{name}.must_remove_recall"] = _metric(report["recall"])
        for region, r in report["recall_per_region"].items():
            metrics[f"{name}.recall_{region}"] = _metric(r)
        leaks = report["verbatim_leaks"].get("US", 0)
        metrics[f"{name}.verbatim_leaks_US"] = Metric(
            value=leaks, ci95=None, n=report["recall"]["n"], stat="count", better="lower"
        )
        metrics[f"{name}.over_redaction"] = _metric(report["over_redaction"], "lower")
        metrics[f"{name}.clinical_kept"] = _metric(report["keep"])
        for kind, r in report["recall_per_class"].items():
            per_tag.setdefault(kind, {})[f"{name}.recall"] = _metric(r)
    return {"reports": reports, "markdown": markdown_side_by_side(reports, counts_only)}
