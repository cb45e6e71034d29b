"""Pure scoring functions shared by the eval runners (unit-tested on hand-computed examples)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from typing import Literal

from evals.results import Better, Metric


def recall_at_k(ranked: Sequence[str], relevant: Sequence[str], k: int) -> float:
    """1.0 when the best relevant item (the first listed) or any relevant item is in the top k.

    Labels list 1-3 acceptable articles; a hit on any of them counts.
    """
    return 1.0 if set(ranked[:k]) & set(relevant) else 0.0


def reciprocal_rank(ranked: Sequence[str], relevant: Sequence[str]) -> float:
    """1 / rank of the first relevant item; 0 when none was returned."""
    for position, item in enumerate(ranked, start=1):
        if item in relevant:
            return 1.0 / position
    return 0.0


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    return sum(values) / len(values) if values else 0.0


def bootstrap_interval(
    values: Sequence[float],
    *,
    samples: int = 1000,
    seed: int = 7,
    statistic: Callable[[Sequence[float]], float] = mean,
) -> tuple[float, float]:
    """95% bootstrap interval of a statistic, the mean by default (seeded, so reports are reproducible)."""
    if not values:
        return (0.0, 0.0)
    rng = random.Random(seed)
    n = len(values)
    stats = sorted(statistic([values[rng.randrange(n)] for _ in range(n)]) for _ in range(samples))
    return (stats[int(0.025 * samples)], stats[int(0.975 * samples) - 1])


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[index]


def p50(values: Sequence[float]) -> float:
    """The median by nearest rank."""
    return percentile(values, 50)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile by nearest rank."""
    return percentile(values, 95)


SummaryStat = Literal["mean", "p50", "p95"]
STATISTICS: dict[SummaryStat, Callable[[Sequence[float]], float]] = {"mean": mean, "p50": p50, "p95": p95}


def summarize(values: Sequence[float], stat: SummaryStat = "mean", *, better: Better) -> Metric:
    """A metric as reports hold it: the statistic, its bootstrap 95% interval and n (value None when n is 0)."""
    if not values:
        return Metric(value=None, ci95=None, n=0, stat=stat, better=better)
    fn = STATISTICS[stat]
    interval = bootstrap_interval(values, statistic=fn)
    return Metric(value=fn(values), ci95=interval, n=len(values), stat=stat, better=better)


def first_sentence_fact(first_sentence: str, facts: Sequence[str]) -> bool | None:
    """Whether a reply's first sentence holds at least one expected fact (case-insensitive); None without facts.

    The first sentence is what a reader on a phone sees before deciding to read on, so it should answer.
    """
    if not facts:
        return None
    lowered = first_sentence.lower()
    return any(f.lower() in lowered for f in facts)
