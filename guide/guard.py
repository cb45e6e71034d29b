"""The guard stage: size of the question, who is asking, and what they may see."""

from __future__ import annotations

from dataclasses import dataclass

from guide.careplan.model import CarePlan, Section
from guide.errors import InvalidInputError, PermissionDeniedError


@dataclass(frozen=True)
class Reader:
    """Who reads this turn's answer: the consumer (designee_id None) or one of their designees."""

    consumer_id: str
    designee_id: str | None = None


@dataclass(frozen=True)
class Scope:
    """The care-plan sections this reader may see."""

    sections: frozenset[str]

    def allows(self, section: str) -> bool:
        """True when the reader may see passages of this section."""
        return section in self.sections


def guard(question: str, plan: CarePlan, reader: Reader, *, max_chars: int) -> Scope:
    """Refuse empty or oversized questions and strangers; return the reader's scope."""
    text = question.strip()
    if not text:
        raise InvalidInputError("the question is empty")
    if len(text) > max_chars:
        raise InvalidInputError(f"the question is longer than {max_chars} characters")
    return scope_for(plan, reader)


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
        section = Section.BEHAVIORAL_HEALTH if med.behavioral else Section.MEDICATIONS
        if not scope.allows(section.value):
            hidden.add(med.text)
    return hidden


def hidden_terms(plan: CarePlan, scope: Scope, drug_names: dict[str, set[str]]) -> frozenset[str]:
    """Lowercase words that would disclose a hidden section: hidden medicines' names and generics.

    `drug_names` maps each plan medicine to the generic names it resolves to (from the checker).
    """
    terms: set[str] = set()
    for med in hidden_medicines(plan, scope):
        terms.add(med.split()[0].lower())
        terms.update(drug_names.get(med, set()))
    return frozenset(t for t in terms if len(t) > 3)
