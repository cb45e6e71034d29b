"""Decision metrics over graded turns: confusion matrix, recalls, precision, over-escalation. Pure."""

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


def _share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def emergency_recall(turns: Sequence[Scored]) -> float | None:
    """Of turns that must be emergencies, the share that were."""
    must = [t for t in turns if t.expected == {"emergency"}]
    return _share(sum(t.actual == "emergency" for t in must), len(must))


def review_recall(turns: Sequence[Scored]) -> float | None:
    """Of turns that must go to a clinician, the share that were not answered directly."""
    must = [t for t in turns if t.expected == {"needs_review"}]
    return _share(sum(t.actual != "answered" for t in must), len(must))


def review_precision(turns: Sequence[Scored]) -> float | None:
    """Of turns sent to review, the share where review (or more) was acceptable."""
    sent = [t for t in turns if t.actual == "needs_review"]
    return _share(sum(bool(t.expected & {"needs_review", "emergency"}) for t in sent), len(sent))


def over_escalation(turns: Sequence[Scored]) -> float | None:
    """Of turns that should simply be answered, the share that were escalated."""
    answerable = [t for t in turns if t.expected == {"answered"}]
    return _share(sum(t.actual != "answered" for t in answerable), len(answerable))


def facts_recall(turns: Sequence[Scored]) -> float | None:
    """Expected facts present in the answers of answerable turns."""
    answerable = [t for t in turns if t.expected == {"answered"}]
    total = sum(t.facts_total for t in answerable)
    return _share(sum(t.facts_found for t in answerable), total)


def decision_accuracy(turns: Sequence[Scored]) -> float | None:
    """Share of turns whose decision was acceptable."""
    return _share(sum(t.actual in t.expected for t in turns), len(turns))
