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
from guide.language.negation import ConText
from guide.language.plan_rules import count_within
from guide.language.text import CLAUSE_BREAK, content_tokens

MEANING_THRESHOLD = 0.685  # `guide eval tune-meaning` on the train split
_RULE_LEAD = re.compile(r"^.*?\b(if|when)\b", re.IGNORECASE)
_RULE_SPLIT = re.compile(r",\s*(?:or\s+)?(?:if\s+)?|;\s*|\s+or if\s+|\s+or\s+(?=(?:he|she|they|his|her|there)\b)")


class PairSimilarity(Protocol):
    """Similarities between two lists of texts (`guide.ml.embeddings.SentenceSimilarity.between`)."""

    def between(self, rows: list[str], columns: list[str]) -> np.ndarray:
        """rows x columns cosine similarities."""
        ...


def rule_conditions(rule_text: str) -> list[str]:
    """The conditions of a rule: "Call the care team if ankles or legs swell more, or if he needs more pillows"
    -> ["ankles or legs swell more", "he needs more pillows"]."""
    body = _RULE_LEAD.sub("", rule_text, count=1).strip().rstrip(".")
    parts = [p.strip(" ,.") for p in _RULE_SPLIT.split(body)]
    return [p for p in parts if len(content_tokens(p)) >= 1 and len(p) > 3]


def message_clauses(text: str, min_content: int = 2) -> list[tuple[int, int]]:
    """Character spans of the message's clauses with at least `min_content` content words."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*CLAUSE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if len(content_tokens(piece)) >= min_content:
            offset = len(piece) - len(piece.lstrip())
            spans.append((start + offset, end))
        start = match.end() if match else len(text)
    return spans


_QUESTION = re.compile(
    r"^\s*(what|how|when|where|why|which|who|whats|hows|can|could|should|would|is it|are there|does|do we|do i|will)\b",
    re.IGNORECASE,
)
_TRAILING = frozenset({"now", "today", "tonight", "right", "again", "too", "yet", "still", "though", "anymore"})


def last_word(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause's last content word (not "now", "today", a stopword)."""
    words = [w for w in re.finditer(r"\w+", text[start:end]) if w.group(0).lower() not in _TRAILING]
    content = [w for w in words if content_tokens(w.group(0))] or words
    if not content:
        return (start, end)
    last = content[-1]
    return (start + last.start(), start + last.end())


class RuleMeaning:
    """Which of the plan's call-if rules a message meets by meaning."""

    def __init__(self, similarity: PairSimilarity, context: ConText, threshold: float = MEANING_THRESHOLD) -> None:
        self.similarity = similarity
        self.context = context
        self.threshold = threshold

    def scores(self, question: str, rules: Sequence[CallIf]) -> dict[str, float]:
        """Each rule's best similarity to a clause of the message that is present now."""
        spans = [(s, e) for s, e in message_clauses(question) if not _QUESTION.match(question[s:e])]
        # ConText judges each clause by its last content word, so a trigger inside the clause counts ("his lips are
        # not blue", "if her sugar drops below 70"); a clause that asks ("what helps depression") reports nothing
        heads = [last_word(question, s, e) for s, e in spans]
        assessed = self.context.assess(question, heads)
        present = [question[s:e] for (s, e), a in zip(spans, assessed, strict=True) if a.affirmed]
        # the plan's 911 rules are triage's (by red flags and numbers): similar words are not the same severity
        # a condition whose count the message states within its allowance is not met by meaning ("3 times today" for
        # "more than 4 times in a day"); the rule's other conditions still are
        conditions = [
            (r.id, c)
            for r in rules
            if r.urgency == "care_team"
            for c in rule_conditions(r.text)
            if not count_within(c, question)
        ]
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
