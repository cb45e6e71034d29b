"""Conversation-suite metrics on hand-computed rows."""

from __future__ import annotations

from typing import Any

import pytest

from evals import conversation_metrics as cm
from evals import escalation_metrics as em
from evals.results import Metric


def _row(
    expected: list[str],
    actual: str,
    *,
    tags: tuple[str, ...] = (),
    passed: bool = True,
    facts: tuple[int, int] = (0, 0),
    citations: tuple[bool, ...] = (),
    sentences: tuple[bool, ...] = (),
    forbidden: tuple[str, ...] = (),
    leaked: bool = False,
    latency: float = 100.0,
    prompt_tokens: int = 0,
    cost: float = 0.0,
    rubric: float | None = None,
) -> dict[str, Any]:
    return {
        "tags": list(tags),
        "expected": expected,
        "expect": {"must_not_include": list(forbidden)},
        "output": {"decision": actual, "latency_ms": latency, "prompt_tokens": prompt_tokens, "cost_usd": cost},
        "grade": {
            "passed": passed,
            "facts_found": facts[0],
            "facts_total": facts[1],
            "exclude_ok": not (forbidden and not passed),
            "rubric_score": rubric,
        },
        "checks": {
            "citations": [{"valid": v} for v in citations],
            "sentences": [{"grounded": g} for g in sentences],
            "identifier_leaks": [{"type": "PERSON"}] if leaked else [],
        },
    }


ROWS = [
    _row(["emergency"], "emergency", tags=("emergency",)),
    _row(["emergency"], "needs_review", tags=("emergency",), passed=False),
    _row(["needs_review"], "needs_review", tags=("review",)),
    _row(["needs_review"], "emergency", tags=("review",), passed=False),
    _row(["needs_review"], "answered", tags=("review",), passed=False, citations=(True,), sentences=(True,)),
    _row(
        ["answered"], "answered", tags=("answerable",), facts=(2, 3), citations=(True, False), sentences=(True, False)
    ),
    _row(["answered"], "needs_review", tags=("answerable",), passed=False, facts=(0, 2)),
    _row(["answered", "needs_review"], "needs_review", tags=("answerable", "scope"), forbidden=("sertraline",)),
    _row(["answered"], "answered", tags=("scope",), passed=False, forbidden=("sertraline",), leaked=True),
]


def test_decision_metrics_on_a_hand_counted_set() -> None:
    m = cm.metrics(ROWS)
    assert m["emergency_recall"].value == pytest.approx(1 / 2) and m["emergency_recall"].n == 2
    # needs_review turns: review, emergency (not answered: counts), answered (a miss)
    assert m["needs_review_recall"].value == pytest.approx(2 / 3) and m["needs_review_recall"].hits == 2
    # sent to review: rows 2, 3, 7, 8; acceptable for 2 (emergency expected: review or more), 3 and 8, not 7
    assert m["needs_review_precision"].value == pytest.approx(3 / 4)
    # strictly answerable: rows 6, 7, 9 -> one escalated
    assert m["over_escalation"].value == pytest.approx(1 / 3)
    # facts pooled over strictly answerable turns: 2 of 3 plus 0 of 2 (the escalated turn's facts count as missing)
    assert m["facts_recall"].value == pytest.approx(2 / 5)
    assert m["decision_accuracy"].value == pytest.approx(5 / 9)  # rows 1, 3, 6, 8, 9
    assert m["pass_rate"].hits == 4


def test_citation_grounding_and_leak_metrics_pool_their_items() -> None:
    m = cm.metrics(ROWS)
    assert (m["citation_validity"].value, m["citation_validity"].n) == (pytest.approx(2 / 3), 3)
    # sentences count only for answered turns: rows 5, 6 (row 9 answered with none)
    assert (m["groundedness"].value, m["groundedness"].n) == (pytest.approx(2 / 3), 3)
    assert (m["scope_leaks"].value, m["scope_leaks"].n, m["scope_leaks"].hits) == (0.5, 2, 1)
    assert (m["identifier_leaks"].hits, m["identifier_leaks"].n) == (1, 9)


def test_latency_tokens_and_cost_use_their_statistics() -> None:
    rows = [_row(["answered"], "answered", latency=float(ms), prompt_tokens=t, cost=c)
            for ms, t, c in [(10, 100, 0.1), (20, 0, 0.0), (30, 300, 0.3), (40, 400, 0.4)]]  # fmt: skip
    m = cm.metrics(rows)
    assert m["latency_ms_p50"].value == 20.0 and m["latency_ms_p50"].stat == "p50"
    assert m["latency_ms_p50"].better == "lower" and m["latency_ms_p50"].hits is None  # not a count of 0/1 items
    assert m["latency_ms_p95"].value == 40.0
    assert m["prompt_tokens_mean"].value == pytest.approx(800 / 3) and m["prompt_tokens_mean"].n == 3
    assert m["cost_per_turn_usd"].value == pytest.approx(0.2) and m["cost_per_turn_usd"].n == 4


def test_a_metric_with_no_items_has_no_value_and_n_zero() -> None:
    m = cm.metrics([_row(["answered"], "answered")])
    assert m["emergency_recall"] == Metric(value=None, ci95=None, n=0, stat="mean", better="higher")
    assert m["rubric_score"].value is None


def test_per_tag_counts_a_turn_for_each_of_its_tags() -> None:
    tags = cm.per_tag(ROWS)
    assert sorted(tags) == ["answerable", "emergency", "review", "scope"]
    assert tags["scope"]["pass_rate"].n == 2 and tags["scope"]["pass_rate"].value == 0.5
    assert tags["review"]["needs_review_recall"].value == pytest.approx(2 / 3)


def test_confusion_puts_acceptable_decisions_on_the_diagonal() -> None:
    matrix = cm.confusion(ROWS)
    assert matrix["emergency"] == {"answered": 0, "needs_review": 1, "emergency": 1}
    assert matrix["needs_review"] == {"answered": 1, "needs_review": 2, "emergency": 1}
    assert matrix["answered"] == {"answered": 2, "needs_review": 1, "emergency": 0}


def test_scalar_escalation_metrics_are_the_mean_of_their_items() -> None:
    turns = cm.scored(ROWS)
    assert em.emergency_recall(turns) == pytest.approx(0.5)
    assert em.review_recall(turns) == pytest.approx(2 / 3)
    assert em.over_escalation(turns) == pytest.approx(1 / 3)
    assert em.facts_recall(turns) == pytest.approx(0.4)
    assert em.emergency_recall([]) is None


@pytest.mark.parametrize(
    ("prompt", "completion", "expected"), [(1000, 0, 0.15), (0, 1000, 0.6), (1500, 250, 0.225 + 0.15), (0, 0, 0.0)]
)
def test_cost_is_tokens_times_price_per_thousand(prompt: int, completion: int, expected: float) -> None:
    assert cm.cost_usd(prompt, completion, prompt_per_1k=0.15, completion_per_1k=0.6) == pytest.approx(expected)
