"""The decide stage: the policy table (`knowledge/policy.yaml`) over every reason the turn collected.

Stages leave reasons ("red_flag:chest-pain", "scope:diagnosis", "intent:medicine_change", "goal:p2-g3");
`Policy` turns the reading's probabilities into reasons with the table's thresholds, and maps every
reason to a decision. The most cautious decision wins; a turn nothing escalates is answered only when
the composer grounded it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from guide.composers import Composition
from guide.kb.models import PolicyTable
from guide.understanding import Reading
from guide.understanding.followup import help_present
from guide.understanding.intents import INFORMATIONAL
from guide.verify import Verification

Status = Literal["answered", "needs_review", "emergency"]
MIN_CONFIDENCE = 0.35
_RANK = {"answered": 0, "needs_review": 1, "emergency": 2}


@dataclass
class Decision:
    """The outcome of a turn and why."""

    status: Status
    reasons: list[str] = field(default_factory=list)

    @property
    def urgency(self) -> str | None:
        """Review urgency: urgent for emergencies, possible ones and signs the plan routes to its team; routine for
        review; none when answered."""
        if self.status == "emergency" or any(
            r.startswith(("possible_emergency", "model_emergency", "plan_owns")) for r in self.reasons
        ):
            return "urgent"
        return {"needs_review": "routine"}.get(self.status)


# Reasons that name what the emergency is (and so what to do), as opposed to a reading that only says it is one.
_NAMED_EMERGENCY = frozenset({"red_flag", "plan_rule_911", "double_dose", "overdose"})


def _kind(reason: str) -> str:
    return reason.split(":", 1)[0]


class Policy:
    """The escalation policy table, applied."""

    def __init__(self, table: PolicyTable) -> None:
        self.table = table

    def reading_reasons(self, reading: Reading) -> list[str]:
        """The reasons a message's reading gives: language, goals, and learned intents past their thresholds."""
        reasons = [f"language:{reading.language}"] if reading.language != "en" else []
        if help_present(reading.text):  # "we're in the ER now": calling 911 is moot (knowledge/policy.yaml)
            reasons.append("help_present")
        reasons += [f"goal:{g}" for g in reading.outside_goals]
        reasons += [f"within_goal:{g}" for g in reading.within_goals]
        emergency, cut = reading.probability("emergency_report"), self.table.emergency_intent
        if emergency >= (cut.emergency if reading.language in {"en", "es"} else cut.other_language or cut.emergency):
            reasons.append("intent_emergency:emergency_report")
        elif emergency >= cut.review:
            reasons.append("possible_emergency:emergency_report")
        for intent, threshold in self.table.intent_thresholds.items():
            if intent not in INFORMATIONAL and reading.probability(intent) >= threshold:
                reasons.append(f"intent:{intent}")
        if reading.probability("off_topic") >= self.table.off_topic_intent:
            reasons.append("off_topic:classifier")
        if reading.probability("plan_question") >= self.table.plan_question_intent:
            reasons.append("plan_question")
        return reasons

    def continues(self, previous: list[str], reading: Reading) -> bool:
        """Whether a message right after an emergency reply goes on with it (`emergency_continues`), given the earlier
        reply's reasons: always after a named emergency (a red flag, the plan's 911 rule, a dose); after one only a
        reading named, when this message still reads as one at `emergency_intent.continues` or more."""
        if any(_kind(r) in _NAMED_EMERGENCY for r in previous):
            return True
        cut = self.table.emergency_intent.continues
        return cut is None or reading.probability("emergency_report") >= cut

    def status(self, reasons: list[str]) -> Status | None:
        """The most cautious decision any rule gives these reasons; None when no rule applies."""
        kinds = {_kind(r) for r in reasons}
        best: Status | None = None
        for rule in self.table.rules:
            if rule.kind in kinds and not kinds & set(rule.unless):
                if best is None or _RANK[rule.decision] > _RANK[best]:
                    best = rule.decision
        return best

    def is_emergency(self, reasons: list[str]) -> bool:
        """True when the reasons so far already make the turn an emergency (nothing more need run)."""
        return self.status(reasons) == "emergency"

    def decide(
        self,
        *,
        reasons: list[str],
        composition: Composition | None,
        verification: Verification | None,
        failures: list[str] | None = None,
    ) -> Decision:
        """Apply the policy to the turn's reasons and the composer's and verifier's verdicts."""
        reasons = [*(failures or []), *reasons]
        if composition is not None:
            reasons += composition.reasons
            if composition.needs_review and not composition.reasons:
                reasons.append("model_needs_review")
            if composition.confidence < MIN_CONFIDENCE and "weak_retrieval" not in reasons:
                reasons.append("low_confidence")
        if verification is not None:
            reasons += [f"verify:{r}" for r in verification.reasons]
        reasons = list(dict.fromkeys(reasons))
        status = self.status(reasons)
        if status == "emergency":
            return Decision("emergency", [r for r in reasons if self.status([r]) == "emergency"])
        if status is not None and status != "answered":
            return Decision(status, [r for r in reasons if r != "grounded"])
        if status == "answered" or composition is not None:
            return Decision("answered", reasons or ["grounded"])
        return Decision("needs_review", reasons or ["no_answer"])
