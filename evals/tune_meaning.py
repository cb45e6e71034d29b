"""Set `RuleMeaning`'s threshold on the corpus's train split: for each English train message, its best
similarity to a call-if rule of its consumer's plan; the threshold is the lowest value at which at most 2% of
answerable messages meet a rule. Prints the threshold and the share of must-review messages it reaches."""

from __future__ import annotations

import numpy as np

from evals.corpus import load_cases
from guide.services import Services


def meaning_scores(services: Services) -> tuple[list[float], list[float]]:
    """(best score of each answerable message, best score of each must-review message)."""
    answerable: list[float] = []
    review: list[float] = []
    meaning = services.checker.meaning
    assert meaning is not None
    plans = {}
    for _, case in load_cases("train"):
        if case.consumer not in plans:
            plans[case.consumer] = services.store.plan(case.consumer)
        rules = plans[case.consumer].call_if
        for turn in case.turns:
            if turn.language != "en" or not isinstance(turn.decision, str):
                continue
            best = max(meaning.scores(turn.question, rules).values(), default=0.0)
            if turn.decision == "answered":
                answerable.append(best)
            elif turn.decision == "needs_review":
                review.append(best)
    return answerable, review


def threshold(answerable: list[float], allowed: float = 0.02) -> float:
    """The lowest score above which at most `allowed` of answerable messages lie."""
    return float(np.quantile(np.array(answerable), 1 - allowed))
