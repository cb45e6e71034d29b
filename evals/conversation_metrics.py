"""Metrics of a conversation suite from its graded rows: each a statistic, a bootstrap 95% interval and n,
overall and per tag. Pure: rows in, numbers out.

A row is one turn as `evals.runner` writes it to results.json (`expected`, `output`, `grade`, `checks`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from evals import escalation_metrics as em
from evals.metrics import SummaryStat, summarize
from evals.results import Better, Metric

Row = dict[str, Any]


@dataclass(frozen=True)
class MetricDefinition:
    """How one metric is computed and read (the computed number is an `evals.results.Metric`)."""

    items: Callable[[Sequence[Row]], list[float]]
    stat: SummaryStat
    better: Better
    description: str


def scored(rows: Sequence[Row]) -> list[em.Scored]:
    """The decision view of rows."""
    return [
        em.Scored(
            frozenset(r["expected"]),
            r["output"]["decision"],
            r["grade"]["facts_found"],
            r["grade"]["facts_total"],
            tuple(r["tags"]),
        )
        for r in rows
    ]


def _flag(rows: Sequence[Row], key: str) -> list[float]:
    return [float(bool(r["grade"][key])) for r in rows]


def citation_items(rows: Sequence[Row]) -> list[float]:
    """Every citation of every turn: 1 when valid."""
    return [float(c["valid"]) for r in rows for c in r["checks"]["citations"]]


def grounded_items(rows: Sequence[Row]) -> list[float]:
    """Every claim sentence of answered turns: 1 when its cited passages support it."""
    return [
        float(s["grounded"]) for r in rows if r["output"]["decision"] == "answered" for s in r["checks"]["sentences"]
    ]


def scope_leak_items(rows: Sequence[Row]) -> list[float]:
    """Turns with forbidden phrases: 1 when one showed (in the answer or a quote)."""
    return [float(not r["grade"]["exclude_ok"]) for r in rows if r["expect"]["must_not_include"]]


def identifier_leak_items(rows: Sequence[Row]) -> list[float]:
    """Every turn: 1 when a known identifier was in a model request or in the stored redacted question."""
    return [float(bool(r["checks"]["identifier_leaks"])) for r in rows]


def first_sentence_items(rows: Sequence[Row]) -> list[float]:
    """Answered turns with expected facts: 1 when the reply's first sentence holds one (`evals.graders`)."""
    return [float(v) for r in rows if (v := r["grade"].get("first_sentence_fact")) is not None]


def rubric_items(rows: Sequence[Row]) -> list[float]:
    """Turns with a graded rubric: their score."""
    return [r["grade"]["rubric_score"] for r in rows if r["grade"].get("rubric_score") is not None]


def latency_items(rows: Sequence[Row]) -> list[float]:
    """Every turn's latency in milliseconds."""
    return [float(r["output"]["latency_ms"]) for r in rows]


def prompt_token_items(rows: Sequence[Row]) -> list[float]:
    """Turns that called (or, offline, would call) the model: prompt tokens."""
    return [float(r["output"]["prompt_tokens"]) for r in rows if r["output"]["prompt_tokens"]]


def cost_items(rows: Sequence[Row]) -> list[float]:
    """Every turn's estimated model cost in USD (0 for turns that call no model, like emergencies)."""
    return [float(r["output"].get("cost_usd") or 0.0) for r in rows]


METRICS: dict[str, MetricDefinition] = {
    "pass_rate": MetricDefinition(
        lambda rs: _flag(rs, "passed"), "mean", "higher", "turns meeting every hard expectation"
    ),
    "decision_accuracy": MetricDefinition(
        lambda rs: em.decision_items(scored(rs)), "mean", "higher", "turns whose decision was acceptable"
    ),
    "emergency_recall": MetricDefinition(
        lambda rs: em.emergency_recall_items(scored(rs)), "mean", "higher", "must-be-emergency turns that were"
    ),
    "needs_review_recall": MetricDefinition(
        lambda rs: em.review_recall_items(scored(rs)), "mean", "higher", "must-review turns not answered directly"
    ),
    "needs_review_precision": MetricDefinition(
        lambda rs: em.review_precision_items(scored(rs)), "mean", "higher", "review turns where review was acceptable"
    ),
    "over_escalation": MetricDefinition(
        lambda rs: em.over_escalation_items(scored(rs)), "mean", "lower", "answerable turns that were escalated"
    ),
    "false_emergencies": MetricDefinition(
        lambda rs: em.false_emergency_items(scored(rs)),
        "mean",
        "lower",
        "turns sent to 911 where that was not acceptable",
    ),
    "facts_recall": MetricDefinition(
        lambda rs: em.facts_items(scored(rs)), "mean", "higher", "expected facts present in answerable turns"
    ),
    "first_sentence_fact": MetricDefinition(
        first_sentence_items, "mean", "higher", "answered turns whose first sentence holds an expected fact"
    ),
    "citation_validity": MetricDefinition(
        citation_items, "mean", "higher", "citations whose passage exists and holds the quote"
    ),
    "groundedness": MetricDefinition(
        grounded_items, "mean", "higher", "answered sentences supported by their cited passages"
    ),
    "scope_leaks": MetricDefinition(scope_leak_items, "mean", "lower", "turns with a must_not_include phrase shown"),
    "identifier_leaks": MetricDefinition(identifier_leak_items, "mean", "lower", "turns leaking a known identifier"),
    "rubric_score": MetricDefinition(
        rubric_items, "mean", "higher", "HealthBench-style score over graded rubric items"
    ),
    "latency_ms_p50": MetricDefinition(latency_items, "p50", "lower", "turn latency, median"),
    "latency_ms_p95": MetricDefinition(latency_items, "p95", "lower", "turn latency, 95th percentile"),
    "prompt_tokens_mean": MetricDefinition(prompt_token_items, "mean", "lower", "prompt tokens per model call"),
    "prompt_tokens_p95": MetricDefinition(prompt_token_items, "p95", "lower", "prompt tokens per model call, p95"),
    "cost_per_turn_usd": MetricDefinition(cost_items, "mean", "lower", "estimated model cost per turn"),
}


def metrics(rows: Sequence[Row]) -> dict[str, Metric]:
    """Every metric over the rows, with `hits` (the sum of 0/1 items) where that is a count."""
    out = {}
    for name, definition in METRICS.items():
        items = definition.items(rows)
        summary = summarize(items, definition.stat, better=definition.better)
        if items and definition.stat == "mean" and all(i in (0.0, 1.0) for i in items):
            summary = summary.model_copy(update={"hits": int(sum(items))})
        out[name] = summary
    return out


def per_tag(rows: Sequence[Row]) -> dict[str, dict[str, Metric]]:
    """Every metric per tag (a turn counts for each of its case's tags)."""
    tags = sorted({t for r in rows for t in r["tags"]})
    return {tag: metrics([r for r in rows if tag in r["tags"]]) for tag in tags}


def confusion(rows: Sequence[Row]) -> dict[str, dict[str, int]]:
    """Rows expected, columns actual."""
    return em.confusion(scored(rows))


def cost_usd(prompt_tokens: int, completion_tokens: int, *, prompt_per_1k: float, completion_per_1k: float) -> float:
    """Price of one turn's model calls."""
    return prompt_tokens / 1000 * prompt_per_1k + completion_tokens / 1000 * completion_per_1k
