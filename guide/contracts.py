"""What the stages of a turn hand each other: typed reasons.

Every stage that finds a reason to escalate (or not) leaves a `Reason`: what kind of reason it is (the policy table
in knowledge/policy.yaml maps kinds to decisions), which thing it points at (a red flag's id, a plan rule's id, an
intent's name), the stage's own grading of it (an interaction's severity) and which stage left it. Only the decide
stage (guide/decide.py) turns reasons into a decision; replies and the review queue read the typed reasons.

A reason is stored and sent as its `code` ("red_flag:chest-pain", "interaction:ginkgo-warfarin:major"): the API's
`reasons`, the turn's record, the review item and the audit event. `Reason.from_code` reads a stored code back (the
conversation's earlier reply, a review item); it is the only place a code is taken apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Source = Literal[
    "triage",  # red flags and the plan's call-911 rules (guide/triage.py)
    "reading",  # the message's reading: intents, goals, language (guide/understanding, guide/decide.py)
    "checks",  # interactions, hazards, scope, plan rules, doses (guide/checks.py)
    "plan",  # the plan itself: protocols, duplicates, lists, a deceased consumer (guide/pipeline.py)
    "conversation",  # what the conversation so far says (an emergency going on)
    "composer",  # the composer's own verdict (guide/composers)
    "verify",  # the verifier (guide/verify.py)
    "failure",  # a stage that failed (fail closed)
    "record",  # read back from a stored turn
]


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason a turn was decided as it was."""

    kind: str  # the policy table's key: "red_flag", "scope", "interaction", ...
    id: str = ""  # what it points at: a red flag, a plan item, an intent, a scope rule
    severity: str = ""  # the stage's own grading, where it has one: an interaction's "major", "moderate", "minor"
    source: Source = "record"

    @property
    def code(self) -> str:
        """The stored and sent form: "kind", "kind:id" or "kind:id:severity"."""
        return ":".join(p for p in (self.kind, self.id, self.severity) if p)

    def withheld(self) -> Reason:
        """The reason as a reader who may not see what it points at reads it: its kind only ("interaction:withheld")."""
        return Reason(self.kind, "withheld", source=self.source)

    @classmethod
    def from_code(cls, code: str, source: Source = "record") -> Reason:
        """A stored code read back. Only an interaction's code carries a severity after its id."""
        kind, _, rest = code.partition(":")
        if kind == "interaction" and rest.count(":") == 1:
            ident, _, severity = rest.partition(":")
            return cls(kind, ident, severity, source)
        return cls(kind, rest, "", source)

    def __str__(self) -> str:
        return self.code


def codes(reasons: Iterable[Reason]) -> list[str]:
    """The reasons' codes, each once, in order (what the API, the record and the audit event carry)."""
    return list(dict.fromkeys(r.code for r in reasons))


def from_codes(stored: Iterable[str]) -> list[Reason]:
    """Stored codes read back as reasons."""
    return [Reason.from_code(c) for c in stored]


def of_kind(reasons: Iterable[Reason], *kinds: str) -> list[Reason]:
    """The reasons of these kinds, in order."""
    return [r for r in reasons if r.kind in kinds]


def has(reasons: Iterable[Reason], *kinds: str) -> bool:
    """Whether any reason is of one of these kinds."""
    return any(r.kind in kinds for r in reasons)
