"""The decide stage: the policy table (`knowledge/policy.yaml`) over every reason the turn collected.

Stages leave reasons ("red_flag:chest-pain", "scope:diagnosis", "intent:medicine_change", "goal:p2-g3");
`Policy` turns the reading's probabilities into reasons with the table's thresholds, and maps every
reason to a decision. The most cautious decision wins; a turn nothing escalates is answered only when
the composer grounded it.
"""

from __future__ import annotations

from guide.knowledge.models import PolicyRule, PolicyTable
from guide.language.followup import help_present
from guide.language.intents import INFORMATIONAL
from guide.turn.contracts import (
    WINDOW_LANGUAGES,
    Composition,
    Decision,
    Reading,
    Reason,
    Status,
    Urgency,
    Verification,
    has,
)

MIN_CONFIDENCE = 0.35
_RANK = {"answered": 0, "needs_review": 1, "emergency": 2}


# Reasons that name what the emergency is (and so what to do), as opposed to a reading that only says it is one.
_NAMED_EMERGENCY = frozenset({"red_flag", "plan_rule_911", "double_dose", "overdose"})


def _reading(kind: str, ident: str = "") -> Reason:
    return Reason(kind, ident, source="reading")


class Policy:
    """The escalation policy table, applied."""

    def __init__(self, table: PolicyTable) -> None:
        self.table = table
        self._rules: dict[str, list[PolicyRule]] = {}
        for rule in table.rules:
            self._rules.setdefault(rule.kind, []).append(rule)

    def reading_reasons(self, reading: Reading) -> list[Reason]:
        """The reasons a message's reading gives: language, goals, and learned intents past their thresholds."""
        reasons = [_reading("language", reading.language)] if reading.language != "en" else []
        if help_present(reading.text):  # "we're in the ER now": calling 911 is moot (knowledge/policy.yaml)
            reasons.append(_reading("help_present"))
        reasons += [_reading("goal", g) for g in reading.outside_goals]
        reasons += [_reading("within_goal", g) for g in reading.within_goals]
        reasons += [_reading("usual_range", m) for m in reading.outside_usual]
        emergency, cut = reading.probability("emergency_report"), self.table.emergency_intent
        # a story told as over, the person well now, naming no sign that stays an emergency when over: the
        # classifier's emergency is the `over` rule's urgent review ("over:emergency_report"), as a red flag's is
        kind = "over" if reading.told_over else "intent_emergency"
        if emergency >= (cut.emergency if reading.language in {"en", "es"} else cut.other_language or cut.emergency):
            reasons.append(_reading(kind, "emergency_report"))
        elif cut.window is not None and reading.language in WINDOW_LANGUAGES and reading.window_emergency >= cut.window:
            reasons.append(_reading(kind, "emergency_report:window"))
        elif emergency >= cut.review:
            reasons.append(_reading("possible_emergency", "emergency_report"))
        for intent, threshold in self.table.intent_thresholds.items():
            if intent not in INFORMATIONAL and reading.probability(intent) >= threshold:
                reasons.append(_reading("intent", intent))
        if reading.probability("off_topic") >= self.table.off_topic_intent:
            reasons.append(_reading("off_topic", "classifier"))
        if reading.probability("plan_question") >= self.table.plan_question_intent:
            reasons.append(_reading("plan_question"))
        return reasons

    def continues(self, previous: list[Reason], reading: Reading) -> bool:
        """Whether a message right after an emergency reply goes on with it (`emergency_continues`), given the earlier
        reply's reasons: always after a named emergency (a red flag, the plan's 911 rule, a dose); after one only a
        reading named, when this message still reads as one at `emergency_intent.continues` or more."""
        if has(previous, *_NAMED_EMERGENCY):
            return True
        cut = self.table.emergency_intent.continues
        return cut is None or max(reading.probability("emergency_report"), reading.window_emergency) >= cut

    def _applying(self, reasons: list[Reason]) -> list[tuple[Reason, PolicyRule]]:
        """Each reason with each rule that applies to it: of its kind, of a severity and an id the rule takes, and no
        reason of a kind in the rule's `unless` present."""
        kinds = {r.kind for r in reasons}
        return [
            (reason, rule)
            for reason in reasons
            for rule in self._rules.get(reason.kind, [])
            if (not rule.severity or reason.severity in rule.severity)
            and (not rule.ids or reason.id in rule.ids)
            and not kinds & set(rule.unless)
        ]

    def _informational(self, reason: Reason) -> bool:
        """A reason of a kind the table has rules for, none of which takes its severity (a minor interaction)."""
        rules = self._rules.get(reason.kind, [])
        return bool(rules) and all(rule.severity and reason.severity not in rule.severity for rule in rules)

    def status(self, reasons: list[Reason]) -> Status | None:
        """The most cautious decision any rule gives these reasons; None when no rule applies."""
        best: Status | None = None
        for _, rule in self._applying(reasons):
            if best is None or _RANK[rule.decision] > _RANK[best]:
                best = rule.decision
        return best

    def is_emergency(self, reasons: list[Reason]) -> bool:
        """True when the reasons so far already make the turn an emergency (nothing more need run)."""
        return self.status(reasons) == "emergency"

    def urgency(self, status: Status, reasons: list[Reason]) -> Urgency | None:
        """How soon a clinician looks: urgent for an emergency and for a review a rule marked `urgent` holds (a
        possible emergency, a sign the plan routes to its team); routine for another review; none when answered."""
        if status == "answered":
            return None
        urgent = status == "emergency" or any(rule.urgent for _, rule in self._applying(reasons))
        return "urgent" if urgent else "routine"

    def decide(
        self,
        *,
        reasons: list[Reason],
        composition: Composition | None,
        verification: Verification | None,
        failures: list[Reason] | None = None,
    ) -> Decision:
        """Apply the policy to the turn's reasons and the composer's and verifier's verdicts."""
        collected = [*(failures or []), *reasons, *_verdicts(composition, reasons)]
        if verification is not None:
            collected += verification.reasons
        kept = [r for r in _once(collected) if not self._informational(r)]
        status, kept = self._settled(self.status(kept), kept, composed=composition is not None)
        return Decision(status, kept, self.urgency(status, kept))

    def _settled(self, status: Status | None, reasons: list[Reason], *, composed: bool) -> tuple[Status, list[Reason]]:
        """The decision and the reasons it keeps: an emergency keeps only the reasons that make it one; a turn no rule
        decides is answered when something was composed (grounded) and held otherwise (cautious default)."""
        if status == "emergency":
            return status, [r for r in reasons if self.status([r]) == "emergency"]
        if status == "needs_review":
            return status, [r for r in reasons if r.kind != "grounded"]
        if status == "answered" or composed:
            return "answered", reasons or [Reason("grounded", source="composer")]
        return "needs_review", reasons or [Reason("no_answer", source="failure")]


def _verdicts(composition: Composition | None, reasons: list[Reason]) -> list[Reason]:
    """The composer's reasons, with the model's own wish for review and a confidence under `MIN_CONFIDENCE` as
    reasons of their own (unless nothing was retrieved to answer from, which says more)."""
    if composition is None:
        return []
    out = list(composition.reasons)
    if composition.needs_review and not composition.reasons:
        out.append(Reason("model_needs_review", source="composer"))
    if composition.confidence < MIN_CONFIDENCE and not has([*reasons, *out], "weak_retrieval"):
        out.append(Reason("low_confidence", source="composer"))
    return out


def _once(reasons: list[Reason]) -> list[Reason]:
    """Each reason once (by its code: two stages may find the same), in order."""
    seen: dict[str, Reason] = {}
    for r in reasons:
        seen.setdefault(r.code, r)
    return list(seen.values())
