"""The plan's call-if rules by meaning: a clause of the message close to a clause of a rule.

"his ankles are all puffy" is "ankles or legs swell more"; "bruises nobody can explain" is "unusual
bruising". Each rule is cut into its conditions and each message into clauses; a clause that ConText
finds present now (not negated, past or hypothetical) and whose MiniLM similarity to a condition is at
least `MEANING_THRESHOLD` meets the rule. The threshold was set on the corpus's train split
(docs/decisions.md): it is the lowest value at which answerable messages meet a rule at most 2% of the time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from guide.careplan.model import CallIf
from guide.text import content_tokens
from guide.understanding.context import ConText

MEANING_THRESHOLD = 0.62
_RULE_LEAD = re.compile(r"^.*?\b(if|when)\b", re.IGNORECASE)
_RULE_SPLIT = re.compile(r",\s*(?:or\s+)?(?:if\s+)?|;\s*|\s+or if\s+|\s+or\s+(?=(?:he|she|they|his|her|there)\b)")
_CLAUSE_SPLIT = re.compile(r"[.;!?\n]+|,\s+|\s+(?:and|but|so|because|plus|also|then)\s+")


class PairSimilarity(Protocol):
    """Similarities between two lists of texts (`guide.embeddings.SentenceSimilarity.between`)."""

    def between(self, rows: list[str], columns: list[str]) -> np.ndarray:
        """rows x columns cosine similarities."""
        ...


def rule_conditions(rule_text: str) -> list[str]:
    """The conditions of a rule: "Call the care team if ankles or legs swell more, or if he needs more pillows"
    -> ["ankles or legs swell more", "he needs more pillows"]."""
    body = _RULE_LEAD.sub("", rule_text, count=1).strip().rstrip(".")
    parts = [p.strip(" ,.") for p in _RULE_SPLIT.split(body)]
    return [p for p in parts if len(content_tokens(p)) >= 1 and len(p) > 3]


def message_clauses(text: str) -> list[tuple[int, int]]:
    """Character spans of the message's clauses with at least two content words."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_CLAUSE_SPLIT.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if len(content_tokens(piece)) >= 2:
            offset = len(piece) - len(piece.lstrip())
            spans.append((start + offset, end))
        start = match.end() if match else len(text)
    return spans


class RuleMeaning:
    """Which of the plan's call-if rules a message meets by meaning."""

    def __init__(self, similarity: PairSimilarity, context: ConText, threshold: float = MEANING_THRESHOLD) -> None:
        self.similarity = similarity
        self.context = context
        self.threshold = threshold

    def scores(self, question: str, rules: Sequence[CallIf]) -> dict[str, float]:
        """Each rule's best similarity to a clause of the message that is present now."""
        spans = message_clauses(question)
        present = [
            question[s:e] for (s, e), a in zip(spans, self.context.assess(question, spans), strict=True) if a.affirmed
        ]
        conditions = [(rule.id, c) for rule in rules for c in rule_conditions(rule.text)]
        if not present or not conditions:
            return {}
        matrix = self.similarity.between(present, [c for _, c in conditions])
        best: dict[str, float] = {}
        for j, (rule_id, _) in enumerate(conditions):
            best[rule_id] = max(best.get(rule_id, 0.0), float(matrix[:, j].max()))
        return best

    def matches(self, question: str, rules: Sequence[CallIf]) -> list[str]:
        """Ids of the rules the message meets by meaning."""
        return [rule_id for rule_id, score in self.scores(question, rules).items() if score >= self.threshold]
