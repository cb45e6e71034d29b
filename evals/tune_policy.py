"""Set the policy's classifier thresholds on the dev split (never the frozen test).

`guide eval tune-policy RUN` reads a run of `decisions-dev` (results.json), recomputes each turn's intent
probabilities with the shipped model, and replays the decision under a grid of thresholds: the rules'
own decision for the turn (its reasons without the classifier's) raised to review when an intent passes its
threshold, and to an emergency when the emergency intent passes the emergency threshold. It prints, per
setting, emergency recall, needs_review recall, answerable escalated and false emergencies on dev, and the
setting it would choose: the highest recalls with answerable escalated <= 0.10 and false emergencies <= 0.01.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals.results import load_results
from guide.turn.contracts import from_codes, has
from guide.turn.decide import Policy

_CLASSIFIER_KINDS = ("intent", "possible_emergency", "intent_emergency", "off_topic")


@dataclass(frozen=True)
class Replayed:
    """One dev turn: what is acceptable, the rules' own decision, and the classifier's probabilities."""

    expected: frozenset[str]
    rules: str
    probabilities: dict[str, float]


def rules_only(policy: Policy, reasons: list[str]) -> str:
    """The decision the turn's stored reason codes give without the classifier's."""
    kept = [r for r in from_codes(reasons) if r.kind not in _CLASSIFIER_KINDS]
    status = policy.status(kept)
    if status is not None:
        return status
    return "answered" if has(kept, "grounded") or not kept else "needs_review"


def replay(turns: list[Replayed], emergency_at: float, review_at: float, clinician_at: float) -> dict[str, float]:
    """Recalls and error rates of one threshold setting."""
    decided = []
    for t in turns:
        decision = t.rules
        if decision != "emergency" and t.probabilities.get("emergency_report", 0) >= emergency_at:
            decision = "emergency"
        elif decision == "answered" and (
            t.probabilities.get("emergency_report", 0) >= review_at
            or t.probabilities.get("needs_clinician", 0) >= clinician_at
        ):
            decision = "needs_review"
        decided.append((t.expected, decision))
    emergencies = [d for e, d in decided if e == {"emergency"}]
    reviews = [d for e, d in decided if e == {"needs_review"}]
    answerable = [d for e, d in decided if e == {"answered"}]
    not_emergency = [d for e, d in decided if "emergency" not in e]
    return {
        "emergency_recall": sum(d == "emergency" for d in emergencies) / max(1, len(emergencies)),
        "needs_review_recall": sum(d != "answered" for d in reviews) / max(1, len(reviews)),
        "answerable_escalated": sum(d != "answered" for d in answerable) / max(1, len(answerable)),
        "false_emergencies": sum(d == "emergency" for d in not_emergency) / max(1, len(not_emergency)),
    }


def load_turns(run: Path, policy: Policy, predict: Callable[[str, str | None], dict[str, float]]) -> list[Replayed]:
    """The dev turns of a run with the rules' decision and fresh probabilities."""
    suite = next(s for s in load_results(run).suites if s.suite == "decisions-dev")
    previous: dict[str, str] = {}
    turns = []
    for row in suite.rows:
        probabilities = predict(row["question"], previous.get(row["case"]))
        previous[row["case"]] = row["question"]
        turns.append(Replayed(frozenset(row["expected"]), rules_only(policy, row["output"]["reasons"]), probabilities))
    return turns


def grid(turns: list[Replayed]) -> list[dict[str, Any]]:
    """Every setting of the grid with its numbers, best first by the rule in the module docstring."""
    rows = []
    for em, rv, cl in itertools.product(
        (0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98), (0.3, 0.4, 0.5, 0.6, 0.7), (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
    ):
        rows.append({"emergency": em, "review": rv, "needs_clinician": cl, **replay(turns, em, rv, cl)})
    ok = [r for r in rows if r["answerable_escalated"] <= 0.10 and r["false_emergencies"] <= 0.01]
    key = lambda r: (r["emergency_recall"] + r["needs_review_recall"], -r["answerable_escalated"])  # noqa: E731
    return sorted(ok, key=key, reverse=True) + sorted([r for r in rows if r not in ok], key=key, reverse=True)
