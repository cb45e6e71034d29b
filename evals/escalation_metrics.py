"""Decision metrics over graded turns: confusion matrix, recalls, precision, over-escalation. Pure.

Each metric is defined once, as the 0/1 items a list of turns contributes (`*_items`); the scalar
is their mean, and reports add the bootstrap interval and n from the same items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

DECISIONS = ("answered", "needs_review", "emergency")


@dataclass(frozen=True)
class Scored:
    """One turn: the acceptable decisions, the actual one, and its facts."""

    expected: frozenset[str]
    actual: str
    facts_found: int = 0
    facts_total: int = 0
    tags: tuple[str, ...] = ()


def confusion(turns: Sequence[Scored]) -> dict[str, dict[str, int]]:
    """Rows: expected (the actual decision when it was acceptable, else the first acceptable); columns: actual."""
    matrix = {e: dict.fromkeys(DECISIONS, 0) for e in DECISIONS}
    for t in turns:
        row = t.actual if t.actual in t.expected else sorted(t.expected, key=DECISIONS.index)[0]
        matrix[row][t.actual] += 1
    return matrix


def _share(items: list[float]) -> float | None:
    return sum(items) / len(items) if items else None


def emergency_recall_items(turns: Sequence[Scored]) -> list[float]:
    """Turns that must be emergencies: 1 when they were."""
    return [float(t.actual == "emergency") for t in turns if t.expected == {"emergency"}]


def review_recall_items(turns: Sequence[Scored]) -> list[float]:
    """Turns that must go to a clinician: 1 when not answered directly (review or emergency)."""
    return [float(t.actual != "answered") for t in turns if t.expected == {"needs_review"}]


def review_precision_items(turns: Sequence[Scored]) -> list[float]:
    """Turns sent to review: 1 when review (or more) was acceptable."""
    return [float(bool(t.expected & {"needs_review", "emergency"})) for t in turns if t.actual == "needs_review"]


def over_escalation_items(turns: Sequence[Scored]) -> list[float]:
    """Turns that should simply be answered: 1 when they were escalated."""
    return [float(t.actual != "answered") for t in turns if t.expected == {"answered"}]


def false_emergency_items(turns: Sequence[Scored]) -> list[float]:
    """Turns for which an emergency was not acceptable: 1 when one was declared."""
    return [float(t.actual == "emergency") for t in turns if "emergency" not in t.expected]


def facts_items(turns: Sequence[Scored]) -> list[float]:
    """Expected facts of answerable turns: 1 per fact present in the answer, 0 per fact missing."""
    items: list[float] = []
    for t in turns:
        if t.expected == {"answered"}:
            items += [1.0] * t.facts_found + [0.0] * (t.facts_total - t.facts_found)
    return items


def decision_items(turns: Sequence[Scored]) -> list[float]:
    """Every turn: 1 when its decision was acceptable."""
    return [float(t.actual in t.expected) for t in turns]


def emergency_recall(turns: Sequence[Scored]) -> float | None:
    """Of turns that must be emergencies, the share that were."""
    return _share(emergency_recall_items(turns))


def review_recall(turns: Sequence[Scored]) -> float | None:
    """Of turns that must go to a clinician, the share that were not answered directly."""
    return _share(review_recall_items(turns))


def review_precision(turns: Sequence[Scored]) -> float | None:
    """Of turns sent to review, the share where review (or more) was acceptable."""
    return _share(review_precision_items(turns))


def over_escalation(turns: Sequence[Scored]) -> float | None:
    """Of turns that should simply be answered, the share that were escalated."""
    return _share(over_escalation_items(turns))


def facts_recall(turns: Sequence[Scored]) -> float | None:
    """Expected facts present in the answers of answerable turns."""
    return _share(facts_items(turns))


def decision_accuracy(turns: Sequence[Scored]) -> float | None:
    """Share of turns whose decision was acceptable."""
    return _share(decision_items(turns))
