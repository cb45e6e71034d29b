"""Pure scoring functions for the redaction eval (unit-tested on hand-computed examples)."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Interval = tuple[int, int]


@dataclass(frozen=True)
class Ratio:
    """hits out of n, with the rate (1.0 when n is 0: nothing to miss)."""

    hits: int
    n: int

    @property
    def rate(self) -> float:
        """hits / n."""
        return self.hits / self.n if self.n else 1.0


def without_possessive(text: str, gold: Interval) -> Interval:
    """The identifier without a trailing possessive ending: "Begum's" is the name Begum plus grammar, and
    "<PERSON_1>'s mom" hides the name; the "s" after the apostrophe identifies no one."""
    start, end = gold
    if end - start > 2 and text[end - 2] in "'’" and text[end - 1] in "sS" and text[end - 3].isalpha():
        return start, end - 2
    return gold


def covered(text: str, gold: Interval, predicted: Iterable[Interval]) -> bool:
    """True when every letter or digit of the gold span (less a possessive 's) lies inside some predicted span."""
    spans = list(predicted)
    start, end = without_possessive(text, gold)
    return all(any(p_start <= i < p_end for p_start, p_end in spans) for i in range(start, end) if text[i].isalnum())


def overlaps(a: Interval, b: Interval) -> bool:
    """True when two half-open intervals share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def false_positives(predicted: Sequence[Interval], gold: Sequence[Interval]) -> int:
    """Predicted spans that touch no gold identifier."""
    return sum(1 for p in predicted if not any(overlaps(p, g) for g in gold))


def kept(keep: Interval, predicted: Iterable[Interval]) -> bool:
    """True when no predicted span touches a clinical word."""
    return not any(overlaps(keep, p) for p in predicted)


def precision(n_predicted: int, n_false: int) -> float:
    """Share of predicted spans that touch a gold identifier (1.0 when nothing was predicted)."""
    return (n_predicted - n_false) / n_predicted if n_predicted else 1.0


def add(a: Ratio, b: Ratio) -> Ratio:
    """Pool two ratios."""
    return Ratio(a.hits + b.hits, a.n + b.n)


def bootstrap_interval(
    per_item: Sequence[Ratio], *, samples: int = 1000, seed: int = 0, alpha: float = 0.05
) -> tuple[float, float]:
    """Percentile bootstrap over items (messages) of the pooled rate."""
    if not per_item:
        return (1.0, 1.0)
    rng = random.Random(seed)
    rates = []
    for _ in range(samples):
        draw = [per_item[rng.randrange(len(per_item))] for _ in per_item]
        hits, n = sum(r.hits for r in draw), sum(r.n for r in draw)
        rates.append(hits / n if n else 1.0)
    rates.sort()
    low = rates[int(alpha / 2 * samples)]
    high = rates[min(samples - 1, int((1 - alpha / 2) * samples))]
    return (low, high)
