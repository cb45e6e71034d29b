"""The triage stage: red flags first, before anything else runs.

Phrases come from `knowledge/red_flags.yaml` (English, and Spanish where a flag has `patterns_es`).
Whether a phrase found is present now is ConText's call (`guide.understanding.context`): a phrase
negated ("no chest pain"), in the past ("had a stroke in 2019"), hypothetical ("what if she gets
chest pain") or about someone else ("family history of heart attack") raises no flag.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from guide.careplan.model import CarePlan
from guide.kb.models import Hazard, RedFlag
from guide.text import normalise
from guide.thresholds import triggered, with_measure
from guide.understanding.context import ConText

# Spanish negation right before a phrase ("no tiene dolor de pecho", "sin fiebre"); a sign that is itself a
# negation ("no puede respirar", "no responde") is written into the Spanish patterns.
_NEGATION_ES = re.compile(
    r"\b(no (tiene|tuvo|ha tenido|hay|siente|sintio|le duele)|sin|nunca( ha tenido)?|ya no tiene)\s+$"
)
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
        return [f"red_flag:{f.id}" for f in self.flags] + [f"plan_rule_911:{r}" for r in self.plan_rules]

    def message(self, language: str = "en") -> str:
        """The instruction to show at once: the most urgent flag's message, then any other action."""
        ordered = sorted(self.flags, key=lambda f: ACTION_ORDER.index(f.action))
        seen: set[str] = set()
        parts = []
        spanish = language == "es"
        for flag in ordered:
            if flag.action not in seen:
                seen.add(flag.action)
                parts.append(((flag.message_es if spanish else None) or flag.message).strip())
        if self.plan_messages and "call_911" not in seen:
            parts.insert(0, "Llame al 911 ahora." if spanish else "Call 911 now.")
        parts += [f"Your care plan says: {m.rstrip('.')}." for m in self.plan_messages]
        return " ".join(parts)


class Triage:
    """Matches questions against red-flag patterns with negation and history handling."""

    def __init__(
        self, red_flags: list[RedFlag], hazards: list[Hazard] | None = None, context: ConText | None = None
    ) -> None:
        self.red_flags = red_flags
        self.context = context or ConText()
        self._compiled = [(flag, [re.compile(_pattern(p)) for p in flag.patterns]) for flag in red_flags]
        self._compiled += [
            (_ingestion_flag(h), [_ingestion_pattern(h)]) for h in hazards or [] if "swallowed" in h.routes
        ]
        self._spanish = [(flag, [re.compile(_pattern(p)) for p in flag.patterns_es]) for flag in red_flags]

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
        spanish = _without_accents(normalise(question))
        for flag, patterns in self._spanish:
            if flag not in result.flags and any(self._affirmed_es(p, spanish) for p in patterns):
                result.flags.append(flag)
        for rule in plan.call_if if plan else []:
            if rule.urgency == "emergency" and any(triggered(rule, q) for q in asked):
                result.plan_rules.append(rule.id)
                result.plan_messages.append(rule.text)
        return result

    def _affirmed_es(self, pattern: re.Pattern[str], text: str) -> bool:
        """A Spanish match not negated just before it, which ConText does not place elsewhere either (an English
        message can hold a Spanish-looking word: "he's not suicidal")."""
        spans = [
            m.span()
            for m in pattern.finditer(text)
            if not _NEGATION_ES.search(text[max(0, m.start() - 30) : m.start()])
        ]
        return any(a.affirmed for a in self.context.assess(text, spans))

    def _affirmed(self, pattern: re.Pattern[str], text: str) -> bool:
        """True when some match of the pattern is present now, to the person (ConText)."""
        spans = [m.span() for m in pattern.finditer(text)]
        return any(a.affirmed for a in self.context.assess(text, spans))


def _pattern(phrase: str) -> str:
    """A phrase as a word-bounded regex (patterns may already be regular expressions)."""
    phrase = phrase.strip().lower()
    return rf"(?<!\w)(?:{phrase})(?!\w)"  # whole words only: "bee" is not in "been", "lips" not in "glipizide"


def _without_accents(text: str) -> str:
    """ "mamá está ahogándose" -> "mama esta ahogandose": Spanish patterns are written without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


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
