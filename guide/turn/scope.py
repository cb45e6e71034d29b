"""The guard stage: size of the question, who is asking, and what they may see."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from guide.careplan.model import CarePlan, PlanItem, Section
from guide.careplan.passages import render
from guide.errors import InvalidInputError, PermissionDeniedError
from guide.language.text import whole_word
from guide.turn.contracts import Reason


@dataclass(frozen=True)
class Reader:
    """Who reads this turn's answer: the consumer (designee_id None) or one of their designees."""

    consumer_id: str
    designee_id: str | None = None


@dataclass(frozen=True)
class Scope:
    """The care-plan sections this reader may see, and whether the question asks about one they may not."""

    sections: frozenset[str]
    asks_hidden: bool = False  # never which section: a reply says only that "that part" is not shared

    def allows(self, section: str) -> bool:
        """True when the reader may see passages of this section."""
        return section in self.sections


def guard(question: str, plan: CarePlan, reader: Reader, *, max_chars: int) -> Scope:
    """Refuse empty or oversized questions and strangers; return the reader's scope."""
    text = question.strip()
    if not any(c.isprintable() and not c.isspace() for c in text):  # a NUL or a lone surrogate says nothing
        raise InvalidInputError("the question is empty")
    if len(text) > max_chars:
        raise InvalidInputError(f"the question is longer than {max_chars} characters")
    scope = scope_for(plan, reader)
    return replace(scope, asks_hidden=asks_about_hidden_section(text, scope))


# A question about the consumer's own part of the plan, by section: "what medicines does she take", "her pills",
# "is he allergic to". Only a question about *their* plan counts ("what medicine helps a cold" is not one), and the
# test is the reader's scope alone, never what the plan holds, so the answer discloses nothing about the plan.
_WHO = r"(?:she|he|they|mom|mum|dad|mother|father|grandma|grandpa)"
_THEIRS = r"(?:her|his|their|my|mom'?s|mum'?s|dad'?s|mother'?s|father'?s)"
_SECTION_QUESTIONS: dict[str, str] = {
    Section.MEDICATIONS.value: (
        rf"\b{_THEIRS}\s+(?:\w+\s+){{0,2}}(?:medicines?|medications?|meds|pills|prescriptions?|tablets)\b"
        rf"|\b(?:medicines?|medications?|meds|pills|prescriptions?|tablets)\b[^.?!]{{0,40}}"
        rf"\b(?:does|do|is|did|should|was|are)\s+{_WHO}\s+(?:\w+\s+)?(?:take|taking|on|prescribed|need)\b"
        rf"|\bwhat\s+(?:is|'s)\s+{_WHO}\s+(?:taking|on|prescribed)\b"
    ),
    Section.CONDITIONS.value: (
        rf"\b{_THEIRS}\s+(?:\w+\s+)?(?:conditions?|diagnos[ie]s|illness(?:es)?|health problems?)\b"
        rf"|\bwhat\s+(?:does|did)\s+{_WHO}\s+have\b|\bwhat\s+(?:is|was)\s+{_WHO}\s+diagnosed\s+with\b"
    ),
    Section.ALLERGIES.value: rf"\b(?:is|are)\s+{_WHO}\s+allergic\b|\b{_THEIRS}\s+allerg(?:y|ies)\b",
    Section.GOALS.value: rf"\b{_THEIRS}\s+(?:\w+\s+)?(?:goals?|targets?)\b",
    Section.APPOINTMENTS.value: (
        rf"\b{_THEIRS}\s+(?:next\s+)?(?:appointments?|visits?|check-?ups?)\b"
        rf"|\bwhen\s+(?:is|does)\s+{_WHO}\s+(?:see|seeing)\s+(?:the\s+)?(?:doctor|nurse|clinic)\b"
    ),
    # "help her mood" is everyday care the library can answer; these ask what the plan holds about it
    Section.BEHAVIORAL_HEALTH.value: (
        rf"\b(?:taking|take|takes|given|on|prescribed)\b[^.?!]{{0,20}}\bfor\s+{_THEIRS}\s+"
        rf"(?:mood|depression|anxiety|mental\s+health|nerves)\b"
        rf"|\b{_THEIRS}\s+(?:mental\s+health|depression|anxiety|mood)\s+"
        rf"(?:medicines?|medications?|meds|pills|treatment|diagnosis|plan|therapy)\b"
        rf"|\bplan\b[^.?!]{{0,30}}\b(?:mood|depression|anxiety|mental\s+health)\b"
        rf"|\b{_THEIRS}\s+(?:therapist|psychiatrist|counsell?or)\b"
    ),
}
_SECTION_RES = {section: re.compile(pattern, re.IGNORECASE) for section, pattern in _SECTION_QUESTIONS.items()}


def asks_about_hidden_section(question: str, scope: Scope) -> bool:
    """True when the question asks about a part of the consumer's plan this reader may not see."""
    text = question.replace("\u2019", "'")
    return any(not scope.allows(section) and found.search(text) for section, found in _SECTION_RES.items())


def scope_for(plan: CarePlan, reader: Reader) -> Scope:
    """The sections this reader may see of this plan; strangers are refused."""
    if reader.consumer_id != plan.consumer.id:
        raise PermissionDeniedError("this conversation belongs to another consumer")
    if reader.designee_id is None:
        return Scope(frozenset(s.value for s in Section))
    designee = plan.designee(reader.designee_id)
    if designee is None:
        raise PermissionDeniedError("not a designee of this consumer")
    return Scope(frozenset(s.value for s in designee.visible_sections()))


def hidden_medicines(plan: CarePlan, scope: Scope) -> set[str]:
    """Medicine names this reader may not see (never named in a reply)."""
    hidden = set()
    for med in plan.medications:
        if not scope.allows(plan.section_of(med).value):
            hidden.add(med.text)
    return hidden


# Words that name behavioral health itself: hidden from a reader without that scope whatever the plan says.
BEHAVIORAL_WORDS = frozenset(
    """depression depressed depressive antidepressant antidepressants anxiety anxiolytic ssri ssris snri snris
    psychiatrist psychiatric psychotherapy therapist therapy counseling counselling counselor counsellor cbt""".split()
) | frozenset(
    {
        "behavioral health",
        "behavioural health",
        "mental health",
        "cognitive behavioral therapy",
        "talk therapy",
        "behavioral therapy",
        "behavioral health clinician",
        "mood disorder",
        "suicidal",
    }
)
_CONDITION_FILLER = frozenset(
    {
        "disorder",
        "major",
        "recurrent",
        "generalized",
        "chronic",
        "moderate",
        "severe",
        "single",
        "episode",
        "mild",
        "with",
        "without",
        "and",
        "the",
        "of",
        "in",
    }
)


def hidden_terms(
    plan: CarePlan,
    scope: Scope,
    drug_names: dict[str, set[str]],
    brands: dict[str, set[str]] | None = None,
    class_words: dict[str, set[str]] | None = None,
) -> frozenset[str]:
    """Lowercase words and phrases that would disclose a hidden section: hidden medicines' names, generics, brand
    names and drug classes ("zoloft", "ssri", "antidepressants"), and, without the behavioral-health scope, the
    words of behavioral-health conditions and care ("depression", "cognitive behavioral therapy").

    `drug_names` maps each plan medicine to the generic names it resolves to, `brands` and `class_words` each
    generic to its brand names and its class's words (from the checker). Class words are hidden for a
    behavioral-health medicine only: "antidepressants" discloses a condition, "statins" in a library passage
    does not disclose a hidden medicine list. A word of behavioral care the reader already reads in a section they
    may see discloses nothing and is not hidden ("therapy" for a reader of "physical therapy stretches every
    morning"); a hidden medicine's names stay hidden even where a visible instruction names them."""
    terms = _medicine_terms(plan, scope, drug_names, brands or {}, class_words or {})
    if not scope.allows(Section.BEHAVIORAL_HEALTH.value) and _has_behavioral(plan):
        terms |= _behavioral_terms(plan)
    visible = " ".join(p.text for p in render(plan) if scope.allows(p.section)).lower()
    return frozenset(
        t
        for t in terms
        if (len(t) > 3 or t in {"cbt", "ssri", "snri"})
        and not (t in BEHAVIORAL_WORDS and whole_word(t).search(visible))
    )


def _medicine_terms(
    plan: CarePlan,
    scope: Scope,
    drug_names: dict[str, set[str]],
    brands: dict[str, set[str]],
    class_words: dict[str, set[str]],
) -> set[str]:
    """The names of the medicines this reader may not see: first word, generics, brands, and for a behavioral-health
    medicine its class's words."""
    terms: set[str] = set()
    behavioral = {m.text for m in plan.medications if m.behavioral}
    for med in hidden_medicines(plan, scope):
        terms.add(med.split()[0].lower())
        for generic in drug_names.get(med, set()):
            terms.add(generic)
            terms.update(brands.get(generic, set()))
            if med in behavioral:
                terms.update(class_words.get(generic, set()))
    return terms


def _behavioral_terms(plan: CarePlan) -> set[str]:
    """The words of behavioral care, and those of the plan's behavioral-health conditions (longer than three
    letters, without filler words)."""
    terms = set(BEHAVIORAL_WORDS)
    for condition in plan.conditions:
        if condition.behavioral:
            words = [w for w in condition.text.lower().replace(",", " ").split() if w not in _CONDITION_FILLER]
            terms.update(w for w in words if len(w) > 3)
    return terms


def _has_behavioral(plan: CarePlan) -> bool:
    """True when the plan holds anything behavioral (otherwise the words disclose nothing of it)."""
    items: list[PlanItem] = [*plan.conditions, *plan.medications, *plan.goals, *plan.call_if, *plan.activities]
    return any(plan.section_of(item) == Section.BEHAVIORAL_HEALTH for item in items)


def withheld_reasons(reasons: list[Reason], hidden: frozenset[str], hidden_ids: Collection[str] = ()) -> list[Reason]:
    """The decision's reasons as this reader may see them: a reason naming something hidden
    ("interaction:st-johns-wort-ssri:major"), or pointing at a hidden plan item by its id ("dose:<id of a hidden
    medicine>"), keeps its kind only ("interaction:withheld")."""
    out: dict[str, Reason] = {}
    for reason in reasons:
        words = reason.code.lower().replace("-", " ").replace("_", " ")
        named = any(whole_word(t).search(words) for t in hidden) or reason.id in hidden_ids
        shown = reason.withheld() if named else reason
        out.setdefault(shown.code, shown)
    return list(out.values())
