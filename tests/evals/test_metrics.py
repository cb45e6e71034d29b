"""The shared eval metrics on hand-computed examples."""

from __future__ import annotations

import pytest

from evals.conversation_metrics import first_sentence_items
from evals.metrics import (
    bootstrap_interval,
    first_sentence_fact,
    mean,
    p95,
    percentile,
    recall_at_k,
    reciprocal_rank,
    summarize,
)
from evals.results import Metric


@pytest.mark.parametrize(
    ("ranked", "relevant", "k", "expected"),
    [
        (["a", "b", "c"], ["c"], 3, 1.0),
        (["a", "b", "c"], ["c"], 2, 0.0),
        ([], ["a"], 5, 0.0),
        (["x", "y"], ["q", "y"], 5, 1.0),
    ],
)
def test_recall_at_k_counts_any_relevant_item_in_the_top_k(ranked, relevant, k, expected) -> None:  # type: ignore[no-untyped-def]
    assert recall_at_k(ranked, relevant, k) == expected


@pytest.mark.parametrize(
    ("ranked", "relevant", "expected"),
    [(["a", "b"], ["a"], 1.0), (["a", "b", "c", "d"], ["d", "c"], 1 / 3), (["a"], ["z"], 0.0)],
)
def test_reciprocal_rank_is_one_over_the_first_relevant_position(ranked, relevant, expected) -> None:  # type: ignore[no-untyped-def]
    assert reciprocal_rank(ranked, relevant) == pytest.approx(expected)


def test_mean_percentile_and_bootstrap_on_known_values() -> None:
    values = [1.0, 2.0, 3.0, 4.0]
    assert mean(values) == 2.5
    assert mean([]) == 0.0
    assert percentile(list(range(1, 101)), 95) == 95
    assert percentile([5.0], 50) == 5.0
    low, high = bootstrap_interval([1.0] * 10)
    assert (low, high) == (1.0, 1.0)
    low, high = bootstrap_interval([0.0, 1.0] * 50)
    assert low < 0.5 < high


def test_summarize_gives_the_statistic_its_bootstrap_interval_and_n() -> None:
    summary = summarize([0.0, 1.0, 1.0, 1.0], better="higher")
    assert (summary.value, summary.n, summary.stat, summary.better) == (0.75, 4, "mean", "higher")
    assert summary.ci95 is not None
    low, high = summary.ci95
    assert 0.0 <= low <= 0.75 <= high <= 1.0
    latency = summarize([float(v) for v in range(1, 101)], "p95", better="lower")
    assert latency.value == 95.0 and latency.ci95 is not None and latency.ci95[0] <= 95.0 <= latency.ci95[1]
    assert summarize([], "p50", better="lower") == Metric(value=None, ci95=None, n=0, stat="p50", better="lower")


def test_the_bootstrap_interval_of_a_percentile_uses_that_percentile() -> None:
    values = [1.0] * 90 + [100.0] * 10
    assert bootstrap_interval(values, statistic=p95)[1] == 100.0
    assert bootstrap_interval(values)[1] < 100.0  # the mean's interval


@pytest.mark.parametrize(
    ("sentence", "facts", "expected"),
    [
        ("Take 4 Glucose Tablets now [1].", ["4 glucose tablets", "recheck"], True),
        ("Keep tablets in her purse [1].", ["4 glucose tablets"], False),
        ("Keep tablets in her purse [1].", [], None),
    ],
)
def test_first_sentence_fact_is_whether_any_expected_fact_is_in_the_sentence(
    sentence: str, facts: list[str], expected: bool | None
) -> None:
    assert first_sentence_fact(sentence, facts) is expected


def test_first_sentence_items_skip_turns_without_a_verdict() -> None:
    rows = [{"grade": {"first_sentence_fact": v}} for v in (True, False, None, True)]
    assert first_sentence_items(rows) == [1.0, 0.0, 1.0]
    assert first_sentence_items([{"grade": {}}]) == []  # results written before the metric existed
