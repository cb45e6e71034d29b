"""The triage stage: red flags first, before anything else runs.

Phrases come from `knowledge/red_flags.yaml`. A red flag is ignored when the same clause
negates it just before ("no chest pain") or places it in the past ("had a stroke in 2019").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from guide.careplan.model import CarePlan
from guide.kb.models import Hazard, RedFlag
from guide.text import normalise
from guide.thresholds import triggered, with_measure

_NEGATION = re.compile(
    r"\b(no|not|never|without|denies|denied|none|nor|isnt|wasnt|doesnt|didnt|hasnt|havent|hadnt|arent|werent|"
    r"free of)\b"
)
# Only explicit past-time markers: "in 2019", "3 years ago", "last year", "history of", "used to".
_HISTORY = re.compile(
    r"\b(history of|used to|(in|back in|since) (19|20)\d\d|\d+ (years?|months?) ago|years ago|"
    r"last (year|month|spring|summer|fall|autumn|winter)|a few years back)\b"
)
_CLAUSE_BREAK = re.compile(r"[.;!?]|,\s*(but|and|though|however)\b|\bbut\b")
ACTION_ORDER = ("call_911", "poison_control", "call_988")


@dataclass
class TriageResult:
    """Red flags found, most urgent action first."""

    flags: list[RedFlag] = field(default_factory=list)
    plan_rules: list[str] = field(default_factory=list)
    plan_messages: list[str] = field(default_factory=list)

    @property
    def emergency(self) -> bool:
        """True when anything calls for an immediate emergency instruction."""
        return bool(self.flags or self.plan_rules)

    @property
    def reasons(self) -> list[str]:
        """Machine-readable reasons."""
        return [f"red_flag:{f.id}" for f in self.flags] + [f"plan_rule:{r}" for r in self.plan_rules]

    def message(self) -> str:
        """The instruction to show at once: the most urgent flag's message, then any other action."""
        ordered = sorted(self.flags, key=lambda f: ACTION_ORDER.index(f.action))
        seen: set[str] = set()
        parts = []
        for flag in ordered:
            if flag.action not in seen:
                seen.add(flag.action)
                parts.append(flag.message.strip())
        if self.plan_messages and "call_911" not in seen:
            parts.insert(0, "Call 911 now.")
        parts += [f"Your care plan says: {m.rstrip('.')}." for m in self.plan_messages]
        return " ".join(parts)


class Triage:
    """Matches questions against red-flag patterns with negation and history handling."""

    def __init__(self, red_flags: list[RedFlag], hazards: list[Hazard] | None = None) -> None:
        self.red_flags = red_flags
        self._compiled = [(flag, [re.compile(_pattern(p)) for p in flag.patterns]) for flag in red_flags]
        self._compiled += [
            (_ingestion_flag(h), [_ingestion_pattern(h)]) for h in hazards or [] if "swallowed" in h.routes
        ]

    def assess(self, question: str, plan: CarePlan | None = None, context: str | None = None) -> TriageResult:
        """Which red flags the question raises. `context`, the questions before, says what a bare reading is
        of ("it's 50 now and she's mumbling" after questions about her sugar)."""
        asked = [question]
        reading = with_measure(normalise(question), context)
        if reading:
            asked.append(reading)
        variants = {v for q in asked for v in (normalise(q), normalise(q).replace("'", ""))}
        result = TriageResult()
        for flag, patterns in self._compiled:
            if any(self._affirmed(p, text) for p in patterns for text in variants):
                result.flags.append(flag)
        for rule in plan.call_if if plan else []:
            if rule.urgency == "emergency" and any(triggered(rule, q) for q in asked):
                result.plan_rules.append(rule.id)
                result.plan_messages.append(rule.text)
        return result

    @staticmethod
    def _affirmed(pattern: re.Pattern[str], text: str) -> bool:
        for match in pattern.finditer(text):
            clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, match.start())), default=0)
            before = text[clause_start : match.start()].replace("'", "")
            after = text[match.end() : match.end() + 40].split(".")[0]
            words_before = before.split()[-4:]
            if _NEGATION.search(" ".join(words_before)) or _negated_list(before):
                continue
            if _HISTORY.search(before + text[match.start() : match.end()] + after):
                continue
            return True
        return False


def _pattern(phrase: str) -> str:
    """A phrase as a word-bounded regex (patterns may already be regular expressions)."""
    phrase = phrase.strip().lower()
    return rf"(?<!\w)(?:{phrase})(?!\w)"  # whole words only: "bee" is not in "been", "lips" not in "glipizide"


def _negated_list(before: str) -> bool:
    """ "no fever, chest pain or trouble breathing": a negator governs a short list that ends here."""
    negators = list(_NEGATION.finditer(before))
    if not negators:
        return False
    between = before[negators[-1].end() :]
    return len(between.split()) <= 8 and bool(re.search(r"\b(or|nor)\b|,", between))


# Past-tense events only: "drank some lamp oil" is an emergency; "is it safe to drink ..." is a question.
_INGEST = r"(swallowed|drank|drunk|ate|eaten|gulped|sipped|took a (sip|swig|mouthful|gulp)|got into)"


def _ingestion_pattern(hazard: Hazard) -> re.Pattern[str]:
    """Someone swallowed a hazardous substance: "she drank some of the lamp oil"."""
    names = "|".join(re.escape(s.replace("'", "")) for s in sorted(hazard.substances, key=len, reverse=True))
    return re.compile(rf"\b{_INGEST}\b[^.?!]{{0,40}}\b({names})\b")


def _ingestion_flag(hazard: Hazard) -> RedFlag:
    """A poison-control red flag for a hazard that was swallowed."""
    return RedFlag(
        id=f"swallowed-{hazard.id}",
        label=f"Swallowed: {hazard.name}",
        action="poison_control",
        patterns=["(swallowed)"],
        message="Call Poison Control at 1-800-222-1222 now. If the person collapses, has a seizure, "
        "has trouble breathing or cannot be woken, call 911. Do not make the person vomit.",
    )
