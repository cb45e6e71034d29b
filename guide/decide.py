"""The decide stage: answered, needs_review or emergency, with machine-readable reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from guide.checks import Findings
from guide.composers import Composition
from guide.triage import TriageResult
from guide.verify import Verification

Status = Literal["answered", "needs_review", "emergency"]
MIN_CONFIDENCE = 0.35


@dataclass
class Decision:
    """The outcome of a turn and why."""

    status: Status
    reasons: list[str] = field(default_factory=list)

    @property
    def urgency(self) -> str | None:
        """Review urgency: urgent for emergencies, routine for review, none when answered."""
        return {"emergency": "urgent", "needs_review": "routine"}.get(self.status)


def decide(
    *,
    triage: TriageResult,
    findings: Findings | None,
    composition: Composition | None,
    verification: Verification | None,
    failures: list[str] | None = None,
) -> Decision:
    """Apply the escalation policy; the first matching rule wins, every reason is kept."""
    if triage.emergency:
        return Decision("emergency", triage.reasons)
    reasons = list(failures or [])
    if findings is not None:
        reasons += findings.reasons
    if composition is not None:
        reasons += composition.reasons
        if composition.needs_review and not composition.reasons:
            reasons.append("model_needs_review")
        if composition.confidence < MIN_CONFIDENCE and "weak_retrieval" not in reasons:
            reasons.append("low_confidence")
    if verification is not None:
        reasons += [f"verify:{r}" for r in verification.reasons]
    if reasons:
        return Decision("needs_review", list(dict.fromkeys(reasons)))
    return Decision("answered", ["grounded"])
